// One timer per socket, re-armed lazily: arming a timer costs more than a
// read, so a call that finishes in time leaves the timer alone, and a timer
// that fires early just re-arms for the earliest deadline still waiting.
// An AbortSignal ends a wait the way its deadline does: the call settles
// and its work goes on, landing where the next call finds it.

import { setImmediate } from "node:timers";
import { timedOut } from "../_oserror.ts";

/**
 * A wait bounded by an AbortSignal as well as, unless `seconds` is `null`,
 * a timeout: what a call given `{ signal }` passes down instead of its
 * socket's timeout. The engine takes it wherever it takes a timeout, and
 * treats it as a timed wait (a read lands in the socket's buffer first).
 */
export interface Limit {
  readonly seconds: number | null;
  readonly signal: AbortSignal;
}

interface Waiter {
  at: number;
  fail(error: unknown): void;
}

/** The deadlines of one socket's waiting calls, served by a single timer. */
export class Deadlines {
  // Made on the first timed call: most sockets never wait with a timeout.
  #waiters: Set<Waiter> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firesAt = Infinity;

  /**
   * Settles with `work`, or rejects with Python's `timed out` after `seconds`.
   * `work` goes on after a timeout: its result must land somewhere the next
   * call finds it.
   */
  race<T>(work: Promise<T>, limit: number | Limit): Promise<T> {
    if (typeof limit !== "number") return this.#raceSignal(work, limit);
    const seconds = limit;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        at: performance.now() + seconds * 1000,
        fail: reject,
      };
      this.#add(waiter);
      work.then(
        (value) => {
          this.#waiters!.delete(waiter);
          resolve(value);
        },
        (error) => {
          this.#waiters!.delete(waiter);
          reject(error);
        },
      );
    });
  }

  // The same race, where an abort fails the waiter as its deadline would,
  // with the signal's reason. A wait with no timeout is still a waiter (at
  // Infinity, so it arms no timer): close() settles it like any other.
  #raceSignal<T>(work: Promise<T>, limit: Limit): Promise<T> {
    const { seconds, signal } = limit;
    return new Promise<T>((resolve, reject) => {
      const abort = () => this.#drop(waiter, signal.reason);
      const waiter: Waiter = {
        at: seconds === null ? Infinity : performance.now() + seconds * 1000,
        fail(error) {
          signal.removeEventListener("abort", abort);
          reject(error);
        },
      };
      // Observed even when the signal has aborted already: the work goes
      // on, and its failure must not surface as an unhandled rejection.
      work.then(
        (value) => {
          signal.removeEventListener("abort", abort);
          this.#waiters?.delete(waiter);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener("abort", abort);
          this.#waiters?.delete(waiter);
          reject(error);
        },
      );
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener("abort", abort);
      this.#add(waiter);
    });
  }

  #drop(waiter: Waiter, error: unknown): void {
    this.#waiters?.delete(waiter);
    waiter.fail(error);
  }

  /** Whether no call waits and no timer is armed: close() has nothing to do. */
  get idle(): boolean {
    return this.#timer === undefined && !this.#waiters?.size;
  }

  /** Rejects every waiting call with `error` and stops the timer. */
  close(error: Error): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firesAt = Infinity;
    const waiters = [...this.#waiters ?? []];
    this.#waiters?.clear();
    for (const waiter of waiters) waiter.fail(error);
  }

  #add(waiter: Waiter): void {
    (this.#waiters ??= new Set()).add(waiter);
    if (waiter.at < this.#firesAt) this.#arm(waiter.at);
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#firesAt = at;
    const timer = setTimeout(
      () => this.#fire(),
      Math.max(0, at - performance.now()),
    );
    // A socket's idle timer must not keep the program alive.
    Deno.unrefTimer(timer);
    this.#timer = timer;
  }

  #fire(): void {
    this.#timer = undefined;
    this.#firesAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    const waiters = this.#waiters!;
    for (const waiter of waiters) {
      if (waiter.at <= now + 0.5) {
        waiters.delete(waiter);
        waiter.fail(timedOut());
      } else if (waiter.at < next) {
        next = waiter.at;
      }
    }
    if (next !== Infinity) this.#arm(next);
  }
}

/**
 * `work`, or the signal's reason if it aborts first: the same race for a
 * wait that has no socket (a name look-up), whose work goes on and whose
 * result is then dropped.
 */
export function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal === undefined) return work;
  return new Deadlines().race(work, { seconds: null, signal });
}

/**
 * What is left of `wait` with `seconds` to go: a timeout, or the same
 * signal with a shorter timeout; for calls that wait more than once.
 */
export function shortened(
  wait: number | null | Limit,
  seconds: number | null,
): number | null | Limit {
  return wait === null || typeof wait === "number"
    ? seconds
    : { seconds, signal: wait.signal };
}

/** The timeout part of a wait, in seconds (`null`: none). */
export function secondsOf(wait: number | null | Limit): number | null {
  return wait === null || typeof wait === "number" ? wait : wait.seconds;
}

/**
 * Whether `work` settles within one turn of the event loop: what a
 * non-blocking call waits for, so I/O the kernel already finished is seen.
 */
export function settlesThisTurn(work: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 0);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    work.then(settled, settled);
  });
}

// Deno's runtime asks the kernel which sockets are ready at least every 61
// plain turns (tokio's event interval; 58-60 measured for a refused
// loopback connect to settle): a margin above that.
const TURNS_PER_KERNEL_LOOK = 80;

/**
 * Whether `work` settles before Deno's runtime has certainly asked the
 * kernel once: I/O the kernel had already finished when `work` started is
 * then seen, however loaded the machine. A timer turn first (the idle loop
 * asks the kernel at once, usually); as a timer can expire before the loop
 * idles, then a bounded count of plain turns (~0.4 ms), which cannot.
 */
export async function settlesByKernelLook(
  work: Promise<unknown>,
): Promise<boolean> {
  if (await settlesThisTurn(work)) return true;
  let settled = false;
  const mark = () => settled = true;
  work.then(mark, mark);
  for (let i = 0; i < TURNS_PER_KERNEL_LOOK && !settled; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return settled;
}
