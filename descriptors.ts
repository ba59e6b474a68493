// Python's module functions on descriptor numbers: close(fd), dup(fd),
// fromfd(). On the default engine the numbers are its own table's (what
// fileno() and detach() give); on the native engine, the kernel's.

import type { AddressOf } from "./address.ts";
import { Socket } from "./socket.ts";
import { toIndex } from "./_validate.ts";
import { engine } from "./_engine/transports.ts";

/**
 * Python's `socket.close(fd)`: closes a descriptor, such as one
 * `detach()` gave back.
 *
 * @param fd The descriptor number.
 * @throws {OSError} `EBADF` (9) if no socket descriptor has that number.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Closing a detached descriptor
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const fd = socket.socket().detach();
 * socket.close(fd);
 * assert.throws(() => socket.close(fd), (e) => e instanceof socket.OSError && e.errno === 9);
 * ```
 */
export function close(fd: number): void {
  engine.close(toIndex(fd));
}

/**
 * Python's `socket.dup(fd)`: a new descriptor number for the same socket.
 *
 * @param fd The descriptor number.
 * @returns The new number.
 * @throws {OSError} `EBADF` (9) if no socket descriptor has that number.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket();
 * const fd = socket.dup(s.fileno());
 * assert(fd !== s.fileno());
 * socket.close(fd);
 * ```
 */
export function dup(fd: number): number {
  return engine.dup(toIndex(fd));
}

/**
 * Python's `socket.fromfd(fd, family, type, proto)`: a new socket on a
 * duplicate of `fd` (the original stays open). Typed by the family and
 * type given, as {@linkcode socket} is.
 *
 * @typeParam F The family.
 * @typeParam K The type.
 * @param fd The descriptor number.
 * @param family The address family to give the socket.
 * @param type The socket type.
 * @param proto The protocol number (default 0).
 * @returns The new socket.
 * @throws {OSError} `EBADF` (9) if no socket descriptor has that number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket();
 * using f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM);
 * assert(f.fileno() !== s.fileno() && f.family === socket.AF_INET);
 * ```
 */
export function fromfd<F extends number, K extends number>(
  fd: number,
  family: F,
  type: K,
  proto = 0,
): Socket<AddressOf<F>, K> {
  const copy = dup(fd);
  try {
    return new Socket<AddressOf<F>, K>(family, type, proto, copy);
  } catch (e) {
    engine.close(copy);
    throw e;
  }
}
