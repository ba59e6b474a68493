// Python's IntEnum and IntFlag classes of the socket module. A member is
// the number itself (JavaScript cannot make an object === a number), so
// `sock.family === socket.AF_INET` holds; the enum object maps numbers to
// Python's names and reprs. The members are the module's constants.

import {
  AF_INET,
  AF_INET6,
  AF_NETLINK,
  AF_PACKET,
  AF_UNIX,
  AF_UNSPEC,
  AI_ADDRCONFIG,
  AI_ALL,
  AI_CANONNAME,
  AI_NUMERICHOST,
  AI_NUMERICSERV,
  AI_PASSIVE,
  AI_V4MAPPED,
  MSG_CMSG_CLOEXEC,
  MSG_CONFIRM,
  MSG_CTRUNC,
  MSG_DONTROUTE,
  MSG_DONTWAIT,
  MSG_EOR,
  MSG_ERRQUEUE,
  MSG_MORE,
  MSG_NOSIGNAL,
  MSG_OOB,
  MSG_PEEK,
  MSG_TRUNC,
  MSG_WAITALL,
  SOCK_CLOEXEC,
  SOCK_DGRAM,
  SOCK_NONBLOCK,
  SOCK_RAW,
  SOCK_RDM,
  SOCK_SEQPACKET,
  SOCK_STREAM,
} from "./constants.ts";
import {
  AF_ALG,
  AF_APPLETALK,
  AF_ASH,
  AF_ATMPVC,
  AF_ATMSVC,
  AF_AX25,
  AF_BLUETOOTH,
  AF_BRIDGE,
  AF_CAN,
  AF_ECONET,
  AF_IPX,
  AF_IRDA,
  AF_KEY,
  AF_LLC,
  AF_NETBEUI,
  AF_NETROM,
  AF_PPPOX,
  AF_QIPCRTR,
  AF_RDS,
  AF_ROSE,
  AF_ROUTE,
  AF_SECURITY,
  AF_SNA,
  AF_TIPC,
  AF_VSOCK,
  AF_WANPIPE,
  AF_X25,
  MSG_FASTOPEN,
} from "./constants_linux.ts";
import { type IntEnum, intEnum } from "./_enum.ts";

export type { IntEnum };

/**
 * The members of {@linkcode AddressFamily}: Python's address families (`AF_*`), each the number
 * of the module constant of that name.
 */
export interface AddressFamilyMembers {
  /** `socket.AF_UNSPEC`. */
  readonly AF_UNSPEC: typeof AF_UNSPEC;
  /** `socket.AF_UNIX`. */
  readonly AF_UNIX: typeof AF_UNIX;
  /** `socket.AF_INET`. */
  readonly AF_INET: typeof AF_INET;
  /** `socket.AF_AX25`. */
  readonly AF_AX25: typeof AF_AX25;
  /** `socket.AF_IPX`. */
  readonly AF_IPX: typeof AF_IPX;
  /** `socket.AF_APPLETALK`. */
  readonly AF_APPLETALK: typeof AF_APPLETALK;
  /** `socket.AF_NETROM`. */
  readonly AF_NETROM: typeof AF_NETROM;
  /** `socket.AF_BRIDGE`. */
  readonly AF_BRIDGE: typeof AF_BRIDGE;
  /** `socket.AF_ATMPVC`. */
  readonly AF_ATMPVC: typeof AF_ATMPVC;
  /** `socket.AF_X25`. */
  readonly AF_X25: typeof AF_X25;
  /** `socket.AF_INET6`. */
  readonly AF_INET6: typeof AF_INET6;
  /** `socket.AF_ROSE`. */
  readonly AF_ROSE: typeof AF_ROSE;
  /** `socket.AF_NETBEUI`. */
  readonly AF_NETBEUI: typeof AF_NETBEUI;
  /** `socket.AF_SECURITY`. */
  readonly AF_SECURITY: typeof AF_SECURITY;
  /** `socket.AF_KEY`. */
  readonly AF_KEY: typeof AF_KEY;
  /** `socket.AF_NETLINK`. */
  readonly AF_NETLINK: typeof AF_NETLINK;
  /** `socket.AF_ROUTE`. */
  readonly AF_ROUTE: typeof AF_ROUTE;
  /** `socket.AF_PACKET`. */
  readonly AF_PACKET: typeof AF_PACKET;
  /** `socket.AF_ASH`. */
  readonly AF_ASH: typeof AF_ASH;
  /** `socket.AF_ECONET`. */
  readonly AF_ECONET: typeof AF_ECONET;
  /** `socket.AF_ATMSVC`. */
  readonly AF_ATMSVC: typeof AF_ATMSVC;
  /** `socket.AF_RDS`. */
  readonly AF_RDS: typeof AF_RDS;
  /** `socket.AF_SNA`. */
  readonly AF_SNA: typeof AF_SNA;
  /** `socket.AF_IRDA`. */
  readonly AF_IRDA: typeof AF_IRDA;
  /** `socket.AF_PPPOX`. */
  readonly AF_PPPOX: typeof AF_PPPOX;
  /** `socket.AF_WANPIPE`. */
  readonly AF_WANPIPE: typeof AF_WANPIPE;
  /** `socket.AF_LLC`. */
  readonly AF_LLC: typeof AF_LLC;
  /** `socket.AF_CAN`. */
  readonly AF_CAN: typeof AF_CAN;
  /** `socket.AF_TIPC`. */
  readonly AF_TIPC: typeof AF_TIPC;
  /** `socket.AF_BLUETOOTH`. */
  readonly AF_BLUETOOTH: typeof AF_BLUETOOTH;
  /** `socket.AF_ALG`. */
  readonly AF_ALG: typeof AF_ALG;
  /** `socket.AF_VSOCK`. */
  readonly AF_VSOCK: typeof AF_VSOCK;
  /** `socket.AF_QIPCRTR`. */
  readonly AF_QIPCRTR: typeof AF_QIPCRTR;
}

