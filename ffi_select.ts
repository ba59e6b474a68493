/**
 * Python's `select` module over the native engine
 * (`@pysocket/socket/ffi/select`): `select.select()` answered by the
 * kernel's `poll(2)`, `select.poll()` and `select.epoll()` objects (a poll
 * set, a kernel epoll instance) with the `POLL*` and `EPOLL*` constants,
 * for the sockets of `@pysocket/socket/ffi` and any other descriptor. The
 * main entry's sockets are refused with a `ValueError` that names both
 * entries, as `@pysocket/socket/select` refuses these.
 *
 * @example Wait until a socket is readable
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 *
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.send(new Uint8Array([1]));
 * const [readable] = await select.select([b], [], [], 1);
 * assert(readable[0] === b);
 * ```
 *
 * @module
 */

export { nativeSelect as select } from "./_native/select.ts";
export { Epoll, epoll } from "./_native/epoll.ts";
export { Poll, poll } from "./_native/poll.ts";
export * from "./select_constants.ts";
