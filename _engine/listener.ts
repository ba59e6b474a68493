// A listening socket's accept queue: at most one accept in flight, and a
// connection accepted after its caller timed out waits for the next accept.

import { fromRuntime, oserror } from "../_oserror.ts";
import type { OSError } from "../errors.ts";
import { type Deadlines, settlesThisTurn } from "./deadline.ts";
import type { Timeout } from "./stream.ts";

const ENOTCONN = 107;

/** What the engine needs of a listener (`Deno.Listener` has it). */
export interface RawListener<C> {
  accept(): Promise<C>;
  close(): void;
  /** A pending accept keeps the process alive (the default). */
  ref(): void;
  /** A pending accept no longer keeps the process alive. */
  unref(): void;
}

/** One listening socket's queue of accepted connections. */
export class Acceptor<C extends { close(): void }> {
  readonly #listener: RawListener<C>;
  readonly #deadlines: Deadlines;
  readonly #queue: C[] = [];
  #accepting: Promise<void> | null = null;
  #error: OSError | null = null;
  #closed = false;
  // accept() calls waiting: only they keep the process alive, not an
  // accept the engine keeps in flight after a timeout or for a watch.
  #callers = 0;

  constructor(listener: RawListener<C>, deadlines: Deadlines) {
    this.#listener = listener;
    this.#deadlines = deadlines;
    listener.unref();
  }

  /** Whether `accept` would return at once. */
  get readable(): boolean {
    return this.#queue.length > 0 || this.#error !== null || this.#closed;
  }

  /** Resolves once a connection (or an error) is queued. */
  async whenReadable(): Promise<void> {
    while (!this.readable) await this.#fill();
  }

  /** The next connection, waiting as `timeout` allows. */
  async accept(timeout: Timeout): Promise<C> {
    if (this.#callers++ === 0) this.#listener.ref();
    try {
      return await this.#accept(timeout);
    } finally {
      if (--this.#callers === 0 && !this.#closed) this.#listener.unref();
    }
  }

  async #accept(timeout: Timeout): Promise<C> {
    for (;;) {
      if (this.#closed) throw oserror(9);
      const conn = this.#queue.shift();
      if (conn !== undefined) return conn;
      if (this.#error !== null) {
        const error = this.#error;
        this.#error = null;
        throw error;
      }
      const filled = this.#fill();
      if (timeout === null) {
        await filled;
      } else if (timeout === 0) {
        if (!(await settlesThisTurn(filled))) throw oserror(11);
      } else {
        await this.#deadlines.race(filled, timeout);
      }
    }
  }

  #fill(): Promise<void> {
    this.#accepting ??= this.#listener.accept().then(
      (conn) => {
        this.#accepting = null;
        if (this.#closed) conn.close();
        else this.#queue.push(conn);
      },
      (e) => {
        this.#accepting = null;
        if (this.#closed) return;
        const error = fromRuntime(e) as OSError;
        // Deno accepted a connection its client had already reset, failed
        // to read its address and dropped it: Linux's accept() never says
        // ENOTCONN, so the caller waits for the next connection instead.
        if (error.errno !== ENOTCONN) this.#error = error;
      },
    );
    return this.#accepting;
  }

  /** Closes the listener and every connection not yet accepted. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#listener.close();
    } catch {
      // Already closed underneath.
    }
    for (const conn of this.#queue.splice(0)) conn.close();
  }
}