/**
 * Python's `socket.AddressFamily`, an `IntEnum`: a number no member has is a `ValueError`. Its members are the numbers
 * themselves: `AddressFamily.AF_INET === socket.AF_INET`. Python's names and reprs come
 * from the enum: `AddressFamily.nameOf(n)` is `member.name`, `AddressFamily.repr(n)` is
 * `repr(member)`, `AddressFamily(n)` is Python's `AddressFamily(n)`, and iterating it
 * gives the members in Python's order. `String(n)` is already Python 3.11's
 * `str(member)`.
 *
 * @example Python's name and repr of a number
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const { AddressFamily } = socket;
 * assert(AddressFamily.AF_INET === socket.AF_INET);
 * assert(AddressFamily.nameOf(socket.AF_INET) === "AF_INET");
 * assert(AddressFamily.repr(socket.AF_INET) === "<AddressFamily.AF_INET: 2>");
 * ```
 */
export const AddressFamily: IntEnum<AddressFamilyMembers> = intEnum<
  AddressFamilyMembers
>(
  "AddressFamily",
  {
    AF_UNSPEC,
    AF_UNIX,
    AF_INET,
    AF_AX25,
    AF_IPX,
    AF_APPLETALK,
    AF_NETROM,
    AF_BRIDGE,
    AF_ATMPVC,
    AF_X25,
    AF_INET6,
    AF_ROSE,
    AF_NETBEUI,
    AF_SECURITY,
    AF_KEY,
    AF_NETLINK,
    AF_ROUTE,
    AF_PACKET,
    AF_ASH,
    AF_ECONET,
    AF_ATMSVC,
    AF_RDS,
    AF_SNA,
    AF_IRDA,
    AF_PPPOX,
    AF_WANPIPE,
    AF_LLC,
    AF_CAN,
    AF_TIPC,
    AF_BLUETOOTH,
    AF_ALG,
    AF_VSOCK,
    AF_QIPCRTR,
  },
  false,
);

/**
 * The members of {@linkcode SocketKind}: Python's socket types (`SOCK_*`), each the number
 * of the module constant of that name.
 */
