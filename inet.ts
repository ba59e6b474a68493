// Address conversions between text and packed bytes: Python's inet_aton,
// inet_ntoa, inet_pton and inet_ntop over glibc's rules in _inet.ts.

import { OSError, ValueError } from "./errors.ts";
import { oserror } from "./_oserror.ts";
import { toBytes, toCInt, toCString } from "./_validate.ts";
import {
  formatIPv4,
  formatIPv6,
  parseIPv4,
  parseIPv4Lenient,
  parseIPv6,
} from "./_inet.ts";

const AF_INET = 2;
const AF_INET6 = 10;

/**
 * Python's `socket.has_ipv6`: whether IPv6 is supported (it is).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.has_ipv6);
 * ```
 */
export const has_ipv6: boolean = true;

/**
 * Python's `socket.inet_aton(ip_string)`: an IPv4 address in any form
 * glibc's inet_aton accepts (`"127.1"`, `"0x7f.1"`, `"017.0.0.1"`,
 * `"4294967295"`; text after a space is ignored) as 4 packed bytes.
 *
 * @param ip_string The address text.
 * @returns The 4 bytes, in network order.
 * @throws {OSError} `illegal IP address string passed to inet_aton`.
 * @throws {TypeError} For an argument that is not a string.
 * @throws {ValueError} `embedded null character`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.inet_aton("127.1"), new Uint8Array([127, 0, 0, 1]));
 * ```
 */
export function inet_aton(ip_string: string): Uint8Array {
  // Common path: a string that parses. The scan stops at the first space,
  // so a NUL after it has not been seen yet and still needs the check.
  if (typeof ip_string === "string") {
    const bytes = parseIPv4Lenient(ip_string);
    if (bytes !== null && !ip_string.includes("\0")) return bytes;
  }
  return atonSlow(ip_string);
}

// Every argument the common path did not accept, checked in CPython's
// order so each failure raises its exact error.
function atonSlow(ip_string: unknown): Uint8Array {
  const bytes = parseIPv4Lenient(toCString(ip_string, "inet_aton", 1));
  if (bytes === null) {
    throw new OSError("illegal IP address string passed to inet_aton");
  }
  return bytes;
}

/**
 * Python's `socket.inet_ntoa(packed_ip)`: 4 packed bytes as dotted-quad
 * text.
 *
 * @param packed_ip Exactly 4 bytes (any `ArrayBufferView` or `ArrayBuffer`).
 * @returns The text, such as `"127.0.0.1"`.
 * @throws {OSError} `packed IP wrong length for inet_ntoa`.
 * @throws {TypeError} `a bytes-like object is required, not 'str'`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.inet_ntoa(new Uint8Array([127, 0, 0, 1])), "127.0.0.1");
 * ```
 */
export function inet_ntoa(packed_ip: ArrayBufferView | ArrayBuffer): string {
  const bytes = toBytes(packed_ip);
  if (bytes.length !== 4) {
    throw new OSError("packed IP wrong length for inet_ntoa");
  }
  return formatIPv4(bytes);
}

/**
 * Python's `socket.inet_pton(address_family, ip_string)`: strict address
 * text (no `"127.1"`, no leading zeros, no `%scope`) as packed bytes.
 *
 * @param address_family `AF_INET` or `AF_INET6`.
 * @param ip_string The address text.
 * @returns 4 bytes (`AF_INET`) or 16 (`AF_INET6`).
 * @throws {OSError} `illegal IP address string passed to inet_pton`;
 * `EAFNOSUPPORT` (97) for another family.
 * @throws {TypeError} For arguments of the wrong type.
 * @throws {ValueError} `embedded null character`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const packed = socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4");
 * assert.deepStrictEqual(packed.length, 16);
 * assert.deepStrictEqual(socket.inet_ntop(socket.AF_INET6, packed), "::ffff:1.2.3.4");
 * ```
 */
export function inet_pton(
  address_family: number,
  ip_string: string,
): Uint8Array {
  // Common path: a plain family number and a string that parses. A strict
  // parse that succeeds has read every character, so the text has no NUL.
  if (typeof ip_string === "string") {
    if (address_family === AF_INET) {
      const bytes = parseIPv4(ip_string);
      if (bytes !== null) return bytes;
    } else if (address_family === AF_INET6) {
      const bytes = parseIPv6(ip_string);
      if (bytes !== null) return bytes;
    }
  }
  return ptonSlow(address_family, ip_string);
}

// Everything else, checked in CPython's order (family, then text, then
// the family's support) so each failure raises its exact error.
function ptonSlow(address_family: unknown, ip_string: unknown): Uint8Array {
  const family = toCInt(address_family);
  const text = toCString(ip_string, "inet_pton", 2);
  let bytes: Uint8Array | null;
  if (family === AF_INET) bytes = parseIPv4(text);
  else if (family === AF_INET6) bytes = parseIPv6(text);
  else throw oserror(97);
  if (bytes === null) {
    throw new OSError("illegal IP address string passed to inet_pton");
  }
  return bytes;
}

/**
 * Python's `socket.inet_ntop(address_family, packed_ip)`: packed bytes as
 * text, printed as glibc prints them (`"::1"`, `"::ffff:1.2.3.4"`,
 * `"2001:db8::1"`).
 *
 * @param address_family `AF_INET` or `AF_INET6`.
 * @param packed_ip 4 or 16 bytes.
 * @returns The address text.
 * @throws {ValueError} `invalid length of packed IP address string`, or
 * `unknown address family N`.
 * @throws {TypeError} For arguments of the wrong type.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.inet_ntop(socket.AF_INET6, new Uint8Array(16)), "::");
 * ```
 */
export function inet_ntop(
  address_family: number,
  packed_ip: ArrayBufferView | ArrayBuffer,
): string {
  const family = toCInt(address_family);
  const bytes = toBytes(packed_ip);
  if (family !== AF_INET && family !== AF_INET6) {
    throw new ValueError(`unknown address family ${family}`);
  }
  if (bytes.length !== (family === AF_INET ? 4 : 16)) {
    throw new ValueError("invalid length of packed IP address string");
  }
  return family === AF_INET ? formatIPv4(bytes) : formatIPv6(bytes);
}
