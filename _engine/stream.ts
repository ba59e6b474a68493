// A connected byte stream over a Deno connection: the read-ahead buffer,
// the one read in flight, serialised writes and the send queue of
// non-blocking sends. Every guarantee of the design's engine section for
// streams lives here.

import { fromRuntime, oserror } from "../_oserror.ts";
import type { OSError } from "../errors.ts";
import { type Deadlines, settlesThisTurn } from "./deadline.ts";

/** What the engine needs of a connection (`Deno.Conn` has it). */
export interface RawConn {
  read(p: Uint8Array): Promise<number | null>;
  write(p: Uint8Array): Promise<number>;
  closeWrite(): Promise<void>;
  close(): void;
}

/** `null` blocks, `0` never waits, a number is seconds. */
export type Timeout = number | null;

const MSG_OOB = 0x1;
const MSG_PEEK = 0x2;
const MSG_DONTWAIT = 0x40;
const MSG_WAITALL = 0x100;
const MSG_NOSIGNAL = 0x4000;
const RECV_FLAGS = MSG_PEEK | MSG_DONTWAIT | MSG_WAITALL;
const SEND_FLAGS = MSG_DONTWAIT | MSG_NOSIGNAL | 0x8000 /* MSG_MORE */ |
  0x800; /* MSG_CONFIRM */

const FIRST_CHUNK = 4096;
/** The largest read-ahead buffer and the largest single read. */
export const MAX_CHUNK = 65536;
/** Bytes non-blocking sends may queue before `send` says EAGAIN. */
const SEND_QUEUE_LIMIT = 262144;
/** How long queued sends may take to drain after close(). */
const LINGER_MS = 30_000;

/** One connected stream socket's data path. */
export class Stream {
  readonly #conn: RawConn;
  readonly #deadlines: Deadlines;

  // Read side: unread bytes are #buf[#start, #end).
  #buf: Uint8Array | null = null;
  #start = 0;
  #end = 0;
  #chunk = FIRST_CHUNK;
  #maxChunk = MAX_CHUNK;
  #reading: Promise<void> | null = null;
  #eof = false;
  #readError: OSError | null = null;
  #readShut = false;

  // Write side.
  #writeTail: Promise<unknown> = Promise.resolve();
  #writers = 0;
  #queued = 0;
  #writeShut = false;
  #writeError: OSError | null = null;
  // The connection failed (a reset was reported): writes are EPIPE.
  #broken = false;

  #closed = false;
  // Calls waiting on this stream: close() must settle them at once.
  #busy = 0;

  constructor(conn: RawConn, deadlines: Deadlines) {
    this.#conn = conn;
    this.#deadlines = deadlines;
  }

  /** Caps the read-ahead buffer (`SO_RCVBUF`). */
  set maxChunk(bytes: number) {
    this.#maxChunk = Math.max(FIRST_CHUNK, Math.min(bytes, MAX_CHUNK * 16));
  }

  // ---- reading ----------------------------------------------------------

  /** Whether a `recv` would return at once (data, EOF or an error). */
  get readable(): boolean {
    return this.#end > this.#start || this.#eof || this.#readShut ||
      this.#readError !== null || this.#closed;
  }

  /** Resolves once `readable` holds, starting a read if none is in flight. */
  async whenReadable(): Promise<void> {
    this.#busy++;
    try {
      while (!this.readable) await this.#fill();
    } finally {
      this.#busy--;
    }
  }

