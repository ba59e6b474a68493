// The rest of Linux Python 3.11's socket constants: families, protocols,
// options and ancillary types the default engine cannot use but programs
// name (in option tables, address checks, ancillary parsing). Each has
// Linux's value; tests/names_dir_test.ts compares them with python3's.

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ALG === 38);
 * ```
 */
export const AF_ALG = 38;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_APPLETALK === 5);
 * ```
 */
export const AF_APPLETALK = 5;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ASH === 18);
 * ```
 */
export const AF_ASH = 18;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ATMPVC === 8);
 * ```
 */
export const AF_ATMPVC = 8;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ATMSVC === 20);
 * ```
 */
export const AF_ATMSVC = 20;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_AX25 === 3);
 * ```
 */
export const AF_AX25 = 3;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_BRIDGE === 7);
 * ```
 */
export const AF_BRIDGE = 7;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_CAN === 29);
 * ```
 */
export const AF_CAN = 29;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_DECnet === 12);
 * ```
 */
export const AF_DECnet = 12;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ECONET === 19);
 * ```
 */
export const AF_ECONET = 19;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_IPX === 4);
 * ```
 */
export const AF_IPX = 4;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_IRDA === 23);
 * ```
 */
export const AF_IRDA = 23;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_KEY === 15);
 * ```
 */
export const AF_KEY = 15;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_LLC === 26);
 * ```
 */
export const AF_LLC = 26;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_NETBEUI === 13);
 * ```
 */
export const AF_NETBEUI = 13;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_NETROM === 6);
 * ```
 */
export const AF_NETROM = 6;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_PPPOX === 24);
 * ```
 */
export const AF_PPPOX = 24;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_QIPCRTR === 42);
 * ```
 */
export const AF_QIPCRTR = 42;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_RDS === 21);
 * ```
 */
export const AF_RDS = 21;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ROSE === 11);
 * ```
 */
export const AF_ROSE = 11;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_ROUTE === 16);
 * ```
 */
export const AF_ROUTE = 16;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_SECURITY === 14);
 * ```
 */
export const AF_SECURITY = 14;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_SNA === 22);
 * ```
 */
export const AF_SNA = 22;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_TIPC === 30);
 * ```
 */
export const AF_TIPC = 30;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_VSOCK === 40);
 * ```
 */
export const AF_VSOCK = 40;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_WANPIPE === 25);
 * ```
 */
export const AF_WANPIPE = 25;

/**
 * Address family (Linux's value). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_X25 === 9);
 * ```
 */
export const AF_X25 = 9;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_OP_DECRYPT === 0);
 * ```
 */
export const ALG_OP_DECRYPT = 0;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_OP_ENCRYPT === 1);
 * ```
 */
export const ALG_OP_ENCRYPT = 1;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_OP_SIGN === 2);
 * ```
 */
export const ALG_OP_SIGN = 2;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_OP_VERIFY === 3);
 * ```
 */
export const ALG_OP_VERIFY = 3;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_AEAD_ASSOCLEN === 4);
 * ```
 */
export const ALG_SET_AEAD_ASSOCLEN = 4;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_AEAD_AUTHSIZE === 5);
 * ```
 */
export const ALG_SET_AEAD_AUTHSIZE = 5;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_IV === 2);
 * ```
 */
export const ALG_SET_IV = 2;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_KEY === 1);
 * ```
 */
export const ALG_SET_KEY = 1;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_OP === 3);
 * ```
 */
export const ALG_SET_OP = 3;

/**
 * A constant of `AF_ALG` sockets (Linux's value, for code that names it). The default engine cannot make `AF_ALG` sockets: `socket(AF_ALG)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.ALG_SET_PUBKEY === 6);
 * ```
 */
export const ALG_SET_PUBKEY = 6;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM === 2);
 * ```
 */
export const CAN_BCM = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_CAN_FD_FRAME === 2048);
 * ```
 */
export const CAN_BCM_CAN_FD_FRAME = 2048;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_ANNOUNCE_RESUME === 256);
 * ```
 */
export const CAN_BCM_RX_ANNOUNCE_RESUME = 256;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_CHANGED === 12);
 * ```
 */
export const CAN_BCM_RX_CHANGED = 12;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_CHECK_DLC === 64);
 * ```
 */
