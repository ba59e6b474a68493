// Python's socket constants with Linux's values: families, types, levels,
// options, flags, resolver codes and errno numbers.

/**
 * Address family: unspecified (any family, for `getaddrinfo`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_UNSPEC === 0);
 * ```
 */
export const AF_UNSPEC = 0;

/**
 * Address family: UNIX-domain sockets (a path string is the address).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_UNIX === 1);
 * ```
 */
export const AF_UNIX = 1;

/**
 * Address family: IPv4 (`[host, port]` addresses).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_INET === 2);
 * ```
 */
export const AF_INET = 2;

/**
 * Address family: IPv6 (`[host, port, flowinfo, scope_id]` addresses).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_INET6 === 10);
 * ```
 */
export const AF_INET6 = 10;

/**
 * Address family: Linux netlink (not supported by this module; for comparison only).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_NETLINK === 16);
 * ```
 */
export const AF_NETLINK = 16;

/**
 * Address family: Linux packet sockets (not supported by this module; for comparison only).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_PACKET === 17);
 * ```
 */
export const AF_PACKET = 17;

/**
 * Socket type: a reliable byte stream (TCP, or a UNIX stream socket).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_STREAM === 1);
 * ```
 */
export const SOCK_STREAM = 1;

/**
 * Socket type: datagrams (UDP, or a UNIX datagram socket).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_DGRAM === 2);
 * ```
 */
export const SOCK_DGRAM = 2;

/**
 * Socket type: raw sockets (not supported by this module).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_RAW === 3);
 * ```
 */
export const SOCK_RAW = 3;

/**
 * Socket type: reliably delivered messages (not supported by this module).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_RDM === 4);
 * ```
 */
export const SOCK_RDM = 4;

/**
 * Socket type: sequenced packets (not supported by this module).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_SEQPACKET === 5);
 * ```
 */
export const SOCK_SEQPACKET = 5;

/**
 * Flag OR-ed into the socket type: create the socket non-blocking (timeout `0`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_NONBLOCK === 2048);
 * ```
 */
export const SOCK_NONBLOCK = 2048;

/**
 * Flag OR-ed into the socket type: close on exec (accepted and ignored, as sockets are never inherited here).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOCK_CLOEXEC === 524288);
 * ```
 */
export const SOCK_CLOEXEC = 524288;

/**
 * Option level: the socket itself (`SO_*` options).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_SOCKET === 1);
 * ```
 */
export const SOL_SOCKET = 1;

/**
 * Option level: IPv4 (`IP_*` options; same as `IPPROTO_IP`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_IP === 0);
 * ```
 */
export const SOL_IP = 0;

/**
 * Option level: TCP (`TCP_*` options; same as `IPPROTO_TCP`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_TCP === 6);
 * ```
 */
export const SOL_TCP = 6;

/**
 * Option level: UDP (same as `IPPROTO_UDP`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_UDP === 17);
 * ```
 */
export const SOL_UDP = 17;

/**
 * Socket option `SO_DEBUG` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_DEBUG === 1);
 * ```
 */
export const SO_DEBUG = 1;

/**
 * Socket option `SO_REUSEADDR` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_REUSEADDR === 2);
 * ```
 */
export const SO_REUSEADDR = 2;

/**
 * Socket option `SO_TYPE` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_TYPE === 3);
 * ```
 */
export const SO_TYPE = 3;

/**
 * Socket option `SO_ERROR` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_ERROR === 4);
 * ```
 */
export const SO_ERROR = 4;

/**
 * Socket option `SO_DONTROUTE` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_DONTROUTE === 5);
 * ```
 */
export const SO_DONTROUTE = 5;

/**
 * Socket option `SO_BROADCAST` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_BROADCAST === 6);
 * ```
 */
export const SO_BROADCAST = 6;

/**
 * Socket option `SO_SNDBUF` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_SNDBUF === 7);
 * ```
 */
export const SO_SNDBUF = 7;

/**
 * Socket option `SO_RCVBUF` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_RCVBUF === 8);
 * ```
 */
export const SO_RCVBUF = 8;

/**
 * Socket option `SO_KEEPALIVE` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_KEEPALIVE === 9);
 * ```
 */
