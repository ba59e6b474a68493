// A connected byte stream over a Deno connection: the read-ahead buffer,
// the one read in flight, serialised writes and the send queue of
// non-blocking sends. Every guarantee of the design's engine section for
// streams lives here.

import { fromRuntime, oserror } from "../_oserror.ts";
import { releasedBuffer } from "../_validate.ts";
import { type OSError, ValueError } from "../errors.ts";
import { type Deadlines, type Limit, settlesThisTurn } from "./deadline.ts";
import { giveBack, takeBuffer } from "./read_buffers.ts";

/** What the engine needs of a connection (`Deno.Conn` has it). */
export interface RawConn {
  read(p: Uint8Array): Promise<number | null>;
  write(p: Uint8Array): Promise<number>;
  closeWrite(): Promise<void>;
  close(): void;
  /** Pending and later reads keep the process alive (the default). */
  ref(): void;
  /** Pending and later reads no longer keep the process alive. */
  unref(): void;
}

/**
 * `null` blocks, `0` never waits, a number is seconds; a {@linkcode Limit}
 * also ends the wait when its signal aborts.
 */
export type Timeout = number | null | Limit;

const MSG_OOB = 0x1;
const MSG_PEEK = 0x2;
const MSG_DONTWAIT = 0x40;
const MSG_WAITALL = 0x100;
const MSG_NOSIGNAL = 0x4000;
// MSG_CMSG_CLOEXEC only marks descriptors passed in ancillary data, which
// these sockets never carry: Linux ignores it here too.
const MSG_CMSG_CLOEXEC = 0x40000000;
const RECV_FLAGS = MSG_PEEK | MSG_DONTWAIT | MSG_WAITALL | MSG_CMSG_CLOEXEC;
const SEND_FLAGS = MSG_DONTWAIT | MSG_NOSIGNAL | 0x8000 /* MSG_MORE */ |
  0x800 /* MSG_CONFIRM */ | MSG_CMSG_CLOEXEC;

/**
 * The first and smallest read-ahead buffer: what an idle connection's
 * pending read holds (10,000 of them: 5 MiB). Bulk streams double it on
 * every full read, reaching 64 KiB after seven.
 */