  /**
   * `recv_into`: up to `nbytes` bytes into `target`, 0 at EOF. Blocking with
   * no timeout and nothing buffered, the kernel writes straight into
   * `target`; otherwise the read lands in our buffer first, since it may
   * outlive this call.
   */
  async recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    checkFlags(flags, RECV_FLAGS);
    if (target.length === 0) return 0;
    if (flags & MSG_DONTWAIT) timeout = 0;
    if (flags & MSG_WAITALL && !(flags & MSG_PEEK) && timeout === null) {
      let got = 0;
      while (got < target.length) {
        const n = await this.recvInto(target.subarray(got), 0, null);
        if (n === 0) break;
        got += n;
      }
      return got;
    }
    for (;;) {
      const ready = this.#take(target, (flags & MSG_PEEK) !== 0);
      if (ready !== -1) return ready;
      if (timeout === null && this.#reading === null && !(flags & MSG_PEEK)) {
        return await this.#readDirect(target);
      }
      await this.#wait(this.#fill(), timeout);
    }
  }

  /** `recv`: a new array of at most `bufsize` bytes, empty at EOF. */
  async recv(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Uint8Array> {
    checkFlags(flags, RECV_FLAGS);
    if (bufsize === 0) return new Uint8Array(0);
    if (flags & MSG_WAITALL && !(flags & MSG_PEEK)) {
      const out = new Uint8Array(bufsize);
      const n = await this.recvInto(out, flags, timeout);
      return n === bufsize ? out : out.slice(0, n);
    }
    // Served from the read-ahead buffer: an exact copy, no oversized array.
    if (this.#end > this.#start) {
      const out = new Uint8Array(Math.min(bufsize, this.#end - this.#start));
      this.#take(out, (flags & MSG_PEEK) !== 0);
      return out;
    }
    const out = new Uint8Array(Math.min(bufsize, this.#maxChunk));
    const n = await this.recvInto(out, flags, timeout);
    // Keep the returned view within twice its length, as Python's bytes
    // would be shrunk to fit.
    return n * 2 >= out.length ? out.subarray(0, n) : out.slice(0, n);
  }

  // Copies buffered bytes into `target`; -1 when the caller must wait.
  #take(target: Uint8Array, peek: boolean): number {
    if (this.#closed) throw oserror(9);
    if (this.#readShut) return 0;
    const available = this.#end - this.#start;
    if (available > 0) {
      const n = Math.min(available, target.length);
      target.set(this.#buf!.subarray(this.#start, this.#start + n));
      if (!peek) {
        this.#start += n;
        if (this.#start === this.#end) this.#release();
      }
      return n;
    }
    if (this.#readError !== null) throw this.#takeReadError();
    return this.#eof ? 0 : -1;
  }

  // Linux reports a connection's error once, to whichever call comes
  // first; after that reads see EOF and writes EPIPE.
  #takeReadError(): OSError {
    const error = this.#readError!;
    this.#readError = null;
    this.#eof = true;
    this.#broken = true;
    return error;
  }

  // Drained buffers are dropped: an idle socket holds no read memory.
  #release(): void {
    if (this.#reading === null) this.#buf = null;
    this.#start = this.#end = 0;
  }

  async #readDirect(target: Uint8Array): Promise<number> {
    const reading = this.#conn.read(
      target.length > this.#maxChunk
        ? target.subarray(0, this.#maxChunk)
        : target,
    );
    let settle!: () => void;
    this.#reading = new Promise((resolve) => settle = resolve);
    this.#busy++;
    try {
      const n = await reading;
      if (n === null) {
        this.#eof = true;
        return 0;
      }
      return n;
    } catch (e) {
      if (this.#closed) throw oserror(9);
      this.#eof = true;
      this.#broken = true;
      throw fromRuntime(e);
    } finally {
      this.#busy--;
      this.#reading = null;
      settle();
    }
  }

  // Starts the one read that may be in flight, into our own buffer.
  #fill(): Promise<void> {
    if (this.#reading !== null) return this.#reading;
    if (this.#end > this.#start || this.#eof || this.#readError) {
      return Promise.resolve();
    }
    const buf = this.#buf !== null && this.#buf.length >= this.#chunk
      ? this.#buf
      : new Uint8Array(this.#chunk);
    this.#buf = buf;
    this.#reading = this.#conn.read(buf).then(
      (n) => {
        this.#reading = null;
        if (this.#closed) return;
        if (n === null) {
          this.#eof = true;
          this.#buf = null;
          return;
        }
        this.#start = 0;
        this.#end = n;
        // Grow only while reads fill the buffer.
        if (n === buf.length) {
          this.#chunk = Math.min(this.#chunk * 2, this.#maxChunk);
        }
        if (n === 0) this.#buf = null;
      },
      (e) => {
        this.#reading = null;
        if (this.#closed) return;
        this.#buf = null;
        this.#readError = fromRuntime(e) as OSError;
      },
    );
    return this.#reading;
  }

  // ---- writing ----------------------------------------------------------

  /** Whether a `send` would accept at least one byte now. */
  get writable(): boolean {
    return this.#closed || this.#writeShut || this.#writeError !== null ||
      this.#queued < SEND_QUEUE_LIMIT;
  }

  /** Resolves once `writable` holds. */
  async whenWritable(): Promise<void> {
    this.#busy++;
    try {
      while (!this.writable) await this.#writeTail;
    } finally {
      this.#busy--;
    }
  }

  /**
   * `send`: blocking, one write of the caller's bytes. With a timeout, a
   * copy into the send queue once it has room: a write cannot be called
   * back, and one that outlived its timeout would deliver bytes the caller
   * was told were not sent.
   */
  async send(
    data: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    checkFlags(flags, SEND_FLAGS);
    this.#checkWrite();
    if (flags & MSG_DONTWAIT) timeout = 0;
    if (timeout === null) {
      if (data.length === 0) return 0;
      return await this.#wait(
        this.#serialise(() => this.#conn.write(data)),
        null,
      );
    }
    if (timeout > 0 && !this.writable) {
      await this.#deadlines.race(this.whenWritable(), timeout);
      this.#checkWrite();
    }
    return this.#enqueue(data);
  }

  /** `sendall`: every byte, in order, with no copy of the caller's data. */
  async sendall(
    data: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<void> {
    checkFlags(flags, SEND_FLAGS);
    this.#checkWrite();
    if (flags & MSG_DONTWAIT) timeout = 0;
    if (timeout === 0) {
      // Python sends what fits and then raises EAGAIN, losing the count.
      const n = this.#enqueue(data);
      if (n < data.length) throw oserror(11);
      return;
    }
    if (data.length === 0) return;
    await this.#wait(this.#serialise(() => this.#writeAll(data)), timeout);
  }

  async #writeAll(data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      offset += await this.#conn.write(data.subarray(offset));
    }
  }

  #enqueue(data: Uint8Array): number {
    const room = SEND_QUEUE_LIMIT - this.#queued;
    if (room <= 0) throw oserror(11);
    const n = Math.min(room, data.length);
    if (n === 0) return 0;
    const copy = data.slice(0, n);
    this.#queued += n;
    this.#serialise(() => this.#writeAll(copy)).then(
      () => this.#queued -= n,
      (error) => {
        this.#queued -= n;
        // Nobody awaits a queued write: its error waits for the next call,
        // as a kernel's would (and for SO_ERROR); after it, Linux says EPIPE.
        this.#writeError ??= error;
        this.#writeShut = true;
      },
    );
    return n;
  }

  // Runs `write` after every earlier write, so writes never interleave.
  #serialise<T>(write: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        return await write();
      } catch (e) {
        throw this.#closed ? oserror(9) : fromRuntime(e);
      } finally {
        this.#writers--;
      }
    };
    this.#writers++;
    const result = this.#writers === 1 ? run() : this.#writeTail.then(run);
    this.#writeTail = result.catch(() => {});
    return result;
  }

  #checkWrite(): void {
    if (this.#closed) throw oserror(9);
    if (this.#writeError !== null) {
      const error = this.#writeError;
      this.#writeError = null;
      throw error;
    }
    if (this.#readError !== null) throw this.#takeReadError();
    if (this.#writeShut || this.#broken) throw oserror(32);
  }

  /** The pending error of a background write, for `SO_ERROR`; clears it. */
  takeError(): number {
    const error = this.#writeError;
    this.#writeError = null;
    return error?.errno ?? 0;
  }

  // ---- both ---------------------------------------------------------------

  async #wait<T>(work: Promise<T>, timeout: Timeout): Promise<T> {
    this.#busy++;
    try {
      return await this.#waitFor(work, timeout);
    } finally {
      this.#busy--;
    }
  }

  async #waitFor<T>(work: Promise<T>, timeout: Timeout): Promise<T> {
    if (timeout === null) return await work;
    if (timeout === 0) {
      // One turn of the event loop: data the kernel already holds arrives.
      if (!(await settlesThisTurn(work))) {
        throw oserror(this.#closed ? 9 : 11);
      }
      return await work;
    }
    return await this.#deadlines.race(work, timeout);
  }

  /** `shutdown(how)`: SHUT_RD ends reading, SHUT_WR sends EOF after queued writes. */
  shutdown(how: number): void {
    if (how === 0 || how === 2) this.#readShut = true;
    if (how === 1 || how === 2) {
      if (!this.#writeShut) {
        this.#writeShut = true;
        this.#serialise(() => this.#conn.closeWrite()).catch(() => {});
      }
    }
  }

  /**
   * Closes the connection; every pending call settles with EBADF. Bytes
   * send() queued are still delivered if no call is pending.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#buf = null;
    // A call still waiting on the stream must settle with EBADF now, and a
    // blocking read only ends when the connection does.
    if (this.#queued === 0 || this.#busy > 0) return this.#closeConn();
    // Bytes send() already reported as sent (non-blocking or with a timeout)
    // are the kernel's in Python: they still go out after close, as a
    // lingering socket's do.
    const linger = setTimeout(() => this.#closeConn(), LINGER_MS);
    Deno.unrefTimer(linger);
    this.#writeTail.finally(() => {
      clearTimeout(linger);
      this.#closeConn();
    });
  }

  #closeConn(): void {
    try {
      this.#conn.close();
    } catch {
      // Already closed underneath: nothing left to release.
    }
  }
}

function checkFlags(flags: number, supported: number): void {
  if (flags & ~supported) {
    // MSG_OOB and the rest have no equivalent over Deno's streams.
    throw oserror(flags & MSG_OOB ? 22 : 95);
  }
}