export const SO_KEEPALIVE = 9;

/**
 * Socket option `SO_OOBINLINE` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_OOBINLINE === 10);
 * ```
 */
export const SO_OOBINLINE = 10;

/**
 * Socket option `SO_LINGER` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_LINGER === 13);
 * ```
 */
export const SO_LINGER = 13;

/**
 * Socket option `SO_REUSEPORT` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_REUSEPORT === 15);
 * ```
 */
export const SO_REUSEPORT = 15;

/**
 * Socket option `SO_RCVLOWAT` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_RCVLOWAT === 18);
 * ```
 */
export const SO_RCVLOWAT = 18;

/**
 * Socket option `SO_SNDLOWAT` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_SNDLOWAT === 19);
 * ```
 */
export const SO_SNDLOWAT = 19;

/**
 * Socket option `SO_RCVTIMEO` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_RCVTIMEO === 20);
 * ```
 */
export const SO_RCVTIMEO = 20;

/**
 * Socket option `SO_SNDTIMEO` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_SNDTIMEO === 21);
 * ```
 */
export const SO_SNDTIMEO = 21;

/**
 * Socket option `SO_ACCEPTCONN` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_ACCEPTCONN === 30);
 * ```
 */
export const SO_ACCEPTCONN = 30;

/**
 * Socket option `SO_PROTOCOL` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PROTOCOL === 38);
 * ```
 */
export const SO_PROTOCOL = 38;

/**
 * Socket option `SO_DOMAIN` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_DOMAIN === 39);
 * ```
 */
export const SO_DOMAIN = 39;

/**
 * Socket option `SO_BINDTODEVICE` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_BINDTODEVICE === 25);
 * ```
 */
export const SO_BINDTODEVICE = 25;

/**
 * Socket option `SO_PRIORITY` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PRIORITY === 12);
 * ```
 */
export const SO_PRIORITY = 12;

/**
 * Socket option `SO_PASSCRED` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PASSCRED === 16);
 * ```
 */
export const SO_PASSCRED = 16;

/**
 * Socket option `SO_PEERCRED` (level `SOL_SOCKET`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PEERCRED === 17);
 * ```
 */
export const SO_PEERCRED = 17;

/**
 * Protocol number `IPPROTO_IP`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_IP === 0);
 * ```
 */
export const IPPROTO_IP = 0;

/**
 * Protocol number `IPPROTO_ICMP`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_ICMP === 1);
 * ```
 */
export const IPPROTO_ICMP = 1;

/**
 * Protocol number `IPPROTO_TCP`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_TCP === 6);
 * ```
 */
export const IPPROTO_TCP = 6;

/**
 * Protocol number `IPPROTO_UDP`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_UDP === 17);
 * ```
 */
export const IPPROTO_UDP = 17;

/**
 * Protocol number `IPPROTO_IPV6`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_IPV6 === 41);
 * ```
 */
export const IPPROTO_IPV6 = 41;

/**
 * Protocol number `IPPROTO_ICMPV6`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_ICMPV6 === 58);
 * ```
 */
export const IPPROTO_ICMPV6 = 58;

/**
 * Protocol number `IPPROTO_RAW`: the `proto` argument of `socket()` and an option level.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_RAW === 255);
 * ```
 */
export const IPPROTO_RAW = 255;

/**
 * IPv4 option `IP_TOS` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_TOS === 1);
 * ```
 */
export const IP_TOS = 1;

/**
 * IPv4 option `IP_TTL` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_TTL === 2);
 * ```
 */
export const IP_TTL = 2;

/**
 * IPv4 option `IP_HDRINCL` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_HDRINCL === 3);
 * ```
 */
export const IP_HDRINCL = 3;

/**
 * IPv4 option `IP_OPTIONS` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_OPTIONS === 4);
 * ```
 */
export const IP_OPTIONS = 4;

/**
 * IPv4 option `IP_MULTICAST_IF` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_MULTICAST_IF === 32);
 * ```
 */
export const IP_MULTICAST_IF = 32;

/**
 * IPv4 option `IP_MULTICAST_TTL` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_MULTICAST_TTL === 33);
 * ```
 */
export const IP_MULTICAST_TTL = 33;

