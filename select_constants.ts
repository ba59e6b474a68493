// Python's select module constants for poll and epoll objects (Linux's
// values; `@pysocket/socket/ffi/select`'s `poll()` and `epoll()` take and
// report them).

/**
 * Python's `select.EPOLLERR` (epoll event bit): error condition (reported whatever was asked).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLERR === 8);
 * ```
 */
export const EPOLLERR = 8;

/**
 * Python's `select.EPOLLET` (epoll event bit): edge-triggered: report a change once.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLET === 0x80000000);
 * ```
 */
export const EPOLLET = 0x80000000;

/**
 * Python's `select.EPOLLEXCLUSIVE` (epoll event bit): wake only one of the epoll instances that wait on the same descriptor.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLEXCLUSIVE === 0x10000000);
 * ```
 */
export const EPOLLEXCLUSIVE = 0x10000000;

/**
 * Python's `select.EPOLLHUP` (epoll event bit): hung up (reported whatever was asked).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLHUP === 0x10);
 * ```
 */
export const EPOLLHUP = 0x10;

/**
 * Python's `select.EPOLLIN` (epoll event bit): available for reading.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLIN === 1);
 * ```
 */
export const EPOLLIN = 1;

/**
 * Python's `select.EPOLLMSG` (epoll event bit): ignored.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLMSG === 0x400);
 * ```
 */
export const EPOLLMSG = 0x400;

/**
 * Python's `select.EPOLLONESHOT` (epoll event bit): report one event, then disable the registration until `modify()`.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLONESHOT === 0x40000000);
 * ```
 */
export const EPOLLONESHOT = 0x40000000;

/**
 * Python's `select.EPOLLOUT` (epoll event bit): available for writing.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLOUT === 4);
 * ```
 */
export const EPOLLOUT = 4;

/**
 * Python's `select.EPOLLPRI` (epoll event bit): urgent data to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLPRI === 2);
 * ```
 */
export const EPOLLPRI = 2;

/**
 * Python's `select.EPOLLRDBAND` (epoll event bit): priority data band to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLRDBAND === 0x80);
 * ```
 */
export const EPOLLRDBAND = 0x80;

/**
 * Python's `select.EPOLLRDHUP` (epoll event bit): the peer shut down its writing half (stream sockets).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLRDHUP === 0x2000);
 * ```
 */
export const EPOLLRDHUP = 0x2000;

/**
 * Python's `select.EPOLLRDNORM` (epoll event bit): as `EPOLLIN`.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLRDNORM === 0x40);
 * ```
 */
export const EPOLLRDNORM = 0x40;

/**
 * Python's `select.EPOLLWRBAND` (epoll event bit): priority data may be written.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLWRBAND === 0x200);
 * ```
 */
export const EPOLLWRBAND = 0x200;

/**
 * Python's `select.EPOLLWRNORM` (epoll event bit): as `EPOLLOUT`.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLLWRNORM === 0x100);
 * ```
 */
export const EPOLLWRNORM = 0x100;

/**
 * Python's `select.EPOLL_CLOEXEC` (epoll flag): `epoll()`'s deprecated flag: the descriptor is not inherited (always so here).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.EPOLL_CLOEXEC === 0x80000);
 * ```
 */
export const EPOLL_CLOEXEC = 0x80000;

/**
 * Python's `select.POLLERR` (poll event bit): error condition (reported whatever was asked).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLERR === 8);
 * ```
 */
export const POLLERR = 8;

/**
 * Python's `select.POLLHUP` (poll event bit): hung up (reported whatever was asked).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLHUP === 0x10);
 * ```
 */
export const POLLHUP = 0x10;

/**
 * Python's `select.POLLIN` (poll event bit): there is data to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLIN === 1);
 * ```
 */
export const POLLIN = 1;

/**
 * Python's `select.POLLMSG` (poll event bit): unused on Linux.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLMSG === 0x400);
 * ```
 */
export const POLLMSG = 0x400;

/**
 * Python's `select.POLLNVAL` (poll event bit): invalid request: the descriptor is not open (reported whatever was asked).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLNVAL === 0x20);
 * ```
 */
export const POLLNVAL = 0x20;

/**
 * Python's `select.POLLOUT` (poll event bit): ready for output: writing will not block.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLOUT === 4);
 * ```
 */
export const POLLOUT = 4;

/**
 * Python's `select.POLLPRI` (poll event bit): there is urgent data to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLPRI === 2);
 * ```
 */
export const POLLPRI = 2;

/**
 * Python's `select.POLLRDBAND` (poll event bit): priority band data to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLRDBAND === 0x80);
 * ```
 */
export const POLLRDBAND = 0x80;

/**
 * Python's `select.POLLRDHUP` (poll event bit): the peer shut down its writing half (stream sockets).
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLRDHUP === 0x2000);
 * ```
 */
export const POLLRDHUP = 0x2000;

/**
 * Python's `select.POLLRDNORM` (poll event bit): normal data to read.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLRDNORM === 0x40);
 * ```
 */
export const POLLRDNORM = 0x40;

/**
 * Python's `select.POLLWRBAND` (poll event bit): priority data may be written.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLWRBAND === 0x200);
 * ```
 */
export const POLLWRBAND = 0x200;

/**
 * Python's `select.POLLWRNORM` (poll event bit): writing normal data will not block.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import assert from "node:assert/strict";
 * assert(select.POLLWRNORM === 0x100);
 * ```
 */
export const POLLWRNORM = 0x100;
