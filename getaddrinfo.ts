// Python's getaddrinfo and getnameinfo: argument conversion as CPython
// does it, then glibc's rules (_resolve.ts). Numeric hosts never reach a
// resolver; names go to the system resolver (libc: /etc/hosts, then DNS).

import type { Address } from "./address.ts";
import { OSError, OverflowError, ValueError } from "./errors.ts";
import { toBytes, toCInt, toIndex, toSignal } from "./_validate.ts";
import { latin1 } from "./_bytes.ts";
import { tuple } from "./_engine/inet_address.ts";
import { addressText, nameinfo, resolve } from "./_resolve.ts";
import { idna } from "./_idna.ts";
import { untilAborted } from "./_engine/deadline.ts";
import type { WaitOptions } from "./wait_options.ts";

/**
 * One `getaddrinfo` result, Python's 5-tuple:
 * `[family, type, proto, canonname, sockaddr]`, with `sockaddr`
 * `[host, port]` for `AF_INET` and `[host, port, flowinfo, scope_id]` for
 * `AF_INET6`.
 */
export type AddrInfo = [
  family: number,
  type: number,
  proto: number,
  canonname: string,
  sockaddr: [string, number] | [string, number, number, number],
];

// A C string as CPython hands it to libc: it ends at the first NUL.
function cString(text: string): string {
  const end = text.indexOf("\0");
  return end === -1 ? text : text.slice(0, end);
}

function hostArg(host: unknown): string | null {
  if (host === null || host === undefined) return null;
  if (typeof host === "string") return cString(idna(host));
  // toBytes: a detached buffer is ValueError, as a released memoryview.
  if (host instanceof Uint8Array) return cString(latin1(toBytes(host)));
  throw new TypeError("getaddrinfo() argument 1 must be string or None");
}

function portArg(port: unknown): string | null {
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

/**
 * Python's `socket.getaddrinfo(host, port, family, type, proto, flags)`:
 * the addresses to bind or connect to, in the order and shape Python
 * returns them. Numeric hosts and `null` are answered here; a host name
 * is looked up by the system resolver (`/etc/hosts` first), which needs
 * `--allow-net`. Service names are read from `/etc/services`.
 *
 * @param host A host name, a numeric address, or `null` (loopback, or the
 * wildcard with `AI_PASSIVE`).
 * @param port A port number, a service name (`"http"`), or `null`.
 * @param family `AF_INET`, `AF_INET6` or `0` (any).
 * @param type `SOCK_STREAM`, `SOCK_DGRAM`, `SOCK_RAW` or `0` (one result
 * for each).
 * @param proto A protocol number, or `0`.
 * @param flags `AI_PASSIVE`, `AI_CANONNAME`, `AI_NUMERICHOST`,
 * `AI_NUMERICSERV`, `AI_ADDRCONFIG`, `AI_V4MAPPED`, `AI_ALL`, OR-ed.
 * @param options `signal`: stop waiting for the resolver when it aborts,
 * rejecting with its reason ({@linkcode WaitOptions}).
 * @returns `[family, type, proto, canonname, sockaddr]` entries.
 * @throws {gaierror} `[Errno -2] Name or service not known`, `[Errno -8]
 * Servname not supported for ai_socktype`, and the other `EAI_*` errors.
 * @throws {OSError} `Int or String expected` for a port of another type.
 * @throws {TypeError} `getaddrinfo() argument 1 must be string or None`.
 * @throws {PermissionError} A name look-up without `--allow-net`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const infos = await socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM);
 * assert.deepStrictEqual(infos, [[socket.AF_INET, socket.SOCK_STREAM, 6, "", ["127.0.0.1", 80]]]);
 * ```
 */
export async function getaddrinfo(
  host: string | Uint8Array | null,
  port: number | string | Uint8Array | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
  options?: WaitOptions,
): Promise<AddrInfo[]> {
  const hints = [family, type, proto, flags].map(toCInt) as [
    number,
    number,
    number,
    number,
  ];
  const signal = toSignal(options, "getaddrinfo");
  const results = await untilAborted(
    resolve(hostArg(host), portArg(port), ...hints),
    signal,
  );
  return results.map(({ address, type, proto, canonname, port }): AddrInfo => {
    const host = addressText(address);
    return [
      address.family,
      type,
      proto,
      canonname,
      address.family === 2
        ? tuple<[string, number]>([host, port])
        : tuple<[string, number, number, number]>([
          host,
          port,
          0,
          address.scope,
        ]),
    ];
  });
}

// Python's "I" format: an integer, masked to 32 bits.
function unsignedMask(value: unknown): number {
  const n = typeof value === "bigint" ? value : BigInt(toIndex(value));
  return Number(BigInt.asUintN(32, n));
}

const ILLEGAL = "getnameinfo(): illegal sockaddr argument";

/**
 * Python's `socket.getnameinfo(sockaddr, flags)`: the host and service
 * names of a numeric socket address. The host name comes from
 * `/etc/hosts` or the system resolver (`--allow-net`); without one the
 * numeric form is returned, unless `NI_NAMEREQD`.
 *
 * @param sockaddr `[host, port]` or `[host, port, flowinfo, scope_id]`,
 * with a numeric host.
 * @param flags `NI_NUMERICHOST`, `NI_NUMERICSERV`, `NI_NAMEREQD`,
 * `NI_DGRAM`, OR-ed.
 * @param options `signal`, as for {@linkcode getaddrinfo}.
 * @returns `[host, service]`.
 * @throws {gaierror} `[Errno -2] Name or service not known` for a
 * non-numeric host, or with `NI_NAMEREQD` when the address has no name.
 * @throws {OSError} `IPv4 sockaddr must be 2 tuple`.
 * @throws {TypeError} `getnameinfo() argument 1 must be a tuple`.
 * @throws {OverflowError} `getnameinfo(): flowinfo must be 0-1048575.`
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const flags = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV;
 * assert.deepStrictEqual(await socket.getnameinfo(["127.0.0.1", 80], flags), ["127.0.0.1", "80"]);
 * assert.deepStrictEqual(await socket.getnameinfo(["::1", 443, 0, 0], socket.NI_NUMERICHOST), ["::1", "https"]);
 * ```
 */
export async function getnameinfo(
  sockaddr: Address,
  flags: number,
  options?: WaitOptions,
): Promise<[string, string]> {
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
  // CPython resolves the host as a numeric datagram address first.
  const signal = toSignal(options, "getnameinfo");
  const found = await untilAborted(
    resolve(host, String(portNumber), 0, 2, 0, 4),
    signal,
  );
  if (found.length > 1) {
    throw new OSError("sockaddr resolved to multiple addresses");
  }
  const { address, port: wrapped } = found[0]!;
  if (address.family === 2 && items.length !== 2) {
    throw new OSError("IPv4 sockaddr must be 2 tuple");
  }
  if (address.family === 10) address.scope = scope;
  return await untilAborted(nameinfo(address, wrapped, niFlags), signal);
}