/**
 * IPv4 option `IP_MULTICAST_LOOP` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_MULTICAST_LOOP === 34);
 * ```
 */
export const IP_MULTICAST_LOOP = 34;

/**
 * IPv4 option `IP_ADD_MEMBERSHIP` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_ADD_MEMBERSHIP === 35);
 * ```
 */
export const IP_ADD_MEMBERSHIP = 35;

/**
 * IPv4 option `IP_DROP_MEMBERSHIP` (level `IPPROTO_IP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_DROP_MEMBERSHIP === 36);
 * ```
 */
export const IP_DROP_MEMBERSHIP = 36;

/**
 * IPv6 option `IPV6_UNICAST_HOPS` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_UNICAST_HOPS === 16);
 * ```
 */
export const IPV6_UNICAST_HOPS = 16;

/**
 * IPv6 option `IPV6_MULTICAST_IF` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_MULTICAST_IF === 17);
 * ```
 */
export const IPV6_MULTICAST_IF = 17;

/**
 * IPv6 option `IPV6_MULTICAST_HOPS` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_MULTICAST_HOPS === 18);
 * ```
 */
export const IPV6_MULTICAST_HOPS = 18;

/**
 * IPv6 option `IPV6_MULTICAST_LOOP` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_MULTICAST_LOOP === 19);
 * ```
 */
export const IPV6_MULTICAST_LOOP = 19;

/**
 * IPv6 option `IPV6_JOIN_GROUP` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_JOIN_GROUP === 20);
 * ```
 */
export const IPV6_JOIN_GROUP = 20;

/**
 * IPv6 option `IPV6_LEAVE_GROUP` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_LEAVE_GROUP === 21);
 * ```
 */
export const IPV6_LEAVE_GROUP = 21;

/**
 * IPv6 option `IPV6_V6ONLY` (level `IPPROTO_IPV6`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_V6ONLY === 26);
 * ```
 */
export const IPV6_V6ONLY = 26;

/**
 * TCP option `TCP_NODELAY` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_NODELAY === 1);
 * ```
 */
export const TCP_NODELAY = 1;

/**
 * TCP option `TCP_MAXSEG` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_MAXSEG === 2);
 * ```
 */
export const TCP_MAXSEG = 2;

/**
 * TCP option `TCP_CORK` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_CORK === 3);
 * ```
 */
export const TCP_CORK = 3;

/**
 * TCP option `TCP_KEEPIDLE` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_KEEPIDLE === 4);
 * ```
 */
export const TCP_KEEPIDLE = 4;

/**
 * TCP option `TCP_KEEPINTVL` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_KEEPINTVL === 5);
 * ```
 */
export const TCP_KEEPINTVL = 5;

/**
 * TCP option `TCP_KEEPCNT` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_KEEPCNT === 6);
 * ```
 */
export const TCP_KEEPCNT = 6;

/**
 * TCP option `TCP_QUICKACK` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_QUICKACK === 12);
 * ```
 */
export const TCP_QUICKACK = 12;

/**
 * TCP option `TCP_USER_TIMEOUT` (level `IPPROTO_TCP`), Linux's number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_USER_TIMEOUT === 18);
 * ```
 */
export const TCP_USER_TIMEOUT = 18;

/**
 * `shutdown()` how: no more receiving.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SHUT_RD === 0);
 * ```
 */
export const SHUT_RD = 0;

/**
 * `shutdown()` how: no more sending (the peer reads EOF).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SHUT_WR === 1);
 * ```
 */
export const SHUT_WR = 1;

/**
 * `shutdown()` how: neither.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SHUT_RDWR === 2);
 * ```
 */
export const SHUT_RDWR = 2;

/**
 * The largest backlog `listen()` passes to the kernel (Linux's `net.core.somaxconn` default).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOMAXCONN === 4096);
 * ```
 */
export const SOMAXCONN = 4096;

/**
 * Message flag `MSG_OOB` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_OOB === 1);
 * ```
 */
export const MSG_OOB = 1;

/**
 * Message flag `MSG_PEEK` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_PEEK === 2);
 * ```
 */
export const MSG_PEEK = 2;

