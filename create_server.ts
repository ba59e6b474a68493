// Python's create_server() and has_dualstack_ipv6(): a listening socket
// made of public calls (setsockopt, bind, listen).

import type { Address, AddressOf } from "./address.ts";
import { OSError } from "./errors.ts";
import { Socket } from "./socket.ts";
import { DENO_SERVER, serveVia } from "./_create_server.ts";

const AF_INET6 = 10;
const SOCK_STREAM = 1;
const IPPROTO_IPV6 = 41;
const IPV6_V6ONLY = 26;

/**
 * Options of {@linkcode create_server}, Python's keyword arguments.
 *
 * @typeParam F The family given, which types the server's addresses.
 */
export interface CreateServerOptions<F extends number = number> {
  /** `AF_INET` (default), `AF_INET6` or `AF_UNIX`. */
  family?: F;
  /** The `listen()` backlog; Python's default when left out. */
  backlog?: number | null;
  /** `SO_REUSEPORT`: not available (see {@linkcode create_server}). */
  reuse_port?: boolean;
  /** Accept IPv4 and IPv6 clients on one `AF_INET6` socket. */
  dualstack_ipv6?: boolean;
}

/**
 * Python's `socket.has_dualstack_ipv6()`: whether an `AF_INET6` socket can
 * accept IPv4 clients too (`IPV6_V6ONLY` can be 0). True with Deno, whose
 * IPv6 listeners are dual-stack.
 *
 * @returns Whether dual-stack servers are possible.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.has_dualstack_ipv6());
 * ```
 */
export function has_dualstack_ipv6(): boolean {
  try {
    using sock = new Socket(AF_INET6, SOCK_STREAM);
    sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0);
    return true;
  } catch (e) {
    if (e instanceof OSError) return false;
    throw e;
  }
}

/**
 * Python's `socket.create_server(address, family=..., backlog=...,
 * reuse_port=..., dualstack_ipv6=...)`: a TCP (or `AF_UNIX`) socket with
 * `SO_REUSEADDR` set, bound to `address` and listening.
 *
 * Where Deno differs: an `AF_INET6` server is left dual-stack (Deno cannot
 * set `IPV6_V6ONLY` to 1, so a server bound to `"::"` also accepts IPv4
 * clients, where Python's would not), and `reuse_port` is refused with
 * Python's `ValueError`, as on a platform without `SO_REUSEPORT`.
 *
 * The server is typed by `options.family` (`AF_INET` when left out), so
 * its `getsockname()` and `accept()` give that family's addresses.
 *
 * @typeParam F The family.
 * @param address `[host, port]` (a path for `AF_UNIX`).
 * @param options `family`, `backlog`, `reuse_port`, `dualstack_ipv6`.
 * @returns The listening socket.
 * @throws {ValueError} `SO_REUSEPORT not supported on this platform`,
 * `dualstack_ipv6 requires AF_INET6 family`.
 * @throws {OSError} A bind error as a plain `OSError` with the address
 * added: `[Errno 98] Address already in use (while attempting to bind on
 * address ('127.0.0.1', 8080))`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using srv = socket.create_server(["127.0.0.1", 0]);
 * assert(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) === 1);
 * assert(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) === 1);
 * ```
 */
export function create_server<F extends number = 2>(
  address: Address,
  options: CreateServerOptions<F> = {},
): Socket<AddressOf<F>, 1> {
  return serveVia(Socket, address, options, DENO_SERVER) as Socket<
    AddressOf<F>,
    1
  >;
}
