// Python's io.TextIOWrapper over a buffered socket file, as
// `sock.makefile("r" | "w" | "rw")` returns it.

import { ValueError } from "./errors.ts";
import {
  pyTypeName,
  toList,
  toOptionalSize,
  toSsize,
  waitSignal,
} from "./_validate.ts";
import { type Codec, codecFor } from "./_codecs.ts";
import type { BufferedIOBase } from "./buffered_io.ts";
import { DEFAULT_BUFFER_SIZE, UnsupportedOperation } from "./socketio.ts";
import type { WaitOptions } from "./wait_options.ts";

/** The `newline` values Python accepts. */
export const NEWLINES: readonly (string | null)[] = [
  null,
  "",
  "\n",
  "\r",
  "\r\n",
];

/** The keyword arguments of {@linkcode TextIOWrapper.reconfigure}. */
export interface ReconfigureOptions {
  /** A new encoding (before the first read only). */
  encoding?: string | null;
  /** A new error handler. */
  errors?: string | null;
  /** A new newline mode (before the first read only). */
  newline?: string | null;
  /** Flush on every write that holds a line ending. */
  line_buffering?: boolean | null;
  /** Python's `write_through`. */
  write_through?: boolean | null;
}

const RECONFIGURE_KEYS = [
  "encoding",
  "errors",
  "newline",
  "line_buffering",
  "write_through",
];

// The first \r or \n from lastIndex on (newline="" ends lines at any).
const ANY_END = /[\r\n]/g;

/**
 * Python's `io.TextIOWrapper`, as `sock.makefile("r")`/`("w")` returns it:
 * text over a buffered binary file. `newline` works as in Python: `null`
 * reads `\r\n` and `\r` as `\n`; `""` splits lines at any of them but keeps
 * them; `\n`, `\r`, `\r\n` split only there, and writing turns `\n` into
 * them. Sizes count UTF-16 code units, not Python's code points. Every
 * method that can wait takes `{ signal }` last, as the binary files do; an
 * abort loses no text.
 *
 * @example Reading a line of text
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.sendall(new TextEncoder().encode("héllo\n"));
 * const f = b.makefile("r", { encoding: "utf-8" });
 * assert.deepStrictEqual(await f.readline(), "héllo\n");
 * await f.close();
 * ```
 */
