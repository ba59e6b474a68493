// Python's io.BufferedReader, BufferedWriter and BufferedRWPair over a
// SocketIO, as `sock.makefile("rb" | "wb" | "rwb")` returns them. Reads wait
// on the network, so they return Promises; so does anything that may flush.

import { ValueError } from "./errors.ts";
import { oserror } from "./_oserror.ts";
import {
  pyTypeName,
  toBytes,
  toList,
  toOptionalSize,
  toSsize,
  toWritableBytes,
  waitSignal,
} from "./_validate.ts";
import { concat } from "./_bytes.ts";
import type { WaitOptions } from "./wait_options.ts";
import {
  DEFAULT_BUFFER_SIZE,
  type SocketIO,
  UnsupportedOperation,
} from "./socketio.ts";

const NEWLINE = 0x0a;

/**
 * What Python's `BufferedReader`, `BufferedWriter` and `BufferedRWPair`
 * share: a read buffer for `read`/`readline`/iteration, a write buffer that
 * `flush` sends. A file opened only for reading (or writing) raises
 * {@linkcode UnsupportedOperation} for the other direction, as in Python.
 *
 * Every method that can wait takes `{ signal }` last (`read(-1, { signal })`,
 * `readline(-1, { signal })`, `write(b, { signal })`, `flush({ signal })`).
 * An abort rejects with the signal's reason and loses nothing: what a read
 * had gathered stays buffered for the next read, and bytes not yet sent stay
 * in the write buffer for the next `write` or `flush`.
 */
