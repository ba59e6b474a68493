// Python's getaddrinfo and getnameinfo: argument conversion as CPython
// does it, then glibc's rules (_resolve.ts). Numeric hosts never reach a
// resolver; names go to the system resolver (libc: /etc/hosts, then DNS).

import type { Address } from "./address.ts";
import { OSError } from "./errors.ts";
import { toSignal } from "./_validate.ts";
import { tuple } from "./_engine/inet_address.ts";
import { addressText, nameinfo, resolve } from "./_resolve.ts";
import { hintsArgs, hostArg, nameinfoArgs, portArg } from "./_lookup_args.ts";
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
  const hints = hintsArgs(family, type, proto, flags);
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
  const { host, port, scope, niFlags, size } = nameinfoArgs(
    sockaddr,
    flags,
  );
  // CPython resolves the host as a numeric datagram address first.
  const signal = toSignal(options, "getnameinfo");
  const found = await untilAborted(
    resolve(host, String(port), 0, 2, 0, 4),
    signal,
  );
  if (found.length > 1) {
    throw new OSError("sockaddr resolved to multiple addresses");
  }
  const { address, port: wrapped } = found[0]!;
  if (address.family === 2 && size !== 2) {
    throw new OSError("IPv4 sockaddr must be 2 tuple");
  }
  if (address.family === 10) address.scope = scope;
  return await untilAborted(nameinfo(address, wrapped, niFlags), signal);
}
