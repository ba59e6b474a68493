// Python's io.TextIOWrapper over a buffered socket file, as
// `sock.makefile("r" | "w" | "rw")` returns it.

import { ValueError } from "./errors.ts";
import { pyTypeName } from "./_validate.ts";
import { type Codec, codecFor } from "./_codecs.ts";
import type { BufferedIOBase } from "./buffered_io.ts";
import { DEFAULT_BUFFER_SIZE, UnsupportedOperation } from "./socketio.ts";

/** The `newline` values Python accepts. */
export const NEWLINES: readonly (string | null)[] = [
  null,
  "",
  "\n",
  "\r",
  "\r\n",
];

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
