// Waiting until some of many native sockets are ready, for select() and
// the selectors: one poll(2) over all of them says what is ready now (the
// kernel's own answer); only if nothing is, one waiter joins every
// socket's place in the reactor until the first wakes or the time is up.
// Nothing is left waiting when the call returns.

import { setImmediate } from "node:timers";
import { C, errno, libc, POLLFD } from "./libc.ts";
import { oserror } from "../_oserror.ts";
import {
  afterDrain,
  spent,
  wait,
  type Waiter,
  type Watched,
  withdraw,
} from "./reactor.ts";

/** A socket to watch: its descriptor, its reactor entry, what to watch. */
export interface NativeInterest {
  fd: number;
  entry: Watched;
  /** What to wait for: 1 read, 2 write, 3 both. */
  waits: number;
  /**
   * An SSLSocket's TLS: once its handshake was seen, TLS says whether the
   * socket is readable (records of no data make the descriptor so);
   * before, its finished handshake counts as readable too.
   */
  tls?: { readonly tlsReadable: boolean | null; readonly readable: boolean };
}

// The revents of `interest`, with what its TLS says.
function withTls(interest: NativeInterest, revents: number): number {
  const tls = interest.tls;
  if (tls === undefined) return revents;
  const readable = tls.tlsReadable;
  if (readable === null) return revents | (tls.readable ? C.POLLIN : 0);
  return (revents & ~C.POLLIN) | (readable ? C.POLLIN : 0);
}

const POLL_EVENTS = C.POLLIN | C.POLLOUT | C.POLLPRI;

// poll(2) once over `interests`; their revents, in order.
function pollAll(interests: readonly NativeInterest[]): Int16Array {
  const buf = new Uint8Array(interests.length * POLLFD.size);
  const view = new DataView(buf.buffer);
  interests.forEach((interest, i) => {
    view.setInt32(i * POLLFD.size, interest.fd, true);
    view.setInt16(i * POLLFD.size + POLLFD.events, POLL_EVENTS, true);
  });
  for (;;) {
    const n = libc().poll(buf, BigInt(interests.length), 0);
    if (n >= 0) break;
    if (errno() !== C.EINTR) throw oserror(errno());
  }
  return Int16Array.from(
    interests,
    (_, i) => view.getInt16(i * POLLFD.size + POLLFD.revents, true),
  );
}

/**
 * Waits until `ready(revents, i)` of some interest `i` is not 0, or
 * `timeout` seconds pass (`null`: no limit, `0`: just look); returns each
 * interest's `ready(revents, i)` at that moment. An abort of `signal` ends
 * the wait as the timeout does, rejecting with its reason.
 */
export async function waitNative(
  interests: readonly NativeInterest[],
  timeout: number | null,
  ready: (revents: number, index: number) => number,
  signal?: AbortSignal,
): Promise<number[]> {
  signal?.throwIfAborted();
  const look = () => {
    const revents = pollAll(interests);
    return interests.map((interest, i) =>
      ready(withTls(interest, revents[i]!), i)
    );
  };
  let found = look();
  const any = () => found.some((events) => events !== 0);
  if (any() || timeout === 0 || interests.length === 0 && timeout === null) {
    // A loop of polls that always find something must still let timers run.
    if (spent()) await new Promise((resolve) => setImmediate(resolve));
    return found;
  }
  const expires = timeout === null ? Infinity : performance.now() +
    timeout * 1000;
  while (!any()) {
    const left = expires - performance.now();
    if (left <= 0) break;
    await wakeOrTimeout(interests, left, signal);
    signal?.throwIfAborted();
    found = look();
  }
  return found;
}

/**
 * One waiter on every interest's directions, until one wakes, `ms` pass or
 * `signal` aborts; returns once the reactor's pool call, if this was its
 * last reason, ended.
 */
export function wakeOrTimeout(
  interests: readonly NativeInterest[],
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", finish);
      for (const { entry, waits } of interests) {
        if (waits & 1) withdraw(entry, 0, waiter);
        if (waits & 2) withdraw(entry, 1, waiter);
      }
      afterDrain(resolve);
    };
    // A socket closed while waited on counts as ready: the next look says.
    const waiter: Waiter = { resolve: finish, reject: finish };
    for (const { entry, waits } of interests) {
      if (waits & 1) wait(entry, 0, waiter);
      if (waits & 2) wait(entry, 1, waiter);
    }
    if (ms !== Infinity) timer = setTimeout(finish, ms);
    // An abort ends the wait as its timer does.
    signal?.addEventListener("abort", finish);
  });
}