export class TextIOWrapper implements AsyncIterable<string>, AsyncDisposable {
  readonly #buffer: BufferedIOBase;
  #codec: Codec;
  #encoding: string;
  #errors: string;
  #newline: string | null;
  #lineBuffering = false;
  #writeThrough = false;
  #detached = false;
  // Which line endings reading has met (CR 1, LF 2, CRLF 4), and whether
  // reading has begun (the encoding and newline are fixed from then on).
  #seen = 0;
  #started = false;
  /** The mode `makefile()` was given. */
  mode: string;
  // Decoded, unread text is #text from #pos; #held is a final \r waiting
  // to see whether a \n follows (universal newlines).
  #text = "";
  #pos = 0;
  #held = "";
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
    this.#errors = errors;
    this.#newline = newline;
    this.mode = buffer.readable() && buffer.writable()
      ? "rw"
      : buffer.readable()
      ? "r"
      : "w";
  }

  /** The binary file below. */
  get buffer(): BufferedIOBase {
    return this.#file();
  }

  /** The encoding's name, as given. */
  get encoding(): string {
    return this.#encoding;
  }

  /** The error handler's name: `strict` or `replace`. */
  get errors(): string {
    return this.#errors;
  }

  /** Whether a write with a line ending in it flushes. */
  get line_buffering(): boolean {
    return this.#lineBuffering;
  }

  /** Python's `write_through`: kept for `reconfigure()`. */
  get write_through(): boolean {
    return this.#writeThrough;
  }

  /**
   * The line endings reading has met (universal newlines only): `null`,
   * one of `"\r"`, `"\n"`, `"\r\n"`, or an array of them in that order.
   */
  get newlines(): string | string[] | null {
    const seen = ["\r", "\n", "\r\n"].filter((_, i) => this.#seen & (1 << i));
    return seen.length === 0 ? null : seen.length === 1 ? seen[0]! : seen;
  }

  /** The socket's descriptor number, `-1` once closed. */
  get name(): number {
    return this.#file().name;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#file().closed;
  }

  /**
   * The socket's descriptor number.
   *
   * @returns The number.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {UnsupportedOperation} `fileno` for a file opened `rw`.
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
    return this.#file().readable();
  }

  /**
   * Whether the file writes.
   *
   * @returns Whether the mode has `w`.
   * @throws {ValueError} `I/O operation on closed socket.`
   */
  writable(): boolean {
    return this.#file().writable();
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
   * @throws {UnsupportedOperation} `underlying stream is not seekable`.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  tell(): never {
    this.#checkOpen();
    throw new UnsupportedOperation("underlying stream is not seekable");
  }

  /**
   * A socket cannot seek.
   *
   * @param _offset Ignored.
   * @param _whence Ignored.
   * @throws {UnsupportedOperation} `underlying stream is not seekable`.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  seek(_offset: number, _whence = 0): never {
    this.#checkOpen();
    throw new UnsupportedOperation("underlying stream is not seekable");
  }

  /**
   * A socket cannot be truncated.
   *
   * @param _size Ignored.
   * @throws {UnsupportedOperation} `truncate`.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  truncate(_size?: number | null): never {
    this.#checkOpen();
    throw new UnsupportedOperation("truncate");
  }

  /**
   * Flushes, then hands back the binary file; this file is unusable after.
   *
   * @returns The {@linkcode BufferedIOBase} below.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async detach(): Promise<BufferedIOBase> {
    this.#checkOpen();
    await this.#buffer.flush();
    this.#detached = true;
    return this.#buffer;
  }

  /**
   * Python's `reconfigure()`: a new encoding, error handler or newline
   * (only before the first read), `line_buffering`, `write_through`.
   *
   * @param options Python's keyword arguments.
   * @throws {UnsupportedOperation} `It is not possible to set the encoding
   * or newline of stream after the first read`.
   * @throws {ValueError} `illegal newline value: …`.
   */
  async reconfigure(options: ReconfigureOptions = {}): Promise<void> {
    this.#file();
    for (const name of Object.keys(options ?? {})) {
      if (!RECONFIGURE_KEYS.includes(name)) {
        throw new TypeError(
          `'${name}' is an invalid keyword argument for reconfigure()`,
        );
      }
    }
    const { encoding, errors, newline } = options ?? {};
    for (const [name, value] of [["errors", errors], ["encoding", encoding]]) {
      if (value !== undefined && value !== null && typeof value !== "string") {
        throw new TypeError(
          `reconfigure() argument '${name}' must be str or None, not ${
            pyTypeName(value)
          }`,
        );
      }
    }
    if (newline !== undefined && !NEWLINES.includes(newline)) {
      throw new ValueError(`illegal newline value: ${newline}`);
    }
    const changesCodec = (encoding ?? null) !== null ||
      (errors ?? null) !== null;
    if ((changesCodec || newline !== undefined) && this.#started) {
      throw new UnsupportedOperation(
        "It is not possible to set the encoding or newline of stream after the first read",
      );
    }
    await this.flush();
    if (changesCodec) {
      // A new encoding without an error handler is strict, as in Python.
      const nextErrors = errors ?? (encoding ? "strict" : this.#errors);
      const nextEncoding = encoding ?? this.#encoding;
      this.#codec = codecFor(nextEncoding, nextErrors);
      this.#encoding = nextEncoding;
      this.#errors = nextErrors;
    }
    if (newline !== undefined) this.#newline = newline;
    if (options?.line_buffering != null) {
      this.#lineBuffering = Boolean(options.line_buffering);
    }
    if (options?.write_through != null) {
      this.#writeThrough = Boolean(options.write_through);
    }
  }

  /**
   * Up to `size` characters, fewer only at EOF; everything up to EOF when
   * `size` is negative.
   *
   * @param size How many characters.
   * @param options `signal`: stop waiting when it aborts; the text read so
   * far is read again by the next call.
   * @returns The text; empty at EOF.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {UnsupportedOperation} `not readable`.
   */
  async read(
    size: number | null = -1,
    options?: WaitOptions,
  ): Promise<string> {
    // Python converts the size first, ahead of the closed check.
    const n = toOptionalSize(size);
    this.#checkRead();
    const signal = waitSignal(options, "read");
    const want = n < 0 ? Infinity : n;
    // Decoded chunks are gathered and joined once: linear in the text read.
    const parts: string[] = [];
    let have = 0;
    for (;;) {
      const part = this.#take(want - have);
      parts.push(part);
      have += part.length;
      if (have >= want || this.#eof) return parts.join("");
      await this.#more(signal, parts);
    }
  }

  /**
   * One line with its ending, at most `size` characters.
   *
   * @param size The most characters; negative means no limit.
   * @param options `signal`: stop waiting when it aborts; the part of the
   * line read so far is read again by the next call.
   * @returns The line; empty at EOF.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async readline(size = -1, options?: WaitOptions): Promise<string> {
    const n = toSsize(size);
    this.#checkRead();
    const signal = waitSignal(options, "readline");
    const max = n < 0 ? Infinity : n;
    const parts: string[] = [];
    let have = 0;
    for (;;) {
      const end = this.#lineEnd();
      const available = this.#text.length - this.#pos;
      if (end !== -1 || have + available >= max || this.#eof) {
        parts.push(
          this.#take(
            Math.min(end === -1 ? available : end - this.#pos, max - have),
          ),
        );
        return parts.join("");
      }
      // Keep a final \r back: it may start the \r\n that ends the line.
      const carry = this.#splitsAtCr() ? 1 : 0;
      const part = this.#take(available - carry);
      parts.push(part);
      have += part.length;
      await this.#more(signal, parts);
    }
  }

  /**
   * Lines until EOF, or until their total length passes `hint`.
   *
   * @param hint Stop once more than this many characters are read; 0 or
   * negative: no limit.
   * @param options `signal`: stop waiting when it aborts; the lines read so
   * far are read again by the next call.
   * @returns The lines.
   */
  async readlines(
    hint: number | null = -1,
    options?: WaitOptions,
  ): Promise<string[]> {
    const most = toOptionalSize(hint);
    this.#checkRead();
    const signal = waitSignal(options, "readlines");
    const lines: string[] = [];
    let total = 0;
    try {
      for (;;) {
        const line = await this.readline(-1, { signal });
        if (line === "") return lines;
        lines.push(line);
        total += line.length;
        if (most > 0 && total > most) return lines;
      }
    } catch (e) {
      if (signal?.aborted) this.#unread(lines);
      throw e;
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
   * @param options `signal`: stop waiting when it aborts; the text stays
   * in the write buffer, sent with the next `write` or `flush`.
   * @returns `s`'s length.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {UnsupportedOperation} `not writable`.
   */
  async write(s: string, options?: WaitOptions): Promise<number> {
    // Python checks the argument's type first, then the file.
    if (typeof s !== "string") {
      const type = s === null || s === undefined ? "None" : pyTypeName(s);
      throw new TypeError(`write() argument must be str, not ${type}`);
    }
    this.#checkOpen();
    if (!this.#buffer.writable()) {
      throw new UnsupportedOperation("not writable");
    }
    const signal = waitSignal(options, "write");
    const text = this.#newline === "\r" || this.#newline === "\r\n"
      ? s.replaceAll("\n", this.#newline)
      : s;
    await this.#buffer.write(this.#codec.encode(text), { signal });
    if (this.#lineBuffering && /[\r\n]/.test(s)) {
      await this.#buffer.flush({ signal });
    }
    return s.length;
  }

  /**
   * Writes each of `lines`, as {@linkcode TextIOWrapper.write}.
   *
   * @param lines The strings.
   * @param options `signal`: stop waiting when it aborts.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async writelines(
    lines: Iterable<string>,
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
   * Sends the buffered text.
   *
   * @param options `signal`: stop waiting when it aborts; what was not
   * sent stays buffered.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  async flush(options?: WaitOptions): Promise<void> {
    this.#checkOpen();
    await this.#buffer.flush({ signal: waitSignal(options, "flush") });
  }

  /** Flushes and closes the file (and the binary file below). */
  async close(): Promise<void> {
    await this.#file().close();
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
    // A detached file has no name: Python's repr leaves it out.
    const name = this.#detached ? "" : ` name=${this.name}`;
    return `<_io.TextIOWrapper${name} mode='${this.mode}' encoding='${this.#encoding}'>`;
  }

  // The binary file, unless detach() handed it back.
  #file(): BufferedIOBase {
    if (this.#detached) {
      throw new ValueError("underlying buffer has been detached");
    }
    return this.#buffer;
  }

  #checkOpen(): void {
    if (this.#file().closed) {
      throw new ValueError("I/O operation on closed file.");
    }
  }

  #checkRead(): void {
    this.#checkOpen();
    if (!this.#buffer.readable()) {
      throw new UnsupportedOperation("not readable");
    }
  }

  // Whether a line end can be \r\n and the unread text ends with a \r.
  #splitsAtCr(): boolean {
    return (this.#newline === "" || this.#newline === "\r\n") &&
      this.#text.length > this.#pos && this.#text.endsWith("\r");
  }

  // The next `n` characters (at most what is decoded), consumed.
  #take(n: number): string {
    const end = Math.min(this.#pos + n, this.#text.length);
    const out = this.#text.slice(this.#pos, end);
    this.#pos = end;
    return out;
  }

  // Where the first line of the unread text ends (after its terminator), or
  // -1. Only the unread part of one decoded chunk is scanned.
  #lineEnd(): number {
    const text = this.#text;
    const from = this.#pos;
    switch (this.#newline) {
      case null:
      case "\n": {
        const i = text.indexOf("\n", from);
        return i === -1 ? -1 : i + 1;
      }
      case "": {
        ANY_END.lastIndex = from;
        const i = ANY_END.exec(text)?.index ?? -1;
        if (i === -1 || text[i] === "\n") return i === -1 ? -1 : i + 1;
        if (i + 1 < text.length) return text[i + 1] === "\n" ? i + 2 : i + 1;
        // A final \r may be the start of \r\n: wait for the next character.
        return this.#eof ? i + 1 : -1;
      }
      default: {
        const i = text.indexOf(this.#newline, from);
        return i === -1 ? -1 : i + this.#newline.length;
      }
    }
  }

  // Decodes one more chunk after the unread text. With universal newlines
  // (newline null or ""), a final \r is held back until the next chunk
  // shows whether a \n follows, and the endings met are noted.
  // An abort gives back `taken`, the text the call had gathered.
  async #more(signal: AbortSignal | undefined, taken: string[]): Promise<void> {
    this.#started = true;
    let chunk: Uint8Array;
    try {
      chunk = await this.#buffer.read1(DEFAULT_BUFFER_SIZE, { signal });
    } catch (e) {
      if (signal?.aborted) this.#unread(taken);
      throw e;
    }
    if (chunk.length === 0) this.#eof = true;
    let text = this.#held + this.#codec.decode(chunk, chunk.length === 0);
    this.#held = "";
    if (this.#newline === null || this.#newline === "") {
      if (!this.#eof && text.endsWith("\r")) {
        this.#held = "\r";
        text = text.slice(0, -1);
      }
      if (/\r(?!\n)/.test(text)) this.#seen |= 1;
      if (/(?<!\r)\n/.test(text)) this.#seen |= 2;
      if (text.includes("\r\n")) this.#seen |= 4;
      if (this.#newline === null) {
        text = text.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
      }
    }
    this.#text = this.#text.slice(this.#pos) + text;
    this.#pos = 0;
  }

  // Puts text an aborted read had taken back, ahead of the unread text.
  #unread(parts: string[]): void {
    this.#text = parts.join("") + this.#text.slice(this.#pos);
    this.#pos = 0;
  }
}
