// Python's socket.SocketIO: the raw file object under `sock.makefile()`,
// and io.UnsupportedOperation for a read or write in the wrong direction.

import { OSError, TimeoutError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { toBytes } from "./_validate.ts";
import { concat } from "./_bytes.ts";

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
 * the file's position in the stream is then unknown.
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
   * @returns The count, or `null`.
   * @throws {OSError} `cannot read from timed out object`; the socket's
   * errors (a `TimeoutError` marks the file timed out).
   */
  async readinto(b: ArrayBufferView | ArrayBuffer): Promise<number | null> {
    const sock = this.#open();
    if (!this.#mode.includes("r")) {
      throw new UnsupportedOperation("File or stream is not readable.");
    }
    if (this.#timedOut) {
      throw new OSError("cannot read from timed out object");
    }
    try {
      return await sock.recv_into(toBytes(b));
    } catch (e) {
      if (e instanceof TimeoutError) this.#timedOut = true;
      else if (e instanceof OSError && e.errno === 11) return null;
      throw e;
    }
  }

  /**
   * Up to `size` bytes with one `recv`, or (`size` < 0) everything up to
   * EOF; `null` when a non-blocking socket has nothing.
   *
   * @param size The most bytes; negative reads to EOF.
   * @returns The bytes, or `null`.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async read(size = -1): Promise<Uint8Array | null> {
    if (size < 0) return await this.readall();
    const b = new Uint8Array(size);
    const n = await this.readinto(b);
    return n === null ? null : b.subarray(0, n);
  }

  /**
   * Everything up to EOF.
   *
   * @returns The bytes, or `null` when a non-blocking socket has nothing.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readall(): Promise<Uint8Array | null> {
    const parts: Uint8Array[] = [];
    for (;;) {
      const part = await this.read(DEFAULT_BUFFER_SIZE);
      if (part === null) {
        if (parts.length === 0) return null;
        break;
      }
      if (part.length === 0) break;
      parts.push(part);
    }
    return concat(parts);
  }

  /**
   * One line, up to and with its `\n` (at most `limit` bytes if `limit` >=
   * 0). Unbuffered, as Python's raw files: it reads a byte at a time, so
   * nothing after the line is taken from the socket.
   *
   * @param limit The longest line to return (default: no limit).
   * @returns The line; empty at EOF (or when a non-blocking socket has
   * nothing).
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readline(limit = -1): Promise<Uint8Array> {
    const line: number[] = [];
    const byte = new Uint8Array(1);
    while (limit < 0 || line.length < limit) {
      if (!await this.readinto(byte)) break;
      line.push(byte[0]!);
      if (byte[0] === 0x0a) break;
    }
    return new Uint8Array(line);
  }

  /**
   * The remaining lines; stops once `hint` bytes were read, if `hint` > 0.
   *
   * @param hint How many bytes are enough (default: all).
   * @returns The lines.
   * @throws {OSError} As {@linkcode SocketIO.readinto}.
   */
  async readlines(hint = -1): Promise<Uint8Array[]> {
    const lines: Uint8Array[] = [];
    let total = 0;
    for await (const line of this) {
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return lines;
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
   * @returns The count, or `null`.
   * @throws {OSError} The socket's errors.
   */
  async write(b: ArrayBufferView | ArrayBuffer): Promise<number | null> {
    const sock = this.#open();
    if (!this.#mode.includes("w")) {
      throw new UnsupportedOperation("File or stream is not writable.");
    }
    try {
      return await sock.send(toBytes(b));
    } catch (e) {
      if (e instanceof OSError && e.errno === 11) return null;
      throw e;
    }
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
