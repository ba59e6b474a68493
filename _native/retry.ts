// How a native socket's call runs: one system call tried at once, and on
// EAGAIN a wait in the reactor. A call that waits is one object, woken by
// the reactor, that makes the call again itself: a connection that waits
// to read holds that object and the one promise its caller awaits, no
// async function frame or chain of promises (10,000 idle connections are
// mostly their pending reads).

import { oserror } from "../_oserror.ts";
import { secondsOf } from "../_engine/deadline.ts";
import { yieldOnce } from "../_engine/readiness.ts";
import type { Timeout } from "../_engine/stream.ts";
import { C, errno } from "./libc.ts";
import {
  nudge,
  spent,
  wait,
  type Waiter,
  type Watched,
  withdraw,
} from "./reactor.ts";

/** What a call needs of its socket. */
export interface Callee {
  readonly closed: boolean;
  readonly entry: Watched;
}

/**
 * One try of the system call `call`: its result, or -1 when the caller is
 * to wait for readiness; EBADF once the socket is closed, EAGAIN for a
 * non-blocking socket, any other failure as its OSError.
 */
export function attempt(
  socket: Callee,
  timeout: Timeout,
  call: () => number,
): number {
  for (;;) {
    if (socket.closed) throw oserror(9);
    const result = call();
    if (result >= 0) return result;
    const e = errno();
    if (e === C.EINTR) continue;
    if (e !== C.EAGAIN) throw oserror(e);
    if (secondsOf(timeout) === 0) throw oserror(11);
    return -1;
  }
}

/**
 * `value`, the result of a call that moved bytes: a peer in this process
 * may be ready now (nudge), and every 64th call yields a macrotask turn
 * before its caller goes on, so timers run.
 */
export function done<T>(value: T): Promise<T> {
  nudge();
  return spent() ? yieldOnce().then(() => value) : Promise.resolve(value);
}

// As done(), handing `value` to a promise's resolve function.
function finish<T>(value: T, settle: (value: T) => void): void {
  nudge();
  if (spent()) yieldOnce().then(() => settle(value));
  else settle(value);
}

/**
 * A call waiting for `direction` (read 0, write 1): the reactor's wake-up
 * makes the call again, and `take` turns its result into the value at once
 * (before anything else reuses the engine's shared buffers).
 *
 * A timed call's deadline (or abort) rejects its promise, and the caller
 * then {@link Retry.abandon}s it a microtask later; a wake-up in between
 * must not read data that nobody would receive. So a timed call makes its
 * call a microtask after the wake-up, queued behind that abandonment.
 */
export class Retry<T> implements Waiter {
  readonly promise: Promise<T>;
  #settle!: (value: T) => void;
  #fail!: (error: unknown) => void;
  readonly #socket: Callee;
  readonly #direction: 0 | 1;
  readonly #timeout: Timeout;
  readonly #call: () => number;
  readonly #take: (result: number) => T;
  #abandoned = false;

  constructor(
    socket: Callee,
    direction: 0 | 1,
    timeout: Timeout,
    call: () => number,
    take: (result: number) => T,
  ) {
    this.#socket = socket;
    this.#direction = direction;
    this.#timeout = timeout;
    this.#call = call;
    this.#take = take;
    this.promise = new Promise<T>((resolve, reject) => {
      this.#settle = resolve;
      this.#fail = reject;
    });
    wait(socket.entry, direction, this);
  }

  /** The socket became ready: tries again, or waits on. */
  resolve(): void {
    if (this.#timeout === null) this.#again();
    else queueMicrotask(() => this.#again());
  }

  /** The call gave up (its deadline or abort): it waits no more. */
  abandon(): void {
    this.#abandoned = true;
    withdraw(this.#socket.entry, this.#direction, this);
  }

  #again(): void {
    if (this.#abandoned) return;
    try {
      const result = attempt(this.#socket, this.#timeout, this.#call);
      if (result < 0) wait(this.#socket.entry, this.#direction, this);
      else finish(this.#take(result), this.#settle);
    } catch (e) {
      this.#fail(e);
    }
  }

  /** The socket closed under the call. */
  reject(error: Error): void {
    this.#fail(error);
  }
}