export const CAN_BCM_RX_CHECK_DLC = 64;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_DELETE === 6);
 * ```
 */
export const CAN_BCM_RX_DELETE = 6;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_FILTER_ID === 32);
 * ```
 */
export const CAN_BCM_RX_FILTER_ID = 32;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_NO_AUTOTIMER === 128);
 * ```
 */
export const CAN_BCM_RX_NO_AUTOTIMER = 128;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_READ === 7);
 * ```
 */
export const CAN_BCM_RX_READ = 7;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_RTR_FRAME === 1024);
 * ```
 */
export const CAN_BCM_RX_RTR_FRAME = 1024;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_SETUP === 5);
 * ```
 */
export const CAN_BCM_RX_SETUP = 5;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_STATUS === 10);
 * ```
 */
export const CAN_BCM_RX_STATUS = 10;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_RX_TIMEOUT === 11);
 * ```
 */
export const CAN_BCM_RX_TIMEOUT = 11;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_SETTIMER === 1);
 * ```
 */
export const CAN_BCM_SETTIMER = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_STARTTIMER === 2);
 * ```
 */
export const CAN_BCM_STARTTIMER = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_ANNOUNCE === 8);
 * ```
 */
export const CAN_BCM_TX_ANNOUNCE = 8;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_COUNTEVT === 4);
 * ```
 */
export const CAN_BCM_TX_COUNTEVT = 4;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_CP_CAN_ID === 16);
 * ```
 */
export const CAN_BCM_TX_CP_CAN_ID = 16;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_DELETE === 2);
 * ```
 */
export const CAN_BCM_TX_DELETE = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_EXPIRED === 9);
 * ```
 */
export const CAN_BCM_TX_EXPIRED = 9;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_READ === 3);
 * ```
 */
export const CAN_BCM_TX_READ = 3;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_RESET_MULTI_IDX === 512);
 * ```
 */
export const CAN_BCM_TX_RESET_MULTI_IDX = 512;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_SEND === 4);
 * ```
 */
export const CAN_BCM_TX_SEND = 4;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_SETUP === 1);
 * ```
 */
export const CAN_BCM_TX_SETUP = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_BCM_TX_STATUS === 8);
 * ```
 */
export const CAN_BCM_TX_STATUS = 8;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_EFF_FLAG === 2147483648);
 * ```
 */
export const CAN_EFF_FLAG = 2147483648;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_EFF_MASK === 536870911);
 * ```
 */
export const CAN_EFF_MASK = 536870911;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_ERR_FLAG === 536870912);
 * ```
 */
export const CAN_ERR_FLAG = 536870912;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_ERR_MASK === 536870911);
 * ```
 */
export const CAN_ERR_MASK = 536870911;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_ISOTP === 6);
 * ```
 */
export const CAN_ISOTP = 6;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_J1939 === 7);
 * ```
 */
export const CAN_J1939 = 7;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW === 1);
 * ```
 */
export const CAN_RAW = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW_FD_FRAMES === 5);
 * ```
 */
export const CAN_RAW_FD_FRAMES = 5;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW_FILTER === 1);
 * ```
 */
export const CAN_RAW_FILTER = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW_JOIN_FILTERS === 6);
 * ```
 */
export const CAN_RAW_JOIN_FILTERS = 6;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW_LOOPBACK === 3);
 * ```
 */
export const CAN_RAW_LOOPBACK = 3;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RAW_RECV_OWN_MSGS === 4);
 * ```
 */
export const CAN_RAW_RECV_OWN_MSGS = 4;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_RTR_FLAG === 1073741824);
 * ```
 */
export const CAN_RTR_FLAG = 1073741824;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CAN_SFF_MASK === 2047);
 * ```
 */
export const CAN_SFF_MASK = 2047;

/**
 * An IPv4 address as an integer in host byte order (Linux's value).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_MAX_LOCAL_GROUP === 3758096639);
 * ```
 */
export const INADDR_MAX_LOCAL_GROUP = 3758096639;

/**
 * An IPv4 address as an integer in host byte order (Linux's value).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.INADDR_UNSPEC_GROUP === 3758096384);
 * ```
 */