/**
 * Message flag `MSG_DONTROUTE` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_DONTROUTE === 4);
 * ```
 */
export const MSG_DONTROUTE = 4;

/**
 * Message flag `MSG_CTRUNC` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_CTRUNC === 8);
 * ```
 */
export const MSG_CTRUNC = 8;

/**
 * Message flag `MSG_TRUNC` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_TRUNC === 32);
 * ```
 */
export const MSG_TRUNC = 32;

/**
 * Message flag `MSG_DONTWAIT` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_DONTWAIT === 64);
 * ```
 */
export const MSG_DONTWAIT = 64;

/**
 * Message flag `MSG_EOR` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_EOR === 128);
 * ```
 */
export const MSG_EOR = 128;

/**
 * Message flag `MSG_WAITALL` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_WAITALL === 256);
 * ```
 */
export const MSG_WAITALL = 256;

/**
 * Message flag `MSG_NOSIGNAL` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_NOSIGNAL === 16384);
 * ```
 */
export const MSG_NOSIGNAL = 16384;

/**
 * Message flag `MSG_CMSG_CLOEXEC` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_CMSG_CLOEXEC === 1073741824);
 * ```
 */
export const MSG_CMSG_CLOEXEC = 1073741824;

/**
 * Message flag `MSG_CONFIRM` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_CONFIRM === 2048);
 * ```
 */
export const MSG_CONFIRM = 2048;

/**
 * Message flag `MSG_MORE` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_MORE === 32768);
 * ```
 */
export const MSG_MORE = 32768;

/**
 * Message flag `MSG_ERRQUEUE` for the `flags` argument of `send*`/`recv*`, Linux's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_ERRQUEUE === 8192);
 * ```
 */
export const MSG_ERRQUEUE = 8192;

/**
 * `getaddrinfo()` flag `AI_PASSIVE`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_PASSIVE === 1);
 * ```
 */
export const AI_PASSIVE = 1;

/**
 * `getaddrinfo()` flag `AI_CANONNAME`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_CANONNAME === 2);
 * ```
 */
export const AI_CANONNAME = 2;

/**
 * `getaddrinfo()` flag `AI_NUMERICHOST`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_NUMERICHOST === 4);
 * ```
 */
export const AI_NUMERICHOST = 4;

/**
 * `getaddrinfo()` flag `AI_V4MAPPED`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_V4MAPPED === 8);
 * ```
 */
export const AI_V4MAPPED = 8;

/**
 * `getaddrinfo()` flag `AI_ALL`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_ALL === 16);
 * ```
 */
export const AI_ALL = 16;

/**
 * `getaddrinfo()` flag `AI_ADDRCONFIG`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_ADDRCONFIG === 32);
 * ```
 */
export const AI_ADDRCONFIG = 32;

/**
 * `getaddrinfo()` flag `AI_NUMERICSERV`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AI_NUMERICSERV === 1024);
 * ```
 */
export const AI_NUMERICSERV = 1024;

/**
 * `getnameinfo()` flag or limit `NI_NUMERICHOST`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_NUMERICHOST === 1);
 * ```
 */
export const NI_NUMERICHOST = 1;

/**
 * `getnameinfo()` flag or limit `NI_NUMERICSERV`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_NUMERICSERV === 2);
 * ```
 */
export const NI_NUMERICSERV = 2;

/**
 * `getnameinfo()` flag or limit `NI_NOFQDN`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_NOFQDN === 4);
 * ```
 */
export const NI_NOFQDN = 4;

/**
 * `getnameinfo()` flag or limit `NI_NAMEREQD`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_NAMEREQD === 8);
 * ```
 */
export const NI_NAMEREQD = 8;

/**
 * `getnameinfo()` flag or limit `NI_DGRAM`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_DGRAM === 16);
 * ```
 */
export const NI_DGRAM = 16;

/**
 * `getnameinfo()` flag or limit `NI_MAXHOST`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_MAXHOST === 1025);
 * ```
 */
export const NI_MAXHOST = 1025;

/**
 * `getnameinfo()` flag or limit `NI_MAXSERV`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NI_MAXSERV === 32);
 * ```
 */
export const NI_MAXSERV = 32;