export class BufferedIOBase
  implements AsyncIterable<Uint8Array>, AsyncDisposable {
  readonly #raw: SocketIO;
  readonly #size: number;
  readonly #reads: boolean;
  readonly #writes: boolean;
  #closed = false;
  #detached = false;
  // Read side: unread bytes are #buf[#pos, end).
  #buf: Uint8Array = new Uint8Array(0);
  #pos = 0;
  // Write side: bytes written and not yet sent.
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  /**
   * Sets up the buffers over `raw`.
   *
   * @param raw The raw file.
   * @param bufferSize The buffer size.
   * @param reads Whether reading is allowed.
   * @param writes Whether writing is allowed.
   */
  protected constructor(
    raw: SocketIO,
    bufferSize: number,
    reads: boolean,
    writes: boolean,
  ) {
    if (bufferSize <= 0) {
      throw new ValueError("buffer size must be strictly positive");
    }
    this.#raw = raw;
    this.#size = bufferSize;
    this.#reads = reads;
    this.#writes = writes;
  }

  /** The raw {@linkcode SocketIO} below. */
  get raw(): SocketIO {
    return this.#file();
  }

  /** The raw file's mode: `rb`, `wb` or `rwb`. */
  get mode(): string {
    return this.#file().mode;
  }

  /** The socket's descriptor number, `-1` once closed. */
  get name(): number {
    return this.#file().name;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    this.#file();
    return this.#closed;
  }

  /**
   * The socket's descriptor number.
   *
   * @returns The number.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  fileno(): number {
    return this.#file().fileno();
  }

  /**
   * Whether the file reads.
   *
   * @returns Whether the mode has `r`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  readable(): boolean {
    return this.#reads && this.#file().readable();
  }

  /**
   * Whether the file writes.
   *
   * @returns Whether the mode has `w`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  writable(): boolean {
    return this.#writes && this.#file().writable();
  }

  /**
   * A socket cannot seek.
   *
   * @returns `false`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  seekable(): boolean {
    return this.#file().seekable();
  }

  /**
   * A socket is not a terminal.
   *
   * @returns `false`.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  isatty(): boolean {
    this.#checkOpen();
    return false;
  }

  /**
   * A socket has no position.
   *
   * @throws {UnsupportedOperation} `seek`, always.
   */
  tell(): never {
    throw new UnsupportedOperation("seek");
  }

  /**
   * A socket cannot seek.
   *
   * @param _offset Ignored.
   * @param _whence Ignored.
   * @throws {UnsupportedOperation} `File or stream is not seekable.`
   * @throws {ValueError} `seek of closed file`.
   */
  seek(_offset: number, _whence = 0): never {
    if (this.#file() && this.#closed) {
      throw new ValueError("seek of closed file");
    }
    throw new UnsupportedOperation("File or stream is not seekable.");
  }

  /**
   * A socket cannot be truncated.
   *
   * @param _size Ignored.
   * @throws {UnsupportedOperation} `truncate`.
   * @throws {ValueError} `truncate of closed file`.
   */
  truncate(_size?: number | null): never {
    if (this.#file() && this.#closed) {
      throw new ValueError("truncate of closed file");
    }
    throw new UnsupportedOperation("truncate");
  }

  /**
   * Flushes, then hands back the raw file; this file is unusable after.
   *
   * @returns The raw {@linkcode SocketIO}.
   * @throws {ValueError} `I/O operation on closed file.`, `raw stream has
   * been detached`.
   */
  async detach(): Promise<SocketIO> {
    const raw = this.#file();
    if (this.#closed) {
      throw new ValueError(
        this.#writes ? "flush of closed file" : "I/O operation on closed file.",
      );
    }
    await this.#send();
    this.#detached = true;
    this.#release();
    return raw;
  }

  /**
   * `size` bytes, fewer only at EOF; with no `size` (`null` or -1),
   * everything up to EOF. Waits as the socket's timeout allows.
   *
   * @param size How many bytes.
   * @param options `signal`: stop waiting when it aborts.
   * @returns The bytes; empty at EOF.
   * @throws {TypeError} `size` is not an integer or `null`.
   * @throws {ValueError} `read of closed file`; `read length must be
   * non-negative or -1`.
   * @throws {OSError} The socket's errors; `TimeoutError` first, then
   * `cannot read from timed out object`.
   */
  async read(
    size: number | null = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array> {
    // Python converts the size first, ahead of the closed check.
    const n = this.#reads ? toOptionalSize(size) : -1;
    if (n < -1) throw new ValueError("read length must be non-negative or -1");
    this.#checkRead("read of closed file");
    const signal = waitSignal(options, "read");
    const want = n < 0 ? Infinity : n;
    if (this.#available >= want) return this.#take(want);
    // One output buffer that doubles as it fills: each byte is copied a
    // bounded number of times, and a peer that sends less than `size` never
    // makes it allocate `size`.
    let out = new Uint8Array(
      Math.min(want, Math.max(this.#size, 65536, this.#available)),
    );
    let have = this.#available;
    out.set(this.#buf.subarray(this.#pos));
    this.#release();
    try {
      while (have < want) {
        if (have === out.length) {
          const grown = new Uint8Array(Math.min(want, out.length * 2));
          grown.set(out);
          out = grown;
        }
        const n = await this.#raw.readinto(out.subarray(have), { signal });
        if (n === null || n === 0) break;
        have += n;
      }
    } catch (e) {
      if (signal?.aborted) this.#unread(out.subarray(0, have));
      throw e;
    }
    return have === out.length ? out : out.slice(0, have);
  }

  /**
   * At most `size` bytes with at most one read from the socket.
   *
   * @param size The most bytes; negative means whatever is there.
   * @param options `signal`: stop waiting when it aborts.
   * @returns The bytes; empty at EOF.
   * @throws {ValueError} `read of closed file`.
   * @throws {OSError} As {@linkcode BufferedIOBase.read}.
   */
  async read1(size = -1, options?: WaitOptions): Promise<Uint8Array> {
    if (!this.#reads) throw new UnsupportedOperation("read1");
    const n = toSsize(size);
    this.#checkRead("read of closed file");
    const signal = waitSignal(options, "read1");
    if (this.#available === 0) await this.#fill(signal);
    return this.#take(n < 0 ? Infinity : n);
  }

  /**
   * The buffered bytes without consuming them, reading once if none are.
   *
   * @param size Checked as an integer, then ignored, as in Python.
   * @param options `signal`: stop waiting when it aborts.
   * @returns The bytes.
   * @throws {ValueError} `peek of closed file`.
   */
  async peek(size = 0, options?: WaitOptions): Promise<Uint8Array> {
    // The size is only converted: Python's peek ignores its value.
    if (this.#reads) toSsize(size);
    this.#checkRead("peek of closed file");
    const signal = waitSignal(options, "peek");
    if (this.#available === 0) await this.#fill(signal);
    return this.#buf.slice(this.#pos);
  }

  /**
   * Fills `b` as {@linkcode BufferedIOBase.read} would.
   *
   * @param b Where the bytes go.
   * @param options `signal`: stop waiting when it aborts; the bytes put
   * in `b` so far are read again by the next call.
   * @returns How many bytes were read.
   * @throws {ValueError} `readinto of closed file`.
   */
  async readinto(
    b: ArrayBufferView | ArrayBuffer,
    options?: WaitOptions,
  ): Promise<number> {
    const target = toWritableBytes(b, "readinto() argument");
    this.#checkRead("readinto of closed file");
    const signal = waitSignal(options, "readinto");
    let have = this.#takeInto(target);
    try {
      while (have < target.length) {
        // Straight into the caller's memory: no copy beyond the socket's.
        const n = await this.#raw.readinto(target.subarray(have), { signal });
        if (n === null || n === 0) break;
        have += n;
      }
    } catch (e) {
      if (signal?.aborted) this.#unread(target.slice(0, have));
      throw e;
    }
    return have;
  }

  /**
   * Fills `b` with at most one read from the socket.
   *
   * @param b Where the bytes go.
   * @param options `signal`: stop waiting when it aborts.
   * @returns How many bytes were read; 0 at EOF.
   * @throws {ValueError} `readinto of closed file`.
   */
  async readinto1(
    b: ArrayBufferView | ArrayBuffer,
    options?: WaitOptions,
  ): Promise<number> {
    const target = toWritableBytes(b, "readinto1() argument");
    if (!this.#reads) throw new UnsupportedOperation("read1");
    this.#checkRead("readinto of closed file");
    const signal = waitSignal(options, "readinto1");
    if (this.#available > 0 || target.length === 0) {
      return this.#takeInto(target);
    }
    return await this.#raw.readinto(target, { signal }) ?? 0;
  }

  /**
   * One line, ending with `\n` (except at EOF), at most `limit` bytes.
   *
   * @param limit The most bytes; negative means no limit.
   * @param options `signal`: stop waiting when it aborts; the part of the
   * line read so far stays buffered.
   * @returns The line; empty at EOF.
   * @throws {ValueError} `readline of closed file`.
   * @throws {OSError} As {@linkcode BufferedIOBase.read}.
   */
  async readline(
    limit: number | null = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array> {
    const n = toOptionalSize(limit);
    if (this.#writes) {
      // Python's writer and pair read lines with IOBase.readline, which
      // returns at once for a limit of 0 and reads through peek().
      if (n === 0) return new Uint8Array(0);
      this.#checkRead("peek of closed file");
    } else {
      this.#checkRead("readline of closed file");
    }
    const signal = waitSignal(options, "readline");
    const max = n < 0 ? Infinity : n;
    // A long line is gathered chunk by chunk and joined once: each chunk is
    // scanned once and copied once (a growing buffer would be quadratic).
    const parts: Uint8Array[] = [];
    let have = 0;
    for (;;) {
      const end = this.#buf.indexOf(NEWLINE, this.#pos);
      const room = max - have;
      if (end !== -1 || this.#available >= room) {
        const n = end === -1 ? room : Math.min(end - this.#pos + 1, room);
        parts.push(this.#view(n));
        return parts.length === 1 ? parts[0]!.slice() : concat(parts);
      }
      have += this.#available;
      parts.push(this.#view(this.#available));
      let n: number | null;
      try {
        n = await this.#fill(signal);
      } catch (e) {
        if (signal?.aborted) this.#unread(concat(parts));
        throw e;
      }
      if (n === null || n === 0) {
        return parts.length === 1 ? parts[0]!.slice() : concat(parts);
      }
    }
  }

  /**
   * Lines until EOF, or until their total length passes `hint`.
   *
   * @param hint Stop once more than this many bytes are read; 0 or negative:
   * no limit.
   * @param options `signal`: stop waiting when it aborts; the lines read
   * so far stay buffered.
   * @returns The lines.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async readlines(
    hint: number | null = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array[]> {
    const most = toOptionalSize(hint);
    // IOBase.readlines checks for a closed file before it reads a line.
    this.#checkOpen();
    this.#checkRead("I/O operation on closed file.");
    const signal = waitSignal(options, "readlines");
    const lines: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const line = await this.readline(-1, { signal });
        if (line.length === 0) return lines;
        lines.push(line);
        total += line.length;
        if (most > 0 && total > most) return lines;
      }
    } catch (e) {
      if (signal?.aborted) this.#unread(concat(lines));
      throw e;
    }
  }

  /**
   * Lines until EOF: `for await (const line of f)`.
   *
   * @returns The lines, each with its `\n`.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      const line = await this.readline();
      if (line.length === 0) return;
      yield line;
    }
  }

  /**
   * Buffers `b`; a full buffer is sent at once.
   *
   * @param b The bytes.
   * @param options `signal`: stop waiting when it aborts; `b` stays in the
   * write buffer, unsent bytes go with the next `write` or `flush`.
   * @returns `b`'s length.
   * @throws {ValueError} `write to closed file`.
   * @throws {OSError} The socket's errors, when the buffer is sent.
   */
  async write(
    b: ArrayBufferView | ArrayBuffer,
    options?: WaitOptions,
  ): Promise<number> {
    if (!this.#writes) throw new UnsupportedOperation("write");
    const bytes = toBytes(b);
    this.#file();
    if (this.#closed) throw new ValueError("write to closed file");
    const signal = waitSignal(options, "write");
    this.#pending.push(bytes.slice());
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= this.#size) await this.#send(signal);
    return bytes.length;
  }

  /**
   * Writes each of `lines`, as {@linkcode BufferedIOBase.write}.
   *
   * @param lines The byte strings.
   * @param options `signal`: stop waiting when it aborts (the lines given
   * before the one waiting are buffered).
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async writelines(
    lines: Iterable<ArrayBufferView | ArrayBuffer>,
    options?: WaitOptions,
  ): Promise<void> {
    this.#checkOpen();
    const items = toList(
      lines,
      `'${pyTypeName(lines)}' object is not iterable`,
    );
    const signal = waitSignal(options, "writelines");
    for (const line of items) await this.write(line, { signal });
  }

  /**
   * Sends every buffered byte.
   *
   * @param options `signal`: stop waiting when it aborts; what was not sent
   * stays buffered.
   * @throws {ValueError} `flush of closed file`.
   * @throws {OSError} The socket's errors; `BlockingIOError` when a
   * non-blocking socket cannot take them all.
   */
  async flush(options?: WaitOptions): Promise<void> {
    this.#file();
    if (this.#closed) {
      throw new ValueError(
        this.#writes ? "flush of closed file" : "I/O operation on closed file.",
      );
    }
    await this.#send(waitSignal(options, "flush"));
  }

  /**
   * Flushes, then closes the file. The socket stays open unless
   * `sock.close()` was called, in which case it closes now.
   */
  async close(): Promise<void> {
    this.#file();
    if (this.#closed) return;
    try {
      await this.#send();
    } finally {
      this.#closed = true;
      this.#release();
      await this.#raw.close();
    }
  }

  /** Closes the file at the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /**
   * Python's repr: `<_io.BufferedReader name=3>`.
   *
   * @returns The representation.
   */
  toString(): string {
    const name = this.constructor.name;
    if (this.#reads && this.#writes) return `<_io.${name} object>`;
    // A detached file has no name: Python's repr leaves it out.
    return this.#detached ? `<_io.${name}>` : `<_io.${name} name=${this.name}>`;
  }

  // The raw file, unless detach() handed it back.
  #file(): SocketIO {
    if (this.#detached) throw new ValueError("raw stream has been detached");
    return this.#raw;
  }

  #checkOpen(): void {
    this.#file();
    if (this.#closed) throw new ValueError("I/O operation on closed file.");
  }

  get #available(): number {
    return this.#buf.length - this.#pos;
  }

  #checkRead(closedMessage: string): void {
    if (!this.#reads) throw new UnsupportedOperation("read");
    this.#file();
    if (this.#closed) throw new ValueError(closedMessage);
  }

  // One read from the socket into a fresh buffer, once the old one is used
  // up; its count, 0 at EOF, null if a non-blocking socket has nothing. A
  // fresh buffer each time: views handed out by #view stay valid.
  async #fill(signal?: AbortSignal): Promise<number | null> {
    const chunk = new Uint8Array(this.#size);
    const n = await this.#raw.readinto(chunk, { signal });
    if (n === null || n === 0) return n;
    this.#buf = chunk.subarray(0, n);
    this.#pos = 0;
    return n;
  }

  // The next `n` buffered bytes (at most what there is), without a copy.
  #view(n: number): Uint8Array {
    const count = Math.min(n, this.#available);
    const out = this.#buf.subarray(this.#pos, this.#pos + count);
    this.#pos += count;
    return out;
  }

  #take(n: number): Uint8Array {
    return this.#view(n).slice();
  }

  // Copies buffered bytes into `target`; how many.
  #takeInto(target: Uint8Array): number {
    const view = this.#view(target.length);
    target.set(view);
    return view.length;
  }

  #release(): void {
    this.#buf = new Uint8Array(0);
    this.#pos = 0;
  }

  // Puts bytes an aborted read had gathered back, ahead of the buffered.
  #unread(bytes: Uint8Array): void {
    this.#buf = concat([bytes, this.#buf.subarray(this.#pos)]);
    this.#pos = 0;
  }

  async #send(signal?: AbortSignal): Promise<void> {
    while (this.#pending.length > 0) {
      const data = this.#pending.length === 1
        ? this.#pending[0]!
        : concat(this.#pending);
      this.#pending = [data];
      const n = await this.#raw.write(data, { signal });
      if (n === null) throw oserror(11);
      this.#pendingBytes -= n;
      this.#pending = n === data.length ? [] : [data.subarray(n)];
    }
  }
}

/**
 * Python's `io.BufferedReader`, as `sock.makefile("rb")` returns it.
 *
 * @example Reading lines
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _b = b;
 * await a.sendall(new TextEncoder().encode("line1\nline2\n"));
 * a.close();
 * const f = b.makefile("rb");
 * assert.deepStrictEqual(new TextDecoder().decode(await f.readline()), "line1\n");
 * assert.deepStrictEqual(new TextDecoder().decode(await f.read()), "line2\n");
 * await f.close();
 * ```
 */
export class BufferedReader extends BufferedIOBase {
  /**
   * Buffers `raw`, as Python's constructor of the same name.
   *
   * @param raw The raw file.
   * @param buffer_size The buffer size (8192).
   */
  constructor(raw: SocketIO, buffer_size = DEFAULT_BUFFER_SIZE) {
    super(raw, buffer_size, true, false);
  }
}

/**
 * Python's `io.BufferedWriter`, as `sock.makefile("wb")` returns it.
 *
 * @example Writing and flushing
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const w = a.makefile("wb");
 * await w.write(new Uint8Array([97, 98, 99]));
 * await w.flush();
 * assert.deepStrictEqual(await b.recv(10), new Uint8Array([97, 98, 99]));
 * await w.close();
 * ```
 */
export class BufferedWriter extends BufferedIOBase {
  /**
   * Buffers `raw`, as Python's constructor of the same name.
   *
   * @param raw The raw file.
   * @param buffer_size The buffer size (8192).
   */
  constructor(raw: SocketIO, buffer_size = DEFAULT_BUFFER_SIZE) {
    super(raw, buffer_size, false, true);
  }
}

/**
 * Python's `io.BufferedRWPair`, as `sock.makefile("rwb")` returns it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const f = a.makefile("rwb");
 * await f.write(new Uint8Array([1]));
 * await f.flush();
 * await b.sendall(await b.recv(1));
 * assert.deepStrictEqual(await f.read(1), new Uint8Array([1]));
 * await f.close();
 * ```
 */
export class BufferedRWPair extends BufferedIOBase {
  /**
   * Buffers `raw` both ways, as Python's constructor of the same name.
   *
   * @param raw The raw file (Python's reader and writer are the same one).
   * @param buffer_size The buffer size (8192).
   */
  constructor(raw: SocketIO, buffer_size = DEFAULT_BUFFER_SIZE) {
    super(raw, buffer_size, true, true);
  }

  /**
   * Python's pair has a reader and a writer, so no one descriptor.
   *
   * @throws {UnsupportedOperation} `fileno`, always.
   */
  override fileno(): never {
    throw new UnsupportedOperation("fileno");
  }

  /**
   * A pair cannot seek.
   *
   * @param _offset Ignored.
   * @param _whence Ignored.
   * @throws {UnsupportedOperation} `seek`, always.
   */
  override seek(_offset: number, _whence = 0): never {
    throw new UnsupportedOperation("seek");
  }

  /**
   * A pair cannot be truncated.
   *
   * @param _size Ignored.
   * @throws {UnsupportedOperation} `truncate`, always.
   */
  override truncate(_size?: number | null): never {
    throw new UnsupportedOperation("truncate");
  }

  /**
   * A pair cannot hand back one raw file.
   *
   * @throws {UnsupportedOperation} `detach`, always.
   */
  override detach(): Promise<never> {
    return Promise.reject(new UnsupportedOperation("detach"));
  }

  /**
   * A pair is never seekable.
   *
   * @returns `false`.
   */
  override seekable(): boolean {
    return false;
  }
}