export const INADDR_UNSPEC_GROUP = 3758096384;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IOCTL_VM_SOCKETS_GET_LOCAL_CID === 1977);
 * ```
 */
export const IOCTL_VM_SOCKETS_GET_LOCAL_CID = 1977;

/**
 * A port number boundary (Linux's value): ports below `IPPORT_RESERVED` need privilege.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPORT_RESERVED === 1024);
 * ```
 */
export const IPPORT_RESERVED = 1024;

/**
 * A port number boundary (Linux's value): ports below `IPPORT_RESERVED` need privilege.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPORT_USERRESERVED === 5000);
 * ```
 */
export const IPPORT_USERRESERVED = 5000;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_AH === 51);
 * ```
 */
export const IPPROTO_AH = 51;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_DSTOPTS === 60);
 * ```
 */
export const IPPROTO_DSTOPTS = 60;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_EGP === 8);
 * ```
 */
export const IPPROTO_EGP = 8;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_ESP === 50);
 * ```
 */
export const IPPROTO_ESP = 50;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_FRAGMENT === 44);
 * ```
 */
export const IPPROTO_FRAGMENT = 44;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_GRE === 47);
 * ```
 */
export const IPPROTO_GRE = 47;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_HOPOPTS === 0);
 * ```
 */
export const IPPROTO_HOPOPTS = 0;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_IDP === 22);
 * ```
 */
export const IPPROTO_IDP = 22;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_IGMP === 2);
 * ```
 */
export const IPPROTO_IGMP = 2;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_IPIP === 4);
 * ```
 */
export const IPPROTO_IPIP = 4;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_MPTCP === 262);
 * ```
 */
export const IPPROTO_MPTCP = 262;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_NONE === 59);
 * ```
 */
export const IPPROTO_NONE = 59;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_PIM === 103);
 * ```
 */
export const IPPROTO_PIM = 103;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_PUP === 12);
 * ```
 */
export const IPPROTO_PUP = 12;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_ROUTING === 43);
 * ```
 */
export const IPPROTO_ROUTING = 43;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_RSVP === 46);
 * ```
 */
export const IPPROTO_RSVP = 46;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_SCTP === 132);
 * ```
 */
export const IPPROTO_SCTP = 132;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_TP === 29);
 * ```
 */
export const IPPROTO_TP = 29;

/**
 * An IP protocol number (Linux's value), as `getprotobyname` gives it. The default engine makes only TCP and UDP sockets: another protocol raises `EPROTONOSUPPORT` (93).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPPROTO_UDPLITE === 136);
 * ```
 */
export const IPPROTO_UDPLITE = 136;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_CHECKSUM === 7);
 * ```
 */
export const IPV6_CHECKSUM = 7;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_DONTFRAG === 62);
 * ```
 */
export const IPV6_DONTFRAG = 62;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_DSTOPTS === 59);
 * ```
 */
export const IPV6_DSTOPTS = 59;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_HOPLIMIT === 52);
 * ```
 */
export const IPV6_HOPLIMIT = 52;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_HOPOPTS === 54);
 * ```
 */
export const IPV6_HOPOPTS = 54;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_NEXTHOP === 9);
 * ```
 */
export const IPV6_NEXTHOP = 9;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_PATHMTU === 61);
 * ```
 */
export const IPV6_PATHMTU = 61;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_PKTINFO === 50);
 * ```
 */
export const IPV6_PKTINFO = 50;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVDSTOPTS === 58);
 * ```
 */
export const IPV6_RECVDSTOPTS = 58;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVHOPLIMIT === 51);
 * ```
 */
export const IPV6_RECVHOPLIMIT = 51;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVHOPOPTS === 53);
 * ```
 */
export const IPV6_RECVHOPOPTS = 53;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVPATHMTU === 60);
 * ```
 */
export const IPV6_RECVPATHMTU = 60;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVPKTINFO === 49);
 * ```
 */
export const IPV6_RECVPKTINFO = 49;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVRTHDR === 56);
 * ```
 */
export const IPV6_RECVRTHDR = 56;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RECVTCLASS === 66);
 * ```
 */
export const IPV6_RECVTCLASS = 66;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RTHDR === 57);
 * ```
 */