/**
 * Resolver error code `EAI_BADFLAGS`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_BADFLAGS === -1);
 * ```
 */
export const EAI_BADFLAGS: number = -1;

/**
 * Resolver error code `EAI_NONAME`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_NONAME === -2);
 * ```
 */
export const EAI_NONAME: number = -2;

/**
 * Resolver error code `EAI_AGAIN`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_AGAIN === -3);
 * ```
 */
export const EAI_AGAIN: number = -3;

/**
 * Resolver error code `EAI_FAIL`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_FAIL === -4);
 * ```
 */
export const EAI_FAIL: number = -4;

/**
 * Resolver error code `EAI_FAMILY`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_FAMILY === -6);
 * ```
 */
export const EAI_FAMILY: number = -6;

/**
 * Resolver error code `EAI_SOCKTYPE`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_SOCKTYPE === -7);
 * ```
 */
export const EAI_SOCKTYPE: number = -7;

/**
 * Resolver error code `EAI_SERVICE`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_SERVICE === -8);
 * ```
 */
export const EAI_SERVICE: number = -8;

/**
 * Resolver error code `EAI_MEMORY`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_MEMORY === -10);
 * ```
 */
export const EAI_MEMORY: number = -10;

/**
 * Resolver error code `EAI_SYSTEM`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_SYSTEM === -11);
 * ```
 */
export const EAI_SYSTEM: number = -11;

/**
 * Resolver error code `EAI_OVERFLOW`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_OVERFLOW === -12);
 * ```
 */
export const EAI_OVERFLOW: number = -12;

/**
 * Resolver error code `EAI_NODATA`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_NODATA === -5);
 * ```
 */
export const EAI_NODATA: number = -5;

/**
 * Resolver error code `EAI_ADDRFAMILY`: a `gaierror`'s `errno`, glibc's value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAI_ADDRFAMILY === -9);
 * ```
 */
export const EAI_ADDRFAMILY: number = -9;

/**
 * The IPv4 wildcard address `0.0.0.0` as a number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_ANY === 0);
 * ```
 */
export const INADDR_ANY = 0;

/**
 * The IPv4 loopback address `127.0.0.1` as a number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_LOOPBACK === 2130706433);
 * ```
 */
export const INADDR_LOOPBACK = 2130706433;

/**
 * The IPv4 broadcast address `255.255.255.255` as a number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_BROADCAST === 4294967295);
 * ```
 */
export const INADDR_BROADCAST = 4294967295;

/**
 * The IPv4 `INADDR_NONE` value.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_NONE === 4294967295);
 * ```
 */
export const INADDR_NONE = 4294967295;

/**
 * The IPv4 all-hosts multicast group `224.0.0.1` as a number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_ALLHOSTS_GROUP === 3758096385);
 * ```
 */
export const INADDR_ALLHOSTS_GROUP = 3758096385;

/**
 * Linux errno `EPERM` (Operation not permitted): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EPERM === 1);
 * ```
 */
export const EPERM = 1;

/**
 * Linux errno `ENOENT` (No such file or directory): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENOENT === 2);
 * ```
 */
export const ENOENT = 2;

/**
 * Linux errno `EINTR` (Interrupted system call): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EINTR === 4);
 * ```
 */
export const EINTR = 4;

/**
 * Linux errno `EBADF` (Bad file descriptor): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EBADF === 9);
 * ```
 */
export const EBADF = 9;

/**
 * Linux errno `EAGAIN` (Resource temporarily unavailable): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAGAIN === 11);
 * ```
 */
export const EAGAIN = 11;

/**
 * Linux errno `EWOULDBLOCK` (Resource temporarily unavailable): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EWOULDBLOCK === 11);
 * ```
 */
export const EWOULDBLOCK = 11;

/**
 * Linux errno `EACCES` (Permission denied): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EACCES === 13);
 * ```
 */
export const EACCES = 13;

/**
 * Linux errno `EFAULT` (Bad address): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EFAULT === 14);
 * ```
 */
export const EFAULT = 14;

/**
 * Linux errno `EINVAL` (Invalid argument): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EINVAL === 22);
 * ```
 */
export const EINVAL = 22;

/**
 * Linux errno `EMFILE` (Too many open files): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EMFILE === 24);
 * ```
 */
