// Python's socketserver._SocketWriter: StreamRequestHandler's unbuffered
// wfile, which hands every write to sendall so nothing waits for a flush.

import { ValueError } from "../errors.ts";
import type { Socket } from "../socket.ts";
import { toBytes } from "../_validate.ts";

/**
 * Python's `socketserver._SocketWriter`: the `wfile` of a
 * `StreamRequestHandler` whose `wbufsize` is 0 (the default). Every
 * `write()` is one `sendall()`, so there is never anything to flush.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const w = new socketserver.SocketWriter(a);
 * assert.equal(await w.write(new Uint8Array([1, 2])), 2);
 * assert.deepStrictEqual(await b.recv(10), new Uint8Array([1, 2]));
 * await w.close();
 * ```
 */
export class SocketWriter implements AsyncDisposable {
  readonly #sock: Socket;
  #closed = false;

  /**
   * A writer over `sock`; closing it leaves the socket open.
   *
   * @param sock The connected socket.
   */
  constructor(sock: Socket) {
    this.#sock = sock;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Sends all of `b`.
   *
   * @param b The bytes.
   * @returns How many bytes were sent: all of them.
   * @throws {ValueError} `I/O operation on closed file.`
   * @throws {OSError} The socket's errors.
   */
  async write(b: ArrayBufferView | ArrayBuffer): Promise<number> {
    const bytes = toBytes(b);
    this.#check();
    await this.#sock.sendall(bytes);
    return bytes.length;
  }

  /**
   * Nothing is ever buffered.
   *
   * @throws {ValueError} `I/O operation on closed file.`
   */
  flush(): Promise<void> {
    this.#check();
    return Promise.resolve();
  }

  /**
   * Whether the file writes: always.
   *
   * @returns `true`.
   */
  writable(): boolean {
    return true;
  }

  /**
   * The socket's descriptor number.
   *
   * @returns The number.
   */
  fileno(): number {
    return this.#sock.fileno();
  }

  /** Closes the writer; the socket stays open. */
  close(): Promise<void> {
    this.#closed = true;
    return Promise.resolve();
  }

  /** Closes the writer at the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #check(): void {
    if (this.#closed) throw new ValueError("I/O operation on closed file.");
  }
}