export interface SocketKindMembers {
  /** `socket.SOCK_STREAM`. */
  readonly SOCK_STREAM: typeof SOCK_STREAM;
  /** `socket.SOCK_DGRAM`. */
  readonly SOCK_DGRAM: typeof SOCK_DGRAM;
  /** `socket.SOCK_RAW`. */
  readonly SOCK_RAW: typeof SOCK_RAW;
  /** `socket.SOCK_RDM`. */
  readonly SOCK_RDM: typeof SOCK_RDM;
  /** `socket.SOCK_SEQPACKET`. */
  readonly SOCK_SEQPACKET: typeof SOCK_SEQPACKET;
  /** `socket.SOCK_NONBLOCK`. */
  readonly SOCK_NONBLOCK: typeof SOCK_NONBLOCK;
  /** `socket.SOCK_CLOEXEC`. */
  readonly SOCK_CLOEXEC: typeof SOCK_CLOEXEC;
}

/**
 * Python's `socket.SocketKind`, an `IntEnum`: a number no member has is a `ValueError`. Its members are the numbers
 * themselves: `SocketKind.SOCK_STREAM === socket.SOCK_STREAM`. Python's names and reprs come
 * from the enum: `SocketKind.nameOf(n)` is `member.name`, `SocketKind.repr(n)` is
 * `repr(member)`, `SocketKind(n)` is Python's `SocketKind(n)`, and iterating it
 * gives the members in Python's order. `String(n)` is already Python 3.11's
 * `str(member)`.
 *
 * @example Python's name and repr of a number
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const { SocketKind } = socket;
 * assert(SocketKind.SOCK_STREAM === socket.SOCK_STREAM);
 * assert(SocketKind.nameOf(socket.SOCK_STREAM) === "SOCK_STREAM");
 * assert(SocketKind.repr(socket.SOCK_STREAM) === "<SocketKind.SOCK_STREAM: 1>");
 * ```
 */
export const SocketKind: IntEnum<SocketKindMembers> = intEnum<
  SocketKindMembers
>("SocketKind", {
  SOCK_STREAM,
  SOCK_DGRAM,
  SOCK_RAW,
  SOCK_RDM,
  SOCK_SEQPACKET,
  SOCK_NONBLOCK,
  SOCK_CLOEXEC,
}, false);

/**
 * The members of {@linkcode MsgFlag}: Python's `send`/`recv` flags (`MSG_*`), each the number
 * of the module constant of that name.
 */
export interface MsgFlagMembers {
  /** `socket.MSG_OOB`. */
  readonly MSG_OOB: typeof MSG_OOB;
  /** `socket.MSG_PEEK`. */
  readonly MSG_PEEK: typeof MSG_PEEK;
  /** `socket.MSG_DONTROUTE`. */
  readonly MSG_DONTROUTE: typeof MSG_DONTROUTE;
  /** `socket.MSG_CTRUNC`. */
  readonly MSG_CTRUNC: typeof MSG_CTRUNC;
  /** `socket.MSG_TRUNC`. */
  readonly MSG_TRUNC: typeof MSG_TRUNC;
  /** `socket.MSG_DONTWAIT`. */
  readonly MSG_DONTWAIT: typeof MSG_DONTWAIT;
  /** `socket.MSG_EOR`. */
  readonly MSG_EOR: typeof MSG_EOR;
  /** `socket.MSG_WAITALL`. */
  readonly MSG_WAITALL: typeof MSG_WAITALL;
  /** `socket.MSG_CONFIRM`. */
  readonly MSG_CONFIRM: typeof MSG_CONFIRM;
  /** `socket.MSG_ERRQUEUE`. */
  readonly MSG_ERRQUEUE: typeof MSG_ERRQUEUE;
  /** `socket.MSG_NOSIGNAL`. */
  readonly MSG_NOSIGNAL: typeof MSG_NOSIGNAL;
  /** `socket.MSG_MORE`. */
  readonly MSG_MORE: typeof MSG_MORE;
  /** `socket.MSG_FASTOPEN`. */
  readonly MSG_FASTOPEN: typeof MSG_FASTOPEN;
  /** `socket.MSG_CMSG_CLOEXEC`. */
  readonly MSG_CMSG_CLOEXEC: typeof MSG_CMSG_CLOEXEC;
}

