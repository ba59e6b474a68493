// Python's socket.SocketIO: the raw file object under `sock.makefile()`,
// and io.UnsupportedOperation for a read or write in the wrong direction.

import { OSError, TimeoutError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
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

const MSG_PEEK = 2;
const NEWLINE = 0x0a;

/** Python's `io.DEFAULT_BUFFER_SIZE`. */
export const DEFAULT_BUFFER_SIZE: number = 8192;

/**
 * Python's `io.UnsupportedOperation`: a read on a file opened for writing,
 * or the reverse.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const w = a.makefile("wb");
 * let error: unknown;
 * try {
 *   await w.read(1);
 * } catch (e) {
 *   error = e;
 * }
 * assert(error instanceof socket.UnsupportedOperation && String(error) === "read");
 * await w.close();
 * ```
 */
export class UnsupportedOperation extends OSError {}

/**
 * Python's `socket.SocketIO`: the raw, unbuffered file object over a socket
 * (`sock.makefile("rb", { buffering: 0 })`). A read that times out makes
 * every later read fail with `cannot read from timed out object`, since
 * the file's position in the stream is then unknown. Every method that can
 * wait takes `{ signal }` last; an abort rejects with its reason and loses
 * nothing: a line or a read-to-EOF it had begun is read again by the next
 * call.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const raw = b.makefile("rb", { buffering: 0 });
 * await a.sendall(new Uint8Array([1, 2, 3]));
 * assert.deepStrictEqual(await raw.read(10), new Uint8Array([1, 2, 3]));
 * await raw.close();
 * ```
 */
export class SocketIO implements AsyncIterable<Uint8Array>, AsyncDisposable {
  #sock: Socket | null;
  readonly #mode: string;
  readonly #release: () => void;
  #timedOut = false;
  // Bytes taken from the socket by a call that was then aborted: the next
  // read returns them first.
  #unread: Uint8Array = new Uint8Array(0);

  /**
   * Python builds it inside `makefile()`; so does this module.
   *
   * @param sock The socket.
   * @param mode `rb`, `wb` or `rwb`.
   * @param release Called once when the file closes.
   */
  constructor(sock: Socket, mode: string, release: () => void) {
    this.#sock = sock;
    this.#mode = mode;
    this.#release = release;
  }

  /** `rb`, `wb` or `rwb`. */
  get mode(): string {
    return this.#mode;
  }

  /** The socket's descriptor number, `-1` once closed. */
  get name(): number {
    return this.#sock === null ? -1 : this.#sock.fileno();
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#sock === null;
  }

  /**
   * The socket's descriptor number.
   *
   * @returns The number.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  fileno(): number {
    return this.#open().fileno();
  }

  /**
   * Whether the file was opened for reading.
   *
   * @returns `true` for `rb` and `rwb`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  readable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return this.#mode.includes("r");
  }

  /**
   * Whether the file was opened for writing.
   *
   * @returns `true` for `wb` and `rwb`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  writable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return this.#mode.includes("w");
  }

  /**
   * A socket cannot seek.
   *
   * @returns `false`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  seekable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return false;
  }

  /**
   * One `recv_into`: up to `b.length` bytes; 0 at EOF; `null` when a
   * non-blocking socket has nothing.
   *
   * @param b Where the bytes go.
   * @param options `signal`: stop waiting when it aborts (the bytes stay
   * in the socket).
   * @returns The count, or `null`.
   * @throws {OSError} `cannot read from timed out object`; the socket's
   * errors (a `TimeoutError` marks the file timed out).
   */
  async readinto(
    b: ArrayBufferView | ArrayBuffer,
    options?: WaitOptions,
  ): Promise<number | null> {
    const signal = waitSignal(options, "readinto");
    if (this.#unread.length > 0) {
      this.#checkRead();
      const target = toWritableBytes(b, "recv_into() argument 1");
      const n = Math.min(target.length, this.#unread.length);
      target.set(this.#unread.subarray(0, n));
      this.#unread = this.#unread.subarray(n);
      return n;
    }
    return await this.#recvInto(b, 0, signal);
  }

  #checkRead(): Socket {
    const sock = this.#open();
    if (!this.#mode.includes("r")) {
      throw new UnsupportedOperation("File or stream is not readable.");
    }
    if (this.#timedOut) {
      throw new OSError("cannot read from timed out object");
    }
    return sock;
  }

  // One recv_into with `flags`, as readinto does it.
  async #recvInto(
    b: ArrayBufferView | ArrayBuffer,
    flags: number,
    signal: AbortSignal | undefined,
  ): Promise<number | null> {
    const sock = this.#checkRead();
    try {
      return await sock.recv_into(
        toWritableBytes(b, "recv_into() argument 1"),
        0,
        flags,
        { signal },
      );
    } catch (e) {
      if (e instanceof TimeoutError) this.#timedOut = true;
      else if (e instanceof OSError && e.errno === 11) return null;
      throw e;
    }
  }

  /**
   * One line, ending with `\n` (except at EOF), at most `limit` bytes.
   * Python reads a raw file's line a byte at a time, so that no byte after
   * it leaves the socket; this peeks at what is there (`MSG_PEEK`) and takes
   * exactly the line, which consumes the same bytes in far fewer calls.
   *
   * @param limit The most bytes; negative means no limit.
   * @param options `signal`: stop waiting when it aborts; the part of the
   * line read so far is read again by the next call.
   * @returns The line; empty at EOF (or when a non-blocking socket has
   * nothing).
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readline(
    limit: number | null = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array> {
    const n = toOptionalSize(limit);
    // Python's IOBase.readline returns at once for a limit of 0.
    if (n === 0) return new Uint8Array(0);
    this.#open();
    const signal = waitSignal(options, "readline");
    const max = n < 0 ? Infinity : n;
    const parts: Uint8Array[] = [];
    let have = 0;
    try {
      while (have < max) {
        // Bytes given back by an aborted call come first, then the socket's.
        let peeked = this.#unread.subarray(0, max - have);
        let n: number | null = peeked.length;
        if (n === 0) {
          peeked = new Uint8Array(Math.min(DEFAULT_BUFFER_SIZE, max - have));
          n = await this.#recvInto(peeked, MSG_PEEK, signal);
        }
        if (n === null || n === 0) break;
        const end = peeked.subarray(0, n).indexOf(NEWLINE);
        const line = peeked.subarray(0, end === -1 ? n : end + 1);
        // The peeked bytes are there: this takes them all, with no wait.
        const got = await this.readinto(line) ?? 0;
        parts.push(line.subarray(0, got));
        have += got;
        if (got === end + 1) break;
      }
    } catch (e) {
      if (signal?.aborted) this.#unreadAgain(parts);
      throw e;
    }
    return concat(parts);
  }

  // Gives back bytes an aborted call had taken, ahead of any others.
  #unreadAgain(parts: Uint8Array[]): void {
    this.#unread = concat([...parts, this.#unread]);
  }

  /**
   * Lines until EOF, or until their total length passes `hint`.
   *
   * @param hint Stop once more than this many bytes are read; 0 or negative:
   * no limit.
   * @param options `signal`: stop waiting when it aborts; the lines read
   * so far are read again by the next call.
   * @returns The lines.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readlines(
    hint: number | null = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array[]> {
    const most = toOptionalSize(hint);
    this.#open();
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
      if (signal?.aborted) this.#unreadAgain(lines);
      throw e;
    }
  }

  /**
   * Up to `size` bytes with one `recv`, or (`size` < 0) everything up to
   * EOF; `null` when a non-blocking socket has nothing.
   *
   * @param size The most bytes; negative reads to EOF.
   * @param options `signal`: stop waiting when it aborts (see
   * {@linkcode SocketIO.readall}).
   * @returns The bytes, or `null`.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async read(
    size = -1,
    options?: WaitOptions,
  ): Promise<Uint8Array | null> {
    const want = toSsize(size);
    if (want < 0) return await this.readall(options);
    const b = new Uint8Array(want);
    const n = await this.readinto(b, options);
    return n === null ? null : b.subarray(0, n);
  }

  /**
   * Everything up to EOF.
   *
   * @param options `signal`: stop waiting when it aborts; the bytes read
   * so far are read again by the next call.
   * @returns The bytes, or `null` when a non-blocking socket has nothing.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readall(options?: WaitOptions): Promise<Uint8Array | null> {
    const signal = waitSignal(options, "readall");
    const parts: Uint8Array[] = [];
    try {
      for (;;) {
        const part = await this.read(DEFAULT_BUFFER_SIZE, { signal });
        if (part === null) {
          if (parts.length === 0) return null;
          break;
        }
        if (part.length === 0) break;
        parts.push(part);
      }
    } catch (e) {
      if (signal?.aborted) this.#unreadAgain(parts);
      throw e;
    }
    return concat(parts);
  }

  /** Each line up to EOF, as `for line in f:` reads them. */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      const line = await this.readline();
      if (line.length === 0) return;
      yield line;
    }
  }

  /**
   * One `send`: resolves to how many bytes the socket took, or `null` when
   * a non-blocking socket's buffer is full.
   *
   * @param b The bytes.
   * @param options `signal`: stop waiting when it aborts (nothing of `b`
   * was sent then).
   * @returns The count, or `null`.
   * @throws {OSError} The socket's errors.
   */
  async write(
    b: ArrayBufferView | ArrayBuffer,
    options?: WaitOptions,
  ): Promise<number | null> {
    const sock = this.#open();
    if (!this.#mode.includes("w")) {
      throw new UnsupportedOperation("File or stream is not writable.");
    }
    const signal = waitSignal(options, "write");
    try {
      return await sock.send(toBytes(b), 0, { signal });
    } catch (e) {
      if (e instanceof OSError && e.errno === 11) return null;
      throw e;
    }
  }

  /**
   * Writes each of `lines` with {@linkcode SocketIO.write} (one `send`
   * each, as Python's raw file does).
   *
   * @param lines The byte strings.
   * @param options `signal`: stop waiting when it aborts (the lines before
   * the one waiting were sent).
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async writelines(
    lines: Iterable<ArrayBufferView | ArrayBuffer>,
    options?: WaitOptions,
  ): Promise<void> {
    this.#open();
    const items = toList(
      lines,
      `'${pyTypeName(lines)}' object is not iterable`,
    );
    const signal = waitSignal(options, "writelines");
    for (const line of items) await this.write(line, { signal });
  }

  /**
   * Nothing to send: a raw file holds no buffer.
   *
   * @throws {ValueError} `I/O operation on closed file.`
   */
  flush(): Promise<void> {
    try {
      this.#open();
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * A socket is not a terminal.
   *
   * @returns `false`.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  isatty(): boolean {
    this.#open();
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
   * @throws {UnsupportedOperation} `seek`, always.
   */
  seek(_offset: number, _whence = 0): never {
    throw new UnsupportedOperation("seek");
  }

  /**
   * A socket cannot be truncated.
   *
   * @param _size Ignored.
   * @throws {UnsupportedOperation} `truncate`, always.
   */
  truncate(_size?: number | null): never {
    throw new UnsupportedOperation("truncate");
  }

  /** Closes the file (not the socket, unless `sock.close()` was called). */
  close(): Promise<void> {
    if (this.#sock !== null) {
      this.#sock = null;
      this.#release();
    }
    return Promise.resolve();
  }

  /** Closes the file at the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /**
   * Python's repr.
   *
   * @returns `<socket.SocketIO object>`.
   */
  toString(): string {
    return "<socket.SocketIO object>";
  }

  #open(): Socket {
    if (this.#sock === null) {
      throw new ValueError("I/O operation on closed file.");
    }
    return this.#sock;
  }
}