export const EMFILE = 24;

/**
 * Linux errno `EPIPE` (Broken pipe): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EPIPE === 32);
 * ```
 */
export const EPIPE = 32;

/**
 * Linux errno `ENOTSOCK` (Socket operation on non-socket): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENOTSOCK === 88);
 * ```
 */
export const ENOTSOCK = 88;

/**
 * Linux errno `EDESTADDRREQ` (Destination address required): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EDESTADDRREQ === 89);
 * ```
 */
export const EDESTADDRREQ = 89;

/**
 * Linux errno `EMSGSIZE` (Message too long): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EMSGSIZE === 90);
 * ```
 */
export const EMSGSIZE = 90;

/**
 * Linux errno `EPROTOTYPE` (Protocol wrong type for socket): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EPROTOTYPE === 91);
 * ```
 */
export const EPROTOTYPE = 91;

/**
 * Linux errno `ENOPROTOOPT` (Protocol not available): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENOPROTOOPT === 92);
 * ```
 */
export const ENOPROTOOPT = 92;

/**
 * Linux errno `EPROTONOSUPPORT` (Protocol not supported): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EPROTONOSUPPORT === 93);
 * ```
 */
export const EPROTONOSUPPORT = 93;

/**
 * Linux errno `EOPNOTSUPP` (Operation not supported): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EOPNOTSUPP === 95);
 * ```
 */
export const EOPNOTSUPP = 95;

/**
 * Linux errno `EAFNOSUPPORT` (Address family not supported by protocol): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EAFNOSUPPORT === 97);
 * ```
 */
export const EAFNOSUPPORT = 97;

/**
 * Linux errno `EADDRINUSE` (Address already in use): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EADDRINUSE === 98);
 * ```
 */
export const EADDRINUSE = 98;

/**
 * Linux errno `EADDRNOTAVAIL` (Cannot assign requested address): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EADDRNOTAVAIL === 99);
 * ```
 */
export const EADDRNOTAVAIL = 99;

/**
 * Linux errno `ENETDOWN` (Network is down): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENETDOWN === 100);
 * ```
 */
export const ENETDOWN = 100;

/**
 * Linux errno `ENETUNREACH` (Network is unreachable): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENETUNREACH === 101);
 * ```
 */
export const ENETUNREACH = 101;

/**
 * Linux errno `ECONNABORTED` (Software caused connection abort): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ECONNABORTED === 103);
 * ```
 */
export const ECONNABORTED = 103;

/**
 * Linux errno `ECONNRESET` (Connection reset by peer): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ECONNRESET === 104);
 * ```
 */
export const ECONNRESET = 104;

/**
 * Linux errno `ENOBUFS` (No buffer space available): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENOBUFS === 105);
 * ```
 */
export const ENOBUFS = 105;

/**
 * Linux errno `EISCONN` (Transport endpoint is already connected): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EISCONN === 106);
 * ```
 */
export const EISCONN = 106;

/**
 * Linux errno `ENOTCONN` (Transport endpoint is not connected): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ENOTCONN === 107);
 * ```
 */
export const ENOTCONN = 107;

/**
 * Linux errno `ESHUTDOWN` (Cannot send after transport endpoint shutdown): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ESHUTDOWN === 108);
 * ```
 */
export const ESHUTDOWN = 108;

/**
 * Linux errno `ETIMEDOUT` (Connection timed out): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ETIMEDOUT === 110);
 * ```
 */
export const ETIMEDOUT = 110;

/**
 * Linux errno `ECONNREFUSED` (Connection refused): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ECONNREFUSED === 111);
 * ```
 */
export const ECONNREFUSED = 111;

/**
 * Linux errno `EHOSTUNREACH` (No route to host): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EHOSTUNREACH === 113);
 * ```
 */
export const EHOSTUNREACH = 113;

/**
 * Linux errno `EALREADY` (Operation already in progress): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EALREADY === 114);
 * ```
 */
export const EALREADY = 114;

/**
 * Linux errno `EINPROGRESS` (Operation now in progress): an `OSError`'s `errno`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EINPROGRESS === 115);
 * ```
 */
export const EINPROGRESS = 115;