/**
 * Python's `socket.MsgFlag`, an `IntFlag`: any combination of its bits is a value. Its members are the numbers
 * themselves: `MsgFlag.MSG_PEEK === socket.MSG_PEEK`. Python's names and reprs come
 * from the enum: `MsgFlag.nameOf(n)` is `member.name`, `MsgFlag.repr(n)` is
 * `repr(member)`, `MsgFlag(n)` is Python's `MsgFlag(n)`, and iterating it
 * gives the members in Python's order. `String(n)` is already Python 3.11's
 * `str(member)`.
 *
 * @example Python's name and repr of a number
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const { MsgFlag } = socket;
 * assert(MsgFlag.MSG_PEEK === socket.MSG_PEEK);
 * assert(MsgFlag.nameOf(socket.MSG_PEEK) === "MSG_PEEK");
 * assert(MsgFlag.repr(socket.MSG_PEEK) === "<MsgFlag.MSG_PEEK: 2>");
 * assert(MsgFlag.repr(socket.MSG_PEEK | socket.MSG_OOB) === "<MsgFlag.MSG_OOB|MSG_PEEK: 3>");
 * ```
 */
export const MsgFlag: IntEnum<MsgFlagMembers> = intEnum<MsgFlagMembers>(
  "MsgFlag",
  {
    MSG_OOB,
    MSG_PEEK,
    MSG_DONTROUTE,
    MSG_CTRUNC,
    MSG_TRUNC,
    MSG_DONTWAIT,
    MSG_EOR,
    MSG_WAITALL,
    MSG_CONFIRM,
    MSG_ERRQUEUE,
    MSG_NOSIGNAL,
    MSG_MORE,
    MSG_FASTOPEN,
    MSG_CMSG_CLOEXEC,
  },
  true,
);

/**
 * The members of {@linkcode AddressInfo}: Python's `getaddrinfo` flags (`AI_*`), each the number
 * of the module constant of that name.
 */
export interface AddressInfoMembers {
  /** `socket.AI_PASSIVE`. */
  readonly AI_PASSIVE: typeof AI_PASSIVE;
  /** `socket.AI_CANONNAME`. */
  readonly AI_CANONNAME: typeof AI_CANONNAME;
  /** `socket.AI_NUMERICHOST`. */
  readonly AI_NUMERICHOST: typeof AI_NUMERICHOST;
  /** `socket.AI_V4MAPPED`. */
  readonly AI_V4MAPPED: typeof AI_V4MAPPED;
  /** `socket.AI_ALL`. */
  readonly AI_ALL: typeof AI_ALL;
  /** `socket.AI_ADDRCONFIG`. */
  readonly AI_ADDRCONFIG: typeof AI_ADDRCONFIG;
  /** `socket.AI_NUMERICSERV`. */
  readonly AI_NUMERICSERV: typeof AI_NUMERICSERV;
}

/**
 * Python's `socket.AddressInfo`, an `IntFlag`: any combination of its bits is a value. Its members are the numbers
 * themselves: `AddressInfo.AI_PASSIVE === socket.AI_PASSIVE`. Python's names and reprs come
 * from the enum: `AddressInfo.nameOf(n)` is `member.name`, `AddressInfo.repr(n)` is
 * `repr(member)`, `AddressInfo(n)` is Python's `AddressInfo(n)`, and iterating it
 * gives the members in Python's order. `String(n)` is already Python 3.11's
 * `str(member)`.
 *
 * @example Python's name and repr of a number
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const { AddressInfo } = socket;
 * assert(AddressInfo.AI_PASSIVE === socket.AI_PASSIVE);
 * assert(AddressInfo.nameOf(socket.AI_PASSIVE) === "AI_PASSIVE");
 * assert(AddressInfo.repr(socket.AI_PASSIVE) === "<AddressInfo.AI_PASSIVE: 1>");
 * assert(AddressInfo.repr(socket.AI_PASSIVE | socket.AI_CANONNAME) === "<AddressInfo.AI_PASSIVE|AI_CANONNAME: 3>");
 * ```
 */
export const AddressInfo: IntEnum<AddressInfoMembers> = intEnum<
  AddressInfoMembers
>("AddressInfo", {
  AI_PASSIVE,
  AI_CANONNAME,
  AI_NUMERICHOST,
  AI_V4MAPPED,
  AI_ALL,
  AI_ADDRCONFIG,
  AI_NUMERICSERV,
}, true);
