// The file objects of `sock.makefile()`: Python's SocketIO (raw), the
// buffered readers and writers over it, and the text wrapper. Reads wait on
// the network, so they return Promises; so does anything that may flush.

import { OSError, TimeoutError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { oserror } from "./_oserror.ts";
import { pyTypeName, toBytes } from "./_validate.ts";
import { type Codec, codecFor } from "./_codecs.ts";

/** Python's `io.DEFAULT_BUFFER_SIZE`. */
const DEFAULT_BUFFER_SIZE = 8192;
const NEWLINE = 0x0a;

/**
 * Python's `io.UnsupportedOperation`: a read on a file opened for writing,
 * or the reverse.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import { assert } from "@std/assert";
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

/** The options of {@linkcode Socket.makefile}, Python's keyword arguments. */
export interface MakefileOptions {
  /** `0`: unbuffered (binary only); a positive size; `null` or `-1`: 8192. */
  buffering?: number | null;
  /** Text mode's encoding: `utf-8` (default), `latin-1` or `ascii`. */
  encoding?: string | null;
  /** Text mode's error handler: `strict` (default) or `replace`. */
  errors?: string | null;
  /** Text mode's newline handling: `null` (universal), `""`, `\n`, `\r`, `\r\n`. */
  newline?: string | null;
}

/**
 * Python's `socket.SocketIO`: the raw, unbuffered file object over a socket
 * (`sock.makefile("rb", { buffering: 0 })`). A read that times out makes
 * every later read fail with `cannot read from timed out object`, since
 * the file's position in the stream is then unknown.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import { assertEquals } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const raw = b.makefile("rb", { buffering: 0 });
 * await a.sendall(new Uint8Array([1, 2, 3]));
 * assertEquals(await raw.read(10), new Uint8Array([1, 2, 3]));
 * await raw.close();
 * ```
 */
export class SocketIO implements AsyncDisposable {
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

/**
 * What Python's `BufferedReader`, `BufferedWriter` and `BufferedRWPair`
 * share: a read buffer for `read`/`readline`/iteration, a write buffer that
 * `flush` sends. A file opened only for reading (or writing) raises
 * {@linkcode UnsupportedOperation} for the other direction, as in Python.
 */
export class BufferedIOBase
  implements AsyncIterable<Uint8Array>, AsyncDisposable {
  readonly #raw: SocketIO;
  readonly #size: number;
  readonly #reads: boolean;
  readonly #writes: boolean;
  #closed = false;
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
    return this.#raw;
  }

  /** The raw file's mode: `rb`, `wb` or `rwb`. */
  get mode(): string {
    return this.#raw.mode;
  }

  /** The socket's descriptor number, `-1` once closed. */
  get name(): number {
    return this.#raw.name;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * The socket's descriptor number.
   *
   * @returns The number.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  fileno(): number {
    return this.#raw.fileno();
  }

  /**
   * Whether the file reads.
   *
   * @returns Whether the mode has `r`.
   */
  readable(): boolean {
    return this.#reads;
  }

  /**
   * Whether the file writes.
   *
   * @returns Whether the mode has `w`.
   */
  writable(): boolean {
    return this.#writes;
  }

  /**
   * A socket cannot seek.
   *
   * @returns `false`.
   */
  seekable(): boolean {
    return false;
  }

  /**
   * `size` bytes, fewer only at EOF; with no `size` (or a negative one),
   * everything up to EOF. Waits as the socket's timeout allows.
   *
   * @param size How many bytes.
   * @returns The bytes; empty at EOF.
   * @throws {ValueError} `read of closed file`.
   * @throws {OSError} The socket's errors; `TimeoutError` first, then
   * `cannot read from timed out object`.
   */
  async read(size = -1): Promise<Uint8Array> {
    this.#checkRead("read of closed file");
    const parts: Uint8Array[] = [];
    let have = 0;
    const buffered = this.#take(size < 0 ? Infinity : size);
    if (buffered.length > 0) parts.push(buffered);
    have += buffered.length;
    while (size < 0 || have < size) {
      const chunk = new Uint8Array(
        size < 0 ? Math.max(this.#size, 65536) : size - have,
      );
      const n = await this.#raw.readinto(chunk);
      if (n === null || n === 0) break;
      parts.push(chunk.subarray(0, n));
      have += n;
    }
    return concat(parts);
  }

  /**
   * At most `size` bytes with at most one read from the socket.
   *
   * @param size The most bytes; negative means whatever is there.
   * @returns The bytes; empty at EOF.
   * @throws {ValueError} `read of closed file`.
   * @throws {OSError} As {@linkcode BufferedIOBase.read}.
   */
  async read1(size = -1): Promise<Uint8Array> {
    this.#checkRead("read of closed file");
    if (this.#available === 0) await this.#fill();
    return this.#take(size < 0 ? Infinity : size);
  }

  /**
   * The buffered bytes without consuming them, reading once if none are.
   *
   * @param _size Ignored, as in Python.
   * @returns The bytes.
   * @throws {ValueError} `peek of closed file`.
   */
  async peek(_size = 0): Promise<Uint8Array> {
    this.#checkRead("peek of closed file");
    if (this.#available === 0) await this.#fill();
    return this.#buf.slice(this.#pos);
  }

  /**
   * Fills `b` as {@linkcode BufferedIOBase.read} would.
   *
   * @param b Where the bytes go.
   * @returns How many bytes were read.
   * @throws {ValueError} `readinto of closed file`.
   */
  async readinto(b: ArrayBufferView | ArrayBuffer): Promise<number> {
    const target = toBytes(b);
    this.#checkRead("readinto of closed file");
    const data = await this.read(target.length);
    target.set(data);
    return data.length;
  }

  /**
   * One line, ending with `\n` (except at EOF), at most `limit` bytes.
   *
   * @param limit The most bytes; negative means no limit.
   * @returns The line; empty at EOF.
   * @throws {ValueError} `readline of closed file`.
   * @throws {OSError} As {@linkcode BufferedIOBase.read}.
   */
  async readline(limit = -1): Promise<Uint8Array> {
    this.#checkRead("readline of closed file");
    const max = limit < 0 ? Infinity : limit;
    let scanned = 0;
    for (;;) {
      const end = this.#buf.indexOf(NEWLINE, this.#pos + scanned);
      if (end !== -1) return this.#take(Math.min(end - this.#pos + 1, max));
      scanned = this.#available;
      if (scanned >= max) return this.#take(max);
      const n = await this.#fill();
      if (n === null || n === 0) return this.#take(max);
    }
  }

  /**
   * Lines until EOF, or until their total length reaches `hint`.
   *
   * @param hint Stop once this many bytes are read; negative: no limit.
   * @returns The lines.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async readlines(hint = -1): Promise<Uint8Array[]> {
    this.#checkRead("I/O operation on closed file.");
    const lines: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const line = await this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) return lines;
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
   * @returns `b`'s length.
   * @throws {ValueError} `write to closed file`.
   * @throws {OSError} The socket's errors, when the buffer is sent.
   */
  async write(b: ArrayBufferView | ArrayBuffer): Promise<number> {
    const bytes = toBytes(b);
    if (!this.#writes) throw new UnsupportedOperation("write");
    if (this.#closed) throw new ValueError("write to closed file");
    this.#pending.push(bytes.slice());
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= this.#size) await this.#send();
    return bytes.length;
  }

  /**
   * Sends every buffered byte.
   *
   * @throws {ValueError} `flush of closed file`.
   * @throws {OSError} The socket's errors; `BlockingIOError` when a
   * non-blocking socket cannot take them all.
   */
  async flush(): Promise<void> {
    if (this.#closed) throw new ValueError("flush of closed file");
    await this.#send();
  }

  /**
   * Flushes, then closes the file. The socket stays open unless
   * `sock.close()` was called, in which case it closes now.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.#send();
    } finally {
      this.#closed = true;
      this.#buf = new Uint8Array(0);
      this.#pos = 0;
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
    return this.#reads && this.#writes
      ? `<_io.${this.constructor.name} object>`
      : `<_io.${this.constructor.name} name=${this.name}>`;
  }

  get #available(): number {
    return this.#buf.length - this.#pos;
  }

  #checkRead(closedMessage: string): void {
    if (!this.#reads) throw new UnsupportedOperation("read");
    if (this.#closed) throw new ValueError(closedMessage);
  }

  // One read from the socket into the buffer; its count, 0 at EOF, null if
  // a non-blocking socket has nothing.
  async #fill(): Promise<number | null> {
    const chunk = new Uint8Array(this.#size);
    const n = await this.#raw.readinto(chunk);
    if (n === null || n === 0) return n;
    this.#buf = this.#available === 0
      ? chunk.subarray(0, n)
      : concat([this.#buf.subarray(this.#pos), chunk.subarray(0, n)]);
    this.#pos = 0;
    return n;
  }

  #take(n: number): Uint8Array {
    const count = Math.min(n, this.#available);
    const out = this.#buf.slice(this.#pos, this.#pos + count);
    this.#pos += count;
    return out;
  }

  async #send(): Promise<void> {
    while (this.#pending.length > 0) {
      const data = this.#pending.length === 1
        ? this.#pending[0]!
        : concat(this.#pending);
      this.#pending = [data];
      const n = await this.#raw.write(data);
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
 * import { assertEquals } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _b = b;
 * await a.sendall(new TextEncoder().encode("line1\nline2\n"));
 * a.close();
 * const f = b.makefile("rb");
 * assertEquals(new TextDecoder().decode(await f.readline()), "line1\n");
 * assertEquals(new TextDecoder().decode(await f.read()), "line2\n");
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
 * import { assertEquals } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const w = a.makefile("wb");
 * await w.write(new Uint8Array([97, 98, 99]));
 * await w.flush();
 * assertEquals(await b.recv(10), new Uint8Array([97, 98, 99]));
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
 * import { assertEquals } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const f = a.makefile("rwb");
 * await f.write(new Uint8Array([1]));
 * await f.flush();
 * await b.sendall(await b.recv(1));
 * assertEquals(await f.read(1), new Uint8Array([1]));
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
}

const NEWLINES = [null, "", "\n", "\r", "\r\n"];

/**
 * Python's `io.TextIOWrapper`, as `sock.makefile("r")`/`("w")` returns it:
 * text over a buffered binary file. `newline` works as in Python: `null`
 * reads `\r\n` and `\r` as `\n`; `""` splits lines at any of them but keeps
 * them; `\n`, `\r`, `\r\n` split only there, and writing turns `\n` into
 * them. Sizes count UTF-16 code units, not Python's code points.
 *
 * @example Reading a line of text
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import { assertEquals } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.sendall(new TextEncoder().encode("héllo\n"));
 * const f = b.makefile("r", { encoding: "utf-8" });
 * assertEquals(await f.readline(), "héllo\n");
 * await f.close();
 * ```
 */
export class TextIOWrapper implements AsyncIterable<string>, AsyncDisposable {
  readonly #buffer: BufferedIOBase;
  readonly #codec: Codec;
  readonly #encoding: string;
  readonly #newline: string | null;
  /** The mode `makefile()` was given. */
  mode: string;
  #text = "";
  #eof = false;

  /**
   * Wraps a binary file in text, as Python's constructor.
   *
   * @param buffer The binary file below.
   * @param encoding `utf-8` (default), `latin-1` or `ascii`.
   * @param errors `strict` (default) or `replace`.
   * @param newline As in Python (see the class).
   * @throws {ValueError} `illegal newline value: …`.
   */
  constructor(
    buffer: BufferedIOBase,
    encoding = "utf-8",
    errors = "strict",
    newline: string | null = null,
  ) {
    if (!NEWLINES.includes(newline)) {
      throw new ValueError(`illegal newline value: ${newline}`);
    }
    this.#codec = codecFor(encoding, errors);
    this.#buffer = buffer;
    this.#encoding = encoding;
    this.#newline = newline;
    this.mode = buffer.readable() && buffer.writable()
      ? "rw"
      : buffer.readable()
      ? "r"
      : "w";
  }

  /** The binary file below. */
  get buffer(): BufferedIOBase {
    return this.#buffer;
  }

  /** The encoding's name, as given. */
  get encoding(): string {
    return this.#encoding;
  }

  /** The socket's descriptor number, `-1` once closed. */
  get name(): number {
    return this.#buffer.name;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#buffer.closed;
  }

  /**
   * Up to `size` characters, fewer only at EOF; everything up to EOF when
   * `size` is negative.
   *
   * @param size How many characters.
   * @returns The text; empty at EOF.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {UnsupportedOperation} `not readable`.
   */
  async read(size = -1): Promise<string> {
    this.#checkRead();
    while (!this.#eof && (size < 0 || this.#text.length < size)) {
      if (!await this.#more()) break;
    }
    const n = size < 0 ? this.#text.length : Math.min(size, this.#text.length);
    const out = this.#text.slice(0, n);
    this.#text = this.#text.slice(n);
    return out;
  }

  /**
   * One line with its ending, at most `size` characters.
   *
   * @param size The most characters; negative means no limit.
   * @returns The line; empty at EOF.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async readline(size = -1): Promise<string> {
    this.#checkRead();
    const max = size < 0 ? Infinity : size;
    for (;;) {
      const end = this.#lineEnd();
      if (end !== -1 || this.#text.length >= max || this.#eof) {
        const n = Math.min(end === -1 ? this.#text.length : end, max);
        const line = this.#text.slice(0, n);
        this.#text = this.#text.slice(n);
        return line;
      }
      if (!await this.#more()) return "";
    }
  }

  /**
   * Lines until EOF, or until their total length reaches `hint`.
   *
   * @param hint Stop once this many characters are read; negative: no limit.
   * @returns The lines.
   */
  async readlines(hint = -1): Promise<string[]> {
    const lines: string[] = [];
    let total = 0;
    for (;;) {
      const line = await this.readline();
      if (line === "") return lines;
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) return lines;
    }
  }

  /**
   * Lines until EOF: `for await (const line of f)`.
   *
   * @returns The lines, each with its ending.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      const line = await this.readline();
      if (line === "") return;
      yield line;
    }
  }

  /**
   * Encodes and buffers `s` (call `flush()` to send it).
   *
   * @param s The text.
   * @returns `s`'s length.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {UnsupportedOperation} `not writable`.
   */
  async write(s: string): Promise<number> {
    if (this.closed) throw new ValueError("I/O operation on closed file.");
    if (!this.#buffer.writable()) {
      throw new UnsupportedOperation("not writable");
    }
    if (typeof s !== "string") {
      throw new TypeError(
        `write() argument must be str, not ${pyTypeName(s)}`,
      );
    }
    const text = this.#newline === "\r" || this.#newline === "\r\n"
      ? s.replaceAll("\n", this.#newline)
      : s;
    await this.#buffer.write(this.#codec.encode(text));
    return s.length;
  }

  /**
   * Sends the buffered text.
   *
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async flush(): Promise<void> {
    if (this.closed) throw new ValueError("I/O operation on closed file.");
    await this.#buffer.flush();
  }

  /** Flushes and closes the file (and the binary file below). */
  async close(): Promise<void> {
    await this.#buffer.close();
  }

  /** Closes the file at the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /**
   * Python's repr: `<_io.TextIOWrapper name=3 mode='r' encoding='utf-8'>`.
   *
   * @returns The representation.
   */
  toString(): string {
    return `<_io.TextIOWrapper name=${this.name} mode='${this.mode}' encoding='${this.#encoding}'>`;
  }

  #checkRead(): void {
    if (this.closed) throw new ValueError("I/O operation on closed file.");
    if (!this.#buffer.readable()) {
      throw new UnsupportedOperation("not readable");
    }
  }

  // Where the first line of #text ends (after its terminator), or -1.
  #lineEnd(): number {
    const text = this.#text;
    switch (this.#newline) {
      case null:
      case "\n": {
        const i = text.indexOf("\n");
        return i === -1 ? -1 : i + 1;
      }
      case "": {
        const match = /\r\n|\r|\n/.exec(text);
        if (match === null) return -1;
        // A final \r may be the start of \r\n: wait for the next character.
        if (
          match[0] === "\r" && match.index === text.length - 1 && !this.#eof
        ) {
          return -1;
        }
        return match.index + match[0].length;
      }
      default: {
        const i = text.indexOf(this.#newline);
        return i === -1 ? -1 : i + this.#newline.length;
      }
    }
  }

  // Decodes one more chunk; false when a non-blocking socket has nothing.
  async #more(): Promise<boolean> {
    const chunk = await this.#buffer.read1(DEFAULT_BUFFER_SIZE);
    if (chunk.length === 0) this.#eof = true;
    let text = this.#codec.decode(chunk, chunk.length === 0);
    if (this.#newline === null) {
      // A \r at the end of #text was held back: it may start a \r\n.
      text = this.#text + text;
      const held = !this.#eof && text.endsWith("\r");
      if (held) text = text.slice(0, -1);
      this.#text = text.replaceAll("\r\n", "\n").replaceAll("\r", "\n") +
        (held ? "\r" : "");
      return true;
    }
    this.#text += text;
    return true;
  }
}

/**
 * `sock.makefile(mode, options)`: checks the arguments as Python does, then
 * takes a reference on the socket (`acquire`) and builds the file.
 */
export function openFile(
  sock: Socket,
  mode: string,
  options: MakefileOptions,
  acquire: () => () => void,
): SocketIO | BufferedIOBase | TextIOWrapper {
  if (typeof mode !== "string" || ![...mode].every((c) => "rwb".includes(c))) {
    throw new ValueError(
      `invalid mode '${String(mode)}' (only r, w, b allowed)`,
    );
  }
  const writing = mode.includes("w");
  const reading = mode.includes("r") || !writing;
  const binary = mode.includes("b");
  let buffering = options.buffering ?? -1;
  if (buffering < 0) buffering = DEFAULT_BUFFER_SIZE;
  if (buffering === 0 && !binary) {
    throw new ValueError("unbuffered streams must be binary");
  }
  const newline = options.newline ?? null;
  if (!binary && !NEWLINES.includes(newline)) {
    throw new ValueError(`illegal newline value: ${newline}`);
  }
  const encoding = options.encoding ?? "utf-8";
  const errors = options.errors ?? "strict";
  if (!binary) codecFor(encoding, errors);
  const rawmode = (reading ? "r" : "") + (writing ? "w" : "") + "b";
  const raw = new SocketIO(sock, rawmode, acquire());
  if (buffering === 0) return raw;
  const buffer = reading && writing
    ? new BufferedRWPair(raw, buffering)
    : reading
    ? new BufferedReader(raw, buffering)
    : new BufferedWriter(raw, buffering);
  if (binary) return buffer;
  const text = new TextIOWrapper(buffer, encoding, errors, newline);
  text.mode = mode;
  return text;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
