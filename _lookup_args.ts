// The arguments of Python's getaddrinfo() and getnameinfo(), converted as
// CPython converts them before calling libc: both entries' look-ups start
// here.

import { OSError, OverflowError, ValueError } from "./errors.ts";
import { toBytes, toCInt, toIndex } from "./_validate.ts";
import { latin1 } from "./_bytes.ts";
import { idna } from "./_idna.ts";

// A C string as CPython hands it to libc: it ends at the first NUL.
function cString(text: string): string {
  const end = text.indexOf("\0");
  return end === -1 ? text : text.slice(0, end);
}

export function hostArg(host: unknown): string | null {
  if (host === null || host === undefined) return null;
  if (typeof host === "string") return cString(idna(host));
  // toBytes: a detached buffer is ValueError, as a released memoryview.
  if (host instanceof Uint8Array) return cString(latin1(toBytes(host)));
  throw new TypeError("getaddrinfo() argument 1 must be string or None");
}

export function portArg(port: unknown): string | null {
  if (port === null || port === undefined) return null;
  if (
    (typeof port === "number" && Number.isInteger(port)) ||
    typeof port === "bigint"
  ) {
    const n = BigInt(port);
    if (n >= 2n ** 63n || n < -(2n ** 63n)) {
      throw new OverflowError("Python int too large to convert to C long");
    }
    return String(n);
  }
  if (typeof port === "string") return cString(port);
  if (port instanceof Uint8Array) return cString(latin1(toBytes(port)));
  throw new OSError("Int or String expected");
}

// Python's "I" format: an integer, masked to 32 bits.
function unsignedMask(value: unknown): number {
  const n = typeof value === "bigint" ? value : BigInt(toIndex(value));
  return Number(BigInt.asUintN(32, n));
}

/** getaddrinfo's family, type, proto and flags, each a C int. */
export function hintsArgs(
  family: unknown,
  type: unknown,
  proto: unknown,
  flags: unknown,
): [number, number, number, number] {
  return [family, type, proto, flags].map(toCInt) as [
    number,
    number,
    number,
    number,
  ];
}

const ILLEGAL = "getnameinfo(): illegal sockaddr argument";

/** getnameinfo's sockaddr tuple and flags, checked in CPython's order. */
export interface NameinfoArgs {
  host: string;
  port: number;
  flow: number;
  scope: number;
  niFlags: number;
  /** How many items the tuple had (an IPv4 address needs 2). */
  size: number;
}

/** CPython's parsing of getnameinfo's `(sockaddr, flags)`. */
export function nameinfoArgs(sockaddr: unknown, flags: unknown): NameinfoArgs {
  if (flags === undefined) {
    throw new TypeError("getnameinfo() takes exactly 2 arguments (1 given)");
  }
  const niFlags = toCInt(flags);
  if (!Array.isArray(sockaddr)) {
    throw new TypeError("getnameinfo() argument 1 must be a tuple");
  }
  const items: unknown[] = sockaddr;
  if (items.length < 2 || items.length > 4) throw new TypeError(ILLEGAL);
  const [host, port, flowinfo, scopeId] = items;
  if (typeof host !== "string") throw new TypeError(ILLEGAL);
  if (host.includes("\0")) throw new ValueError("embedded null character");
  const portNumber = toCInt(port);
  const flow = flowinfo === undefined ? 0 : unsignedMask(flowinfo);
  const scope = scopeId === undefined ? 0 : unsignedMask(scopeId);
  if (flow > 0xfffff) {
    throw new OverflowError("getnameinfo(): flowinfo must be 0-1048575.");
  }
  return { host, port: portNumber, flow, scope, niFlags, size: items.length };
}