const MIN_CHUNK = 512;
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
  #chunk = MIN_CHUNK;
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
  // Calls of the program waiting on this stream: close() must settle them
  // at once, and while there are any, reads keep the process alive.
  #busy = 0;

  constructor(conn: RawConn, deadlines: Deadlines) {
    this.#conn = conn;
    this.#deadlines = deadlines;
    // A read the engine keeps in flight on its own (after a timeout, for a
    // watch) must not keep a finished program alive; #enter refs it while
    // the program waits.
    conn.unref();
  }

  /**
   * A layer over this stream (TLS, after handOver) holds it while its own
   * program calls wait: reads then keep the process alive, as a call's do.
   */
  hold(): void {
    this.#enter();
  }

  /** Ends a {@linkcode Stream.hold}. */
  release(): void {
    this.#leave();
  }

  #enter(): void {
    if (this.#busy++ === 0) this.#conn.ref();
  }

  #leave(): void {
    if (--this.#busy === 0 && !this.#closed) this.#conn.unref();
  }

  /** Caps the read-ahead buffer (`SO_RCVBUF`). */
  set maxChunk(bytes: number) {
    this.#maxChunk = Math.max(MIN_CHUNK, Math.min(bytes, MAX_CHUNK * 16));
  }

  // ---- reading ----------------------------------------------------------

  /** How many read-ahead bytes wait for a `recv`. */
  get buffered(): number {
    return this.#end - this.#start;
  }

  /** Whether a `recv` would return at once (data, EOF or an error). */
  get readable(): boolean {
    return this.#end > this.#start || this.#eof || this.#readShut ||
      this.#readError !== null || this.#closed;
  }

  /**
   * Resolves once `readable` holds, starting a read if none is in flight.
   * A watch is no call of the program: it neither keeps the process alive
   * nor stops close() from delivering what send() queued.
   */
  async whenReadable(): Promise<void> {
    while (!this.readable) await this.#fill();
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
    if (
      flags & MSG_WAITALL && !(flags & MSG_PEEK) &&
      (timeout === null ||
        typeof timeout === "object" && timeout.seconds === null)
    ) {
      let got = 0;
      while (got < target.length) {
        let n: number;
        try {
          n = await this.recvInto(target.subarray(got), 0, timeout);
        } catch (e) {
          // Linux: a signal caught after some data returns what was read;
          // an abort does the same, so those bytes are not lost.
          if (got > 0 && timeout?.signal.aborted) break;
          throw e;
        }
        if (n === 0) break;
        got += n;
      }
      return got;
    }
    const peek = (flags & MSG_PEEK) !== 0;
    const want = target.length;
    for (;;) {
      const ready = this.#take(target, peek, want);
      if (ready !== -1) return ready;
      if (timeout === null && this.#reading === null && !peek) break;
      this.#enter();
      try {
        await (timeout === null
          ? this.#fill()
          : this.#wait(this.#fill(), timeout));
      } finally {
        this.#leave();
      }
    }
    // The fast path: no copy, no closure, no timer. Counted busy before
    // the read starts: a read started on an unref'd conn costs Deno an
    // unref op, and the ref that follows another op.
    this.#enter();
    const reading = this.#conn.read(
      target.length > this.#maxChunk
        ? target.subarray(0, this.#maxChunk)
        : target,
    );
    // Other callers wait for this read instead of starting a second one.
    this.#reading = reading.then(noop, noop);
    let n: number | null;
    try {
      n = await reading;
    } catch (e) {
      this.#reading = null;
      if (this.#closed) throw oserror(9);
      this.#eof = true;
      this.#broken = true;
      throw fromRuntime(e);
    } finally {
      this.#leave();
    }
    this.#reading = null;
    // A closed node:net connection ends its read with EOF: still EBADF.
    if (this.#closed) throw oserror(9);
    if (n === null) this.#eof = true;
    return n ?? 0;
  }

  /**
   * `recv`: a new array of at most `bufsize` bytes, empty at EOF. The read
   * lands in the read-ahead buffer, sized by what arrives rather than by
   * `bufsize`, and an exact copy is returned: a pending `recv(65536)` on an
   * idle connection holds a few KiB, not 64.
   */
  recv(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Uint8Array> {
    checkFlags(flags, RECV_FLAGS);
    if (bufsize === 0) return Promise.resolve(new Uint8Array(0));
    if (flags & MSG_WAITALL && !(flags & MSG_PEEK)) {
      return this.#recvAll(bufsize, flags, timeout);
    }
    if (flags & MSG_DONTWAIT) timeout = 0;
    const peek = (flags & MSG_PEEK) !== 0;
    const ready = this.#ready(bufsize, peek);
    if (ready !== null) return Promise.resolve(ready);
    // Busy before the read starts, as in recvInto.
    this.#enter();
    const filled = timeout === null
      ? this.#fill()
      : this.#wait(this.#fill(), timeout);
    // The wait is a small continuation rather than an async frame: every
    // idle connection holds one, and they outlive many young-generation
    // collections (10,000 connections: ~10 MiB less at peak). It returns
    // the bytes themselves, not another promise, when they are there.
    return filled.then(
      () => {
        this.#leave();
        return this.#ready(bufsize, peek) ?? this.recv(bufsize, flags, timeout);
      },
      (e) => {
        this.#leave();
        throw e;
      },
    );
  }

  // `recv`'s answer if it needs no waiting: an exact copy of up to
  // `bufsize` buffered bytes, or an empty array at EOF; null otherwise.
  #ready(bufsize: number, peek: boolean): Uint8Array | null {
    const available = this.#end - this.#start;
    if (available > 0 && !this.#closed) {
      const start = this.#start;
      const n = Math.min(bufsize, available);
      const buf = this.#buf!;
      if (
        !peek && start === 0 && n === available && n * 2 >= buf.length &&
        this.#reading === null
      ) {
        // A read that filled most of the buffer: hand the buffer itself
        // over, no copy (bulk recv(65536) then costs what a fresh array
        // per read does). It leaves the socket for good and is never
        // pooled, and it is at most twice the bytes it holds, as Python
        // shrinks its bytes to fit.
        this.#buf = null;
        this.#start = this.#end = 0;
        return buf.subarray(0, n);
      }
      const out = buf.slice(start, start + n);
      if (!peek) {
        this.#start += n;
        if (this.#start === this.#end) this.#release();
      }
      return out;
    }
    return this.#take(NOTHING, peek) === 0 ? new Uint8Array(0) : null;
  }

  async #recvAll(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Uint8Array> {
    const out = new Uint8Array(bufsize);
    const n = await this.recvInto(out, flags, timeout);
    return n === bufsize ? out : out.slice(0, n);
  }

  // Copies buffered bytes into `target`; -1 when the caller must wait. A
  // target that lost bytes of the `want` it had (transferred, shrunk while
  // the call waited) is refused before anything is taken: the bytes wait
  // for the next call.
  #take(target: Uint8Array, peek: boolean, want = 0): number {
    if (this.#closed) throw oserror(9);
    if (this.#readShut) return 0;
    const available = this.#end - this.#start;
    if (available > 0) {
      if (target.length < want) throw releasedBuffer();
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

  // Drained buffers go back to the pool: an idle socket holds no read memory.
  #release(): void {
    if (this.#reading === null && this.#buf !== null) {
      giveBack(this.#buf);
      this.#buf = null;
    }
    this.#start = this.#end = 0;
  }

  // Starts the one read that may be in flight, into our own buffer.
  #fill(): Promise<void> {
    if (this.#reading !== null) return this.#reading;
    if (this.#end > this.#start || this.#eof || this.#readError) {
      return Promise.resolve();
    }
    let buf = this.#buf;
    if (buf === null || buf.length < this.#chunk) {
      if (buf !== null) giveBack(buf);
      buf = takeBuffer(this.#chunk);
    }
    this.#buf = buf;
    this.#reading = this.#conn.read(buf).then(this.#filled, this.#failed);
    return this.#reading;
  }

  // The ends of a #fill read, made once per stream rather than per read.
  // A closed stream left #buf to them: the read is over, so nothing writes
  // into the buffer any more and it can go back to the pool.
  readonly #filled = (n: number | null): void => {
    const buf = this.#buf!;
    this.#reading = null;
    if (this.#closed || n === null) {
      giveBack(buf);
      this.#buf = null;
      if (n === null) this.#eof = true;
      return;
    }
    this.#start = 0;
    this.#end = n;
    // Grow while reads fill the buffer; shrink while they use a quarter of
    // it or less, so a connection back to small messages holds little.
    if (n === buf.length) {
      this.#chunk = Math.min(this.#chunk * 2, this.#maxChunk);
    } else if (n * 4 <= buf.length) {
      this.#chunk = Math.max(this.#chunk >> 1, MIN_CHUNK);
    }
  };

  readonly #failed = (e: unknown): void => {
    this.#reading = null;
    giveBack(this.#buf!);
    this.#buf = null;
    if (!this.#closed) this.#readError = fromRuntime(e) as OSError;
  };

  // ---- writing ----------------------------------------------------------

  /** Whether a `send` would accept at least one byte now. */
  get writable(): boolean {
    return this.#closed || this.#writeShut || this.#writeError !== null ||
      this.#queued < SEND_QUEUE_LIMIT;
  }

  /** Resolves once every write queued so far has ended, well or not. */
  flushed(): Promise<void> {
    return this.#writeTail.then(noop, noop);
  }

  /** Resolves once `writable` holds; like whenReadable, no call. */
  async whenWritable(): Promise<void> {
    while (!this.writable) await this.#writeTail.then(noop, noop);
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
      this.#enter();
      return await (this.#serialise(data, false, true) as Promise<number>);
    }
    if (timeout !== 0 && !this.writable) {
      await this.#deadlines.race(this.whenWritable(), timeout);
      this.#checkWrite();
    }
    return this.#enqueue(data);
  }

  /**
   * `sendall`: every byte, in order, with no copy of the caller's data.
   * Argument and state errors throw at once, as the transport's do.
   */
  sendall(
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
      return Promise.resolve();
    }
    if (data.length === 0) return Promise.resolve();
    // No async wrapper of its own: the write's promise is the call's. The
    // call counts as #busy until its write ends.
    this.#enter();
    const write = this.#serialise(data, true, true);
    return (timeout === null ? write : this.#wait(write, timeout)) as Promise<
      void
    >;
  }

  #enqueue(data: Uint8Array): number {
    const room = SEND_QUEUE_LIMIT - this.#queued;
    if (room <= 0) throw oserror(11);
    const n = Math.min(room, data.length);
    if (n === 0) return 0;
    const copy = data.slice(0, n);
    this.#queued += n;
    this.#serialise(copy, true, false).then(
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

  // Writes `data` (all of it when `whole`; `null` sends EOF) after every
  // earlier write, so writes never interleave. With no write pending it
  // starts at once, with no closure.
  // Resolves to the count of one write, or to nothing when `whole`. A
  // `counted` write is a call's, which counted itself #busy: it uncounts
  // when done.
  #serialise(
    data: Uint8Array | null,
    whole: boolean,
    counted: boolean,
  ): Promise<number | undefined> {
    this.#writers++;
    // The caller's length now: its buffer may shrink before the write runs.
    const want = data?.length ?? 0;
    const result = this.#writers === 1
      ? this.#write(data, whole, counted, want)
      : this.#writeTail.then(
        () => this.#write(data, whole, counted, want),
        () => this.#write(data, whole, counted, want),
      );
    // Every caller handles its result, so the tail may hold a rejection.
    this.#writeTail = result;
    return result;
  }

  async #write(
    data: Uint8Array | null,
    whole: boolean,
    counted: boolean,
    want: number,
  ): Promise<number | undefined> {
    try {
      if (data === null) return void await this.#conn.closeWrite();
      // A buffer transferred or shrunk under the call: what was sent of it
      // is unknown to the caller, so the call fails rather than report
      // bytes that never went.
      if (data.length < want) throw releasedBuffer();
      if (!whole) return await this.#conn.write(data);
      let offset = 0;
      while (offset < want) {
        if (data.length < want) throw releasedBuffer();
        offset += await this.#conn.write(
          offset === 0 ? data : data.subarray(offset),
        );
      }
      return undefined;
    } catch (e) {
      // A write into memory shrunk under it fails EFAULT: the cause is the
      // buffer's change, not the connection.
      if (e instanceof ValueError || data!.length < want) {
        throw releasedBuffer();
      }
      throw this.#closed ? oserror(9) : fromRuntime(e);
    } finally {
      this.#writers--;
      if (counted) this.#leave();
    }
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

  // A timed or non-blocking wait; blocking calls await their work directly,
  // and a timed one gets the deadline race itself, with no frame around it.
  // Its callers count themselves #busy while they wait (no promise here
  // for it: a timed call already costs a race).
  #wait<T>(work: Promise<T>, timeout: number | Limit): Promise<T> {
    return timeout === 0
      ? this.#oneTurn(work)
      : this.#deadlines.race(work, timeout);
  }

  // Non-blocking: one turn of the event loop, so data the kernel already
  // holds arrives; then EAGAIN.
  async #oneTurn<T>(work: Promise<T>): Promise<T> {
    if (!(await settlesThisTurn(work))) throw oserror(this.#closed ? 9 : 11);
    return await work;
  }

  /** `shutdown(how)`: SHUT_RD ends reading, SHUT_WR sends EOF after queued writes. */
  shutdown(how: number): void {
    if (how === 0 || how === 2) this.#readShut = true;
    if (how === 1 || how === 2) {
      if (!this.#writeShut) {
        this.#writeShut = true;
        this.#serialise(null, true, false).catch(noop);
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
    // A read still in flight gives its buffer back when it ends.
    if (this.#reading === null) {
      if (this.#buf !== null) giveBack(this.#buf);
      this.#buf = null;
    }
    // A call still waiting on the stream must settle with EBADF now, and a
    // blocking read only ends when the connection does.
    if (this.#queued === 0 || this.#busy > 0) return this.#closeConn();
    // Bytes send() already reported as sent (non-blocking or with a timeout)
    // are the kernel's in Python: they still go out after close, as a
    // lingering socket's do.
    const linger = setTimeout(() => this.#closeConn(), LINGER_MS);
    Deno.unrefTimer(linger);
    // The tail may hold a rejection (its caller handles it): close either way.
    const done = () => {
      clearTimeout(linger);
      this.#closeConn();
    };
    this.#writeTail.then(done, done);
  }

  #closeConn(): void {
    try {
      this.#conn.close();
    } catch {
      // Already closed underneath: nothing left to release.
    }
  }
}

const NOTHING = new Uint8Array(0);

function noop(): void {}

function checkFlags(flags: number, supported: number): void {
  if (flags & ~supported) {
    // MSG_OOB and the rest have no equivalent over Deno's streams.
    throw oserror(flags & MSG_OOB ? 22 : 95);
  }
}
