// Python's io.BytesIO, as DatagramRequestHandler's rfile and wfile: bytes in
// memory, so every call is synchronous.

import { ValueError } from "../errors.ts";
import { pyTypeName, toBytes, toIndex } from "../_validate.ts";

/**
 * Python's `io.BytesIO`: a file over bytes in memory. `DatagramRequestHandler`
 * reads the datagram from one (`rfile`) and collects the reply in another
 * (`wfile`). Nothing waits, so nothing returns a Promise.
 *
 * @example Reading lines and collecting a reply
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 * const f = new socketserver.BytesIO(new TextEncoder().encode("a\nb\n"));
 * assert.deepStrictEqual([...f].map((l) => new TextDecoder().decode(l)), ["a\n", "b\n"]);
 * const out = new socketserver.BytesIO();
 * out.write(new Uint8Array([1, 2]));
 * assert.deepStrictEqual(out.getvalue(), new Uint8Array([1, 2]));
 * ```
 */
export class BytesIO implements Iterable<Uint8Array> {
  #buf: Uint8Array;
  #size: number;
  #pos = 0;
  #closed = false;

  /**
   * A file holding a copy of `initial_bytes`, positioned at its start.
   *
   * @param initial_bytes The starting content (any bytes-like object, or
   * `null`).
   * @throws {TypeError} `a bytes-like object is required, not 'str'`.
   */
  constructor(initial_bytes: ArrayBufferView | ArrayBuffer | null = null) {
    this.#buf = initial_bytes === null
      ? new Uint8Array()
      : toBytes(initial_bytes).slice();
    this.#size = this.#buf.length;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Up to `size` bytes from the position; everything left if `size` < 0.
   *
   * @param size How many bytes (default, `null` or negative: all).
   * @returns The bytes; empty at the end.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {TypeError} `argument should be integer or None, not 'str'`.
   */
  read(size: number | null = -1): Uint8Array {
    size = sizeArgument(size);
    this.#check();
    const end = size < 0 ? this.#size : Math.min(this.#size, this.#pos + size);
    const out = this.#buf.slice(Math.min(this.#pos, end), end);
    this.#pos = Math.max(this.#pos, end);
    return out;
  }

  /**
   * One line, with its `\n`; at most `size` bytes if `size` >= 0.
   *
   * @param size The longest line to return (default or `null`: no limit).
   * @returns The line; empty at the end.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {TypeError} `argument should be integer or None, not 'str'`.
   */
  readline(size: number | null = -1): Uint8Array {
    size = sizeArgument(size);
    this.#check();
    const view = this.#buf.subarray(0, this.#size);
    const newline = view.indexOf(0x0a, this.#pos);
    let end = newline === -1 ? this.#size : newline + 1;
    if (size >= 0) end = Math.min(end, this.#pos + size);
    return this.read(Math.max(end - this.#pos, 0));
  }

  /**
   * The remaining lines; stops once `hint` bytes were read, if `hint` > 0.
   *
   * @param hint How many bytes are enough (default or `null`: all).
   * @returns The lines.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {TypeError} `integer argument expected, got 'str'`.
   */
  readlines(hint: number | null = -1): Uint8Array[] {
    if (hint === null || hint === undefined) hint = -1;
    else if (!isInteger(hint)) {
      throw new TypeError(
        `integer argument expected, got '${pyTypeName(hint)}'`,
      );
    } else hint = toIndex(hint);
    const lines: Uint8Array[] = [];
    let total = 0;
    for (let line = this.readline(); line.length > 0; line = this.readline()) {
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return lines;
  }

  /**
   * Writes `b` at the position, growing the file as needed.
   *
   * @param b The bytes.
   * @returns How many bytes were written (all of them).
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {TypeError} `a bytes-like object is required, not 'str'`.
   */
  write(b: ArrayBufferView | ArrayBuffer): number {
    const bytes = toBytes(b);
    this.#check();
    const end = this.#pos + bytes.length;
    if (end > this.#buf.length) {
      const grown = new Uint8Array(Math.max(end, this.#buf.length * 2));
      grown.set(this.#buf.subarray(0, this.#size));
      this.#buf = grown;
    }
    this.#buf.set(bytes, this.#pos);
    this.#pos = end;
    this.#size = Math.max(this.#size, end);
    return bytes.length;
  }

  /**
   * The whole content, wherever the position is.
   *
   * @returns A copy of the bytes.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  getvalue(): Uint8Array {
    this.#check();
    return this.#buf.slice(0, this.#size);
  }

  /**
   * The position.
   *
   * @returns The offset from the start.
   * @throws {ValueError} `I/O operation on closed file.`
   */
  tell(): number {
    this.#check();
    return this.#pos;
  }

  /**
   * Moves the position: from the start (`whence` 0), the position (1) or
   * the end (2).
   *
   * @param pos The offset.
   * @param whence 0, 1 or 2.
   * @returns The new position.
   * @throws {ValueError} `negative seek value -1`,
   * `invalid whence (3, should be 0, 1 or 2)`.
   * @throws {TypeError} `'str' object cannot be interpreted as an integer`.
   */
  seek(pos: number, whence = 0): number {
    pos = toIndex(pos);
    whence = toIndex(whence);
    this.#check();
    if (whence === 0 && pos < 0) {
      throw new ValueError(`negative seek value ${pos}`);
    }
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      throw new ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    const base = whence === 0 ? 0 : whence === 1 ? this.#pos : this.#size;
    this.#pos = Math.max(base + pos, 0);
    return this.#pos;
  }

  /**
   * Whether the file reads: always.
   *
   * @returns `true`.
   */
  readable(): boolean {
    this.#check();
    return true;
  }

  /**
   * Whether the file writes: always.
   *
   * @returns `true`.
   */
  writable(): boolean {
    this.#check();
    return true;
  }

  /** Frees the content; every later call raises `ValueError`. */
  close(): void {
    this.#closed = true;
    this.#buf = new Uint8Array();
    this.#size = 0;
  }

  /** Each remaining line, as `for line in f:` reads them. */
  *[Symbol.iterator](): Iterator<Uint8Array> {
    for (let line = this.readline(); line.length > 0; line = this.readline()) {
      yield line;
    }
  }

  #check(): void {
    if (this.#closed) throw new ValueError("I/O operation on closed file.");
  }
}

// An int, a bool or a bigint: what Python's index() takes without a float.
function isInteger(value: unknown): boolean {
  return typeof value === "boolean" || typeof value === "bigint" ||
    (typeof value === "number" && Number.isInteger(value));
}

// Python's size argument of read() and readline(): an integer or None.
function sizeArgument(size: unknown): number {
  if (size === null || size === undefined) return -1;
  if (!isInteger(size)) {
    throw new TypeError(
      `argument should be integer or None, not '${pyTypeName(size)}'`,
    );
  }
  return toIndex(size);
}