export const IPV6_RTHDR = 57;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RTHDRDSTOPTS === 55);
 * ```
 */
export const IPV6_RTHDRDSTOPTS = 55;

/**
 * An IPv6-level (`IPPROTO_IPV6`) value Linux defines (its value), for code that names it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_RTHDR_TYPE_0 === 0);
 * ```
 */
export const IPV6_RTHDR_TYPE_0 = 0;

/**
 * An IPv6-level (`IPPROTO_IPV6`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IPV6_TCLASS === 67);
 * ```
 */
export const IPV6_TCLASS = 67;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_BIND_ADDRESS_NO_PORT === 24);
 * ```
 */
export const IP_BIND_ADDRESS_NO_PORT = 24;

/**
 * An IPv4-level (`IPPROTO_IP`) value Linux defines (its value), for code that names it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_DEFAULT_MULTICAST_LOOP === 1);
 * ```
 */
export const IP_DEFAULT_MULTICAST_LOOP = 1;

/**
 * An IPv4-level (`IPPROTO_IP`) value Linux defines (its value), for code that names it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_DEFAULT_MULTICAST_TTL === 1);
 * ```
 */
export const IP_DEFAULT_MULTICAST_TTL = 1;

/**
 * An IPv4-level (`IPPROTO_IP`) value Linux defines (its value), for code that names it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_MAX_MEMBERSHIPS === 20);
 * ```
 */
export const IP_MAX_MEMBERSHIPS = 20;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_RECVOPTS === 6);
 * ```
 */
export const IP_RECVOPTS = 6;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_RECVRETOPTS === 7);
 * ```
 */
export const IP_RECVRETOPTS = 7;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_RECVTOS === 13);
 * ```
 */
export const IP_RECVTOS = 13;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_RETOPTS === 7);
 * ```
 */
export const IP_RETOPTS = 7;

/**
 * An IPv4-level (`IPPROTO_IP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.IP_TRANSPARENT === 19);
 * ```
 */
export const IP_TRANSPARENT = 19;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_EE_INFO_NONE === 0);
 * ```
 */
export const J1939_EE_INFO_NONE = 0;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_EE_INFO_TX_ABORT === 1);
 * ```
 */
export const J1939_EE_INFO_TX_ABORT = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_FILTER_MAX === 512);
 * ```
 */
export const J1939_FILTER_MAX = 512;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_IDLE_ADDR === 254);
 * ```
 */
export const J1939_IDLE_ADDR = 254;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_MAX_UNICAST_ADDR === 253);
 * ```
 */
export const J1939_MAX_UNICAST_ADDR = 253;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_NLA_BYTES_ACKED === 1);
 * ```
 */
export const J1939_NLA_BYTES_ACKED = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_NLA_PAD === 0);
 * ```
 */
export const J1939_NLA_PAD = 0;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_NO_ADDR === 255);
 * ```
 */
export const J1939_NO_ADDR = 255;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_NO_NAME === 0);
 * ```
 */
export const J1939_NO_NAME = 0;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_NO_PGN === 262144);
 * ```
 */
export const J1939_NO_PGN = 262144;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_PGN_ADDRESS_CLAIMED === 60928);
 * ```
 */
export const J1939_PGN_ADDRESS_CLAIMED = 60928;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_PGN_ADDRESS_COMMANDED === 65240);
 * ```
 */
export const J1939_PGN_ADDRESS_COMMANDED = 65240;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_PGN_MAX === 262143);
 * ```
 */
export const J1939_PGN_MAX = 262143;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_PGN_PDU1_MAX === 261888);
 * ```
 */
export const J1939_PGN_PDU1_MAX = 261888;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.J1939_PGN_REQUEST === 59904);
 * ```
 */
export const J1939_PGN_REQUEST = 59904;

/**
 * A `send`/`recv` flag (Linux's value). The default engine's calls raise `EOPNOTSUPP` (95) for it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.MSG_FASTOPEN === 536870912);
 * ```
 */
export const MSG_FASTOPEN = 536870912;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_CRYPTO === 21);
 * ```
 */
export const NETLINK_CRYPTO = 21;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_DNRTMSG === 14);
 * ```
 */
export const NETLINK_DNRTMSG = 14;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_FIREWALL === 3);
 * ```
 */
export const NETLINK_FIREWALL = 3;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_IP6_FW === 13);
 * ```
 */
