// The shapes of socket addresses, as Python's tuples become arrays, and the
// types that pick a family's shape from its constant.

/**
 * An `AF_INET` address: Python's `(host, port)`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * using s = socket.socket(socket.AF_INET);
 * s.bind(["127.0.0.1", 0]);
 * const [host, port]: socket.InetAddress = s.getsockname();
 * assert(host === "127.0.0.1" && port > 0);
 * ```
 */
export type InetAddress = [host: string, port: number];

/**
 * An `AF_INET6` address as the module returns it: Python's
 * `(host, port, flowinfo, scope_id)`. Inputs may leave out the last two.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * using s = socket.socket(socket.AF_INET6);
 * s.bind(["::1", 0]);
 * const [host, port, flowinfo, scope_id]: socket.Inet6Address = s.getsockname();
 * assert(host === "::1" && port > 0 && flowinfo === 0 && scope_id === 0);
 * ```
 */
export type Inet6Address = [
  host: string,
  port: number,
  flowinfo: number,
  scope_id: number,
];

/**
 * An `AF_UNIX` address: a path, as a string or as bytes (Python's `str` or
 * `bytes`; Linux's abstract names come back as bytes). An unnamed socket's
 * name is `""`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const name: socket.UnixAddress = a.getsockname();
 * assert(name === "");
 * ```
 */
export type UnixAddress = string | Uint8Array;

/**
 * A socket address as Python spells it: `[host, port]` for `AF_INET`,
 * `[host, port, flowinfo, scope_id]` for `AF_INET6` (inputs may leave out
 * the last two), a path for `AF_UNIX`. A socket whose family is not known
 * where it is typed has addresses of this union; {@linkcode AddressOf}
 * picks one family's shape.
 *
 * @example Usage
 * ```ts
 * import type { Address } from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const v4: Address = ["127.0.0.1", 8080];
 * const v6: Address = ["::1", 8080, 0, 0];
 * const unix: Address = "/tmp/app.sock";
 * assert([v4, v6, unix].length === 3);
 * ```
 */
export type Address = InetAddress | Inet6Address | UnixAddress;

/**
 * The address shape of a family: {@linkcode InetAddress} for `AF_INET` (2),
 * {@linkcode Inet6Address} for `AF_INET6` (10), {@linkcode UnixAddress}
 * for `AF_UNIX` (1), and the whole {@linkcode Address} union for a family
 * known only as a `number`. The family constants have literal types, so
 * `AddressOf<typeof socket.AF_INET6>` is the IPv6 shape.
 *
 * @typeParam F The family's number.
 *
 * @example Usage
 * ```ts
 * import type * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const addr: socket.AddressOf<typeof socket.AF_INET> = ["127.0.0.1", 80];
 * assert(addr[1] === 80);
 * ```
 */
export type AddressOf<F extends number> = F extends 2 ? InetAddress
  : F extends 10 ? Inet6Address
  : F extends 1 ? UnixAddress
  : Address;

/**
 * What `recvfrom()` reports as the sender on a socket of address shape `A`
 * and type `K`: `null` on a stream socket (as Python's `None`); the
 * sender's address on a datagram socket, or `null` for an unnamed
 * `AF_UNIX` sender; either when the type is known only as a `number`.
 *
 * @typeParam A The socket's address shape.
 * @typeParam K The socket type (`SOCK_STREAM` is 1, `SOCK_DGRAM` 2).
 *
 * @example Usage
 * ```ts
 * import type * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const tcp: socket.SenderOf<socket.InetAddress, typeof socket.SOCK_STREAM> = null;
 * const udp: socket.SenderOf<socket.InetAddress, typeof socket.SOCK_DGRAM> = ["127.0.0.1", 53];
 * assert(tcp === null && udp[1] === 53);
 * ```
 */
export type SenderOf<A extends Address, K extends number> = K extends 1 ? null
  : K extends 2 ? (A extends UnixAddress ? A | null : A)
  : A | null;
