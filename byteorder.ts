// Byte-order conversions: Python's htons/ntohs (a C int, then 16 bits) and
// htonl/ntohl (a C unsigned long, then 32 bits), with CPython's exact
// OverflowError and TypeError messages.

import { OverflowError } from "./errors.ts";
import { pyTypeName } from "./_validate.ts";

// The byte swaps, for values already known to be in range.
function swap16(x: number): number {
  return (x & 0xff) << 8 | x >> 8;
}

function swap32(x: number): number {
  return ((x & 0xff) << 24 | (x & 0xff00) << 8 | (x >>> 8 & 0xff00) |
    x >>> 24) >>> 0;
}

// The slow path (bigints, booleans, out-of-range and non-integer values):
// integers are compared as bigints so that the limits at 2**63 and 2**64
// are exact.
function integer(value: unknown): bigint | null {
  if (typeof value === "bigint") return value;
  if (typeof value === "boolean") return value ? 1n : 0n;
  if (typeof value === "number" && Number.isInteger(value)) {
    return BigInt(value);
  }
  return null;
}

// Python's "i" argument conversion followed by the 16-bit range check.
function short(name: string, value: unknown): number {
  const n = integer(value);
  if (n === null) {
    throw new TypeError(
      `'${pyTypeName(value)}' object cannot be interpreted as an integer`,
    );
  }
  if (n >= 2n ** 63n || n < -(2n ** 63n)) {
    throw new OverflowError("Python int too large to convert to C long");
  }
  if (n > 2n ** 31n - 1n) {
    throw new OverflowError("signed integer is greater than maximum");
  }
  if (n < -(2n ** 31n)) {
    throw new OverflowError("signed integer is less than minimum");
  }
  if (n < 0n) {
    throw new OverflowError(
      `${name}: can't convert negative Python int to C 16-bit unsigned integer`,
    );
  }
  if (n > 0xffffn) {
    throw new OverflowError(
      `${name}: Python int too large to convert to C 16-bit unsigned integer`,
    );
  }
  return swap16(Number(n));
}

// Python's PyLong_AsUnsignedLong followed by the 32-bit check.
function long(value: unknown): number {
  const n = integer(value);
  if (n === null) {
    throw new TypeError(`expected int, ${pyTypeName(value)} found`);
  }
  if (n < 0n) {
    throw new OverflowError("can't convert negative value to unsigned int");
  }
  if (n >= 2n ** 64n) {
    throw new OverflowError(
      "Python int too large to convert to C unsigned long",
    );
  }
  if (n > 0xffffffffn) throw new OverflowError("int larger than 32 bits");
  return swap32(Number(n));
}

/**
 * Python's `socket.htons(x)`: a 16-bit integer from host to network byte
 * order (a byte swap on little-endian machines).
 *
 * @param x An integer in 0..65535.
 * @returns The swapped integer.
 * @throws {OverflowError} `htons: Python int too large to convert to C
 * 16-bit unsigned integer`, or for a negative value `htons: can't convert
 * negative Python int to C 16-bit unsigned integer`.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.htons(1), 256);
 * assert.deepStrictEqual(socket.htons(0x1234), 0x3412);
 * ```
 */
export function htons(x: number | bigint | boolean): number {
  // A plain integer in 0..65535 is the only value equal to its own low 16
  // bits (fractions, NaN, negatives and larger values all change).
  if (typeof x === "number" && (x & 0xffff) === x) return swap16(x);
  return short("htons", x);
}

/**
 * Python's `socket.ntohs(x)`: a 16-bit integer from network to host byte
 * order.
 *
 * @param x An integer in 0..65535.
 * @returns The swapped integer.
 * @throws {OverflowError} `ntohs: Python int too large to convert to C
 * 16-bit unsigned integer`, or the negative-value message.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.ntohs(256), 1);
 * ```
 */
export function ntohs(x: number | bigint | boolean): number {
  if (typeof x === "number" && (x & 0xffff) === x) return swap16(x);
  return short("ntohs", x);
}

/**
 * Python's `socket.htonl(x)`: a 32-bit integer from host to network byte
 * order.
 *
 * @param x An integer in 0..4294967295.
 * @returns The swapped integer.
 * @throws {OverflowError} `int larger than 32 bits`, or `can't convert
 * negative value to unsigned int`.
 * @throws {TypeError} `expected int, float found` for a non-integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.htonl(1), 16777216);
 * ```
 */
export function htonl(x: number | bigint | boolean): number {
  // A plain integer in 0..2**32-1 is the only value equal to its own
  // unsigned 32-bit conversion.
  if (typeof x === "number" && x >>> 0 === x) return swap32(x);
  return long(x);
}

/**
 * Python's `socket.ntohl(x)`: a 32-bit integer from network to host byte
 * order.
 *
 * @param x An integer in 0..4294967295.
 * @returns The swapped integer.
 * @throws {OverflowError} `int larger than 32 bits`, or `can't convert
 * negative value to unsigned int`.
 * @throws {TypeError} `expected int, str found` for a non-integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.ntohl(0x01020304), 0x04030201);
 * ```
 */
export function ntohl(x: number | bigint | boolean): number {
  if (typeof x === "number" && x >>> 0 === x) return swap32(x);
  return long(x);
}
