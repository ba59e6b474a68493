// One timer per socket, re-armed lazily: arming a timer costs more than a
// read, so a call that finishes in time leaves the timer alone, and a timer
// that fires early just re-arms for the earliest deadline still waiting.

import { timedOut } from "../_oserror.ts";

interface Waiter {
  at: number;
  fail(error: Error): void;
}

/** The deadlines of one socket's waiting calls, served by a single timer. */
export class Deadlines {
  #waiters = new Set<Waiter>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firesAt = Infinity;

  /**
   * Settles with `work`, or rejects with Python's `timed out` after `seconds`.
   * `work` goes on after a timeout: its result must land somewhere the next
   * call finds it.
   */
  race<T>(work: Promise<T>, seconds: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        at: performance.now() + seconds * 1000,
        fail: reject,
      };
      this.#add(waiter);
      work.then(
        (value) => {
          this.#waiters.delete(waiter);
          resolve(value);
        },
        (error) => {
          this.#waiters.delete(waiter);
          reject(error);
        },
      );
    });
  }

  /** Rejects every waiting call with `error` and stops the timer. */
  close(error: Error): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firesAt = Infinity;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const waiter of waiters) waiter.fail(error);
  }

  #add(waiter: Waiter): void {
    this.#waiters.add(waiter);
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
    for (const waiter of this.#waiters) {
      if (waiter.at <= now + 0.5) {
        this.#waiters.delete(waiter);
        waiter.fail(timedOut());
      } else if (waiter.at < next) {
        next = waiter.at;
      }
    }
    if (next !== Infinity) this.#arm(next);
  }
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