export const NETLINK_IP6_FW = 13;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_NFLOG === 5);
 * ```
 */
export const NETLINK_NFLOG = 5;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_ROUTE === 0);
 * ```
 */
export const NETLINK_ROUTE = 0;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_USERSOCK === 2);
 * ```
 */
export const NETLINK_USERSOCK = 2;

/**
 * A constant of `AF_NETLINK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_NETLINK` sockets: `socket(AF_NETLINK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.NETLINK_XFRM === 6);
 * ```
 */
export const NETLINK_XFRM = 6;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_BROADCAST === 1);
 * ```
 */
export const PACKET_BROADCAST = 1;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_FASTROUTE === 6);
 * ```
 */
export const PACKET_FASTROUTE = 6;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_HOST === 0);
 * ```
 */
export const PACKET_HOST = 0;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_LOOPBACK === 5);
 * ```
 */
export const PACKET_LOOPBACK = 5;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_MULTICAST === 2);
 * ```
 */
export const PACKET_MULTICAST = 2;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_OTHERHOST === 3);
 * ```
 */
export const PACKET_OTHERHOST = 3;

/**
 * A constant of `AF_PACKET` sockets (Linux's value, for code that names it). The default engine cannot make `AF_PACKET` sockets: `socket(AF_PACKET)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PACKET_OUTGOING === 4);
 * ```
 */
export const PACKET_OUTGOING = 4;

/**
 * Protocol family: the same number as `AF_CAN`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PF_CAN === 29);
 * ```
 */
export const PF_CAN = 29;

/**
 * Protocol family: the same number as `AF_PACKET`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PF_PACKET === 17);
 * ```
 */
export const PF_PACKET = 17;

/**
 * Protocol family: the same number as `AF_RDS`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.PF_RDS === 21);
 * ```
 */
export const PF_RDS = 21;

/**
 * A socket-level (`SOL_SOCKET`) ancillary message type: the sender's process credentials (Linux's value). The default engine passes no ancillary data: `sendmsg` with it raises `EOPNOTSUPP` (95), naming `@pysocket/socket/ffi`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_CREDENTIALS === 2);
 * ```
 */
export const SCM_CREDENTIALS = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_J1939_DEST_ADDR === 1);
 * ```
 */
export const SCM_J1939_DEST_ADDR = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_J1939_DEST_NAME === 2);
 * ```
 */
export const SCM_J1939_DEST_NAME = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_J1939_ERRQUEUE === 4);
 * ```
 */
export const SCM_J1939_ERRQUEUE = 4;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_J1939_PRIO === 3);
 * ```
 */
export const SCM_J1939_PRIO = 3;

/**
 * A socket-level (`SOL_SOCKET`) ancillary message type: descriptors passed over `AF_UNIX` (Linux's value). The default engine passes no ancillary data: `sendmsg` with it raises `EOPNOTSUPP` (95), naming `@pysocket/socket/ffi`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SCM_RIGHTS === 1);
 * ```
 */
export const SCM_RIGHTS = 1;

/**
 * An option level for `setsockopt`/`getsockopt` (Linux's value). The default engine knows no option at this level: `ENOPROTOOPT` (92).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_ALG === 279);
 * ```
 */
export const SOL_ALG = 279;

/**
 * An option level for `setsockopt`/`getsockopt` (Linux's value). The default engine knows no option at this level: `ENOPROTOOPT` (92).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_CAN_BASE === 100);
 * ```
 */
export const SOL_CAN_BASE = 100;

/**
 * An option level for `setsockopt`/`getsockopt` (Linux's value). The default engine knows no option at this level: `ENOPROTOOPT` (92).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_CAN_RAW === 101);
 * ```
 */
export const SOL_CAN_RAW = 101;

/**
 * An option level for `setsockopt`/`getsockopt` (Linux's value). The default engine knows no option at this level: `ENOPROTOOPT` (92).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_RDS === 276);
 * ```
 */
export const SOL_RDS = 276;

/**
 * An option level for `setsockopt`/`getsockopt` (Linux's value). The default engine knows no option at this level: `ENOPROTOOPT` (92).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_TIPC === 271);
 * ```
 */
export const SOL_TIPC = 271;

/**
 * A socket-level (`SOL_SOCKET`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_INCOMING_CPU === 49);
 * ```
 */
export const SO_INCOMING_CPU = 49;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_J1939_ERRQUEUE === 4);
 * ```
 */
export const SO_J1939_ERRQUEUE = 4;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_J1939_FILTER === 1);
 * ```
 */
export const SO_J1939_FILTER = 1;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_J1939_PROMISC === 2);
 * ```
 */
export const SO_J1939_PROMISC = 2;

/**
 * A constant of `AF_CAN` sockets (Linux's value, for code that names it). The default engine cannot make `AF_CAN` sockets: `socket(AF_CAN)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_J1939_SEND_PRIO === 3);
 * ```
 */
export const SO_J1939_SEND_PRIO = 3;

/**
 * A socket-level (`SOL_SOCKET`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_MARK === 36);
 * ```
 */
export const SO_MARK = 36;

/**
 * A socket-level (`SOL_SOCKET`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PASSSEC === 34);
 * ```
 */
export const SO_PASSSEC = 34;

/**
 * A socket-level (`SOL_SOCKET`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_PEERSEC === 31);
 * ```
 */
export const SO_PEERSEC = 31;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_VM_SOCKETS_BUFFER_MAX_SIZE === 2);
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_MAX_SIZE = 2;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_VM_SOCKETS_BUFFER_MIN_SIZE === 1);
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_MIN_SIZE = 1;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SO_VM_SOCKETS_BUFFER_SIZE === 0);
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_SIZE = 0;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_CONGESTION === 13);
 * ```
 */
export const TCP_CONGESTION = 13;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_DEFER_ACCEPT === 9);
 * ```
 */
export const TCP_DEFER_ACCEPT = 9;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_FASTOPEN === 23);
 * ```
 */
export const TCP_FASTOPEN = 23;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_INFO === 11);
 * ```
 */
export const TCP_INFO = 11;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_LINGER2 === 8);
 * ```
 */
export const TCP_LINGER2 = 8;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_NOTSENT_LOWAT === 25);
 * ```
 */
export const TCP_NOTSENT_LOWAT = 25;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_SYNCNT === 7);
 * ```
 */
export const TCP_SYNCNT = 7;

/**
 * A TCP-level (`IPPROTO_TCP`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TCP_WINDOW_CLAMP === 10);
 * ```
 */
export const TCP_WINDOW_CLAMP = 10;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_ADDR_ID === 3);
 * ```
 */
export const TIPC_ADDR_ID = 3;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_ADDR_NAME === 2);
 * ```
 */
export const TIPC_ADDR_NAME = 2;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_ADDR_NAMESEQ === 1);
 * ```
 */
export const TIPC_ADDR_NAMESEQ = 1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_CFG_SRV === 0);
 * ```
 */
export const TIPC_CFG_SRV = 0;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_CLUSTER_SCOPE === 2);
 * ```
 */
export const TIPC_CLUSTER_SCOPE = 2;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_CONN_TIMEOUT === 130);
 * ```
 */
export const TIPC_CONN_TIMEOUT = 130;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_CRITICAL_IMPORTANCE === 3);
 * ```
 */
export const TIPC_CRITICAL_IMPORTANCE = 3;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_DEST_DROPPABLE === 129);
 * ```
 */
export const TIPC_DEST_DROPPABLE = 129;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_HIGH_IMPORTANCE === 2);
 * ```
 */
export const TIPC_HIGH_IMPORTANCE = 2;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_IMPORTANCE === 127);
 * ```
 */
export const TIPC_IMPORTANCE = 127;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_LOW_IMPORTANCE === 0);
 * ```
 */
export const TIPC_LOW_IMPORTANCE = 0;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_MEDIUM_IMPORTANCE === 1);
 * ```
 */
export const TIPC_MEDIUM_IMPORTANCE = 1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_NODE_SCOPE === 3);
 * ```
 */
export const TIPC_NODE_SCOPE = 3;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_PUBLISHED === 1);
 * ```
 */
export const TIPC_PUBLISHED = 1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_SRC_DROPPABLE === 128);
 * ```
 */
export const TIPC_SRC_DROPPABLE = 128;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_SUBSCR_TIMEOUT === 3);
 * ```
 */
export const TIPC_SUBSCR_TIMEOUT = 3;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_SUB_CANCEL === 4);
 * ```
 */
export const TIPC_SUB_CANCEL = 4;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_SUB_PORTS === 1);
 * ```
 */
export const TIPC_SUB_PORTS = 1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_SUB_SERVICE === 2);
 * ```
 */
export const TIPC_SUB_SERVICE = 2;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_TOP_SRV === 1);
 * ```
 */
export const TIPC_TOP_SRV = 1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_WAIT_FOREVER === -1);
 * ```
 */
export const TIPC_WAIT_FOREVER: -1 = -1;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_WITHDRAWN === 2);
 * ```
 */
export const TIPC_WITHDRAWN = 2;

/**
 * A constant of `AF_TIPC` sockets (Linux's value, for code that names it). The default engine cannot make `AF_TIPC` sockets: `socket(AF_TIPC)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.TIPC_ZONE_SCOPE === 1);
 * ```
 */
export const TIPC_ZONE_SCOPE = 1;

/**
 * A UDP-Lite-level (`IPPROTO_UDPLITE`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.UDPLITE_RECV_CSCOV === 11);
 * ```
 */
export const UDPLITE_RECV_CSCOV = 11;

/**
 * A UDP-Lite-level (`IPPROTO_UDPLITE`) socket option or ancillary data type (Linux's value). The default engine cannot honour it: `setsockopt`/`getsockopt` raise `ENOPROTOOPT` (92); the native engine passes it to the kernel.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.UDPLITE_SEND_CSCOV === 10);
 * ```
 */
export const UDPLITE_SEND_CSCOV = 10;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.VMADDR_CID_ANY === 4294967295);
 * ```
 */
export const VMADDR_CID_ANY = 4294967295;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.VMADDR_CID_HOST === 2);
 * ```
 */
export const VMADDR_CID_HOST = 2;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.VMADDR_PORT_ANY === 4294967295);
 * ```
 */
export const VMADDR_PORT_ANY = 4294967295;

/**
 * A constant of `AF_VSOCK` sockets (Linux's value, for code that names it). The default engine cannot make `AF_VSOCK` sockets: `socket(AF_VSOCK)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.VM_SOCKETS_INVALID_VERSION === 4294967295);
 * ```
 */
export const VM_SOCKETS_INVALID_VERSION = 4294967295;

/**
 * Address family (Linux's value; Python has it when built with Bluetooth headers, as Debian's is). The default engine makes only `AF_INET`, `AF_INET6` and `AF_UNIX` sockets: `socket()` of this family raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.AF_BLUETOOTH === 31);
 * ```
 */
export const AF_BLUETOOTH = 31;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BTPROTO_L2CAP === 0);
 * ```
 */
export const BTPROTO_L2CAP = 0;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BTPROTO_HCI === 1);
 * ```
 */
export const BTPROTO_HCI = 1;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BTPROTO_SCO === 2);
 * ```
 */
export const BTPROTO_SCO = 2;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BTPROTO_RFCOMM === 3);
 * ```
 */
export const BTPROTO_RFCOMM = 3;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SOL_HCI === 0);
 * ```
 */
export const SOL_HCI = 0;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.HCI_DATA_DIR === 1);
 * ```
 */
export const HCI_DATA_DIR = 1;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.HCI_FILTER === 2);
 * ```
 */
export const HCI_FILTER = 2;

/**
 * A constant of `AF_BLUETOOTH` sockets (Linux's value, as Python built with Bluetooth headers has it). The default engine cannot make `AF_BLUETOOTH` sockets: `socket(AF_BLUETOOTH)` raises `EAFNOSUPPORT` (97).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.HCI_TIME_STAMP === 3);
 * ```
 */
export const HCI_TIME_STAMP = 3;

/**
 * Python's `socket.BDADDR_ANY`: the Bluetooth address that binds any adapter.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BDADDR_ANY === "00:00:00:00:00:00");
 * ```
 */
export const BDADDR_ANY = "00:00:00:00:00:00";

/**
 * Python's `socket.BDADDR_LOCAL`: the Bluetooth address of the local adapter.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.BDADDR_LOCAL === "00:00:00:FF:FF:FF");
 * ```
 */
export const BDADDR_LOCAL = "00:00:00:FF:FF:FF";
