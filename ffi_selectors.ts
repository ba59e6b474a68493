/**
 * Python's `selectors` module over the native engine
 * (`@pysocket/socket/ffi/selectors`): the names of
 * `@pysocket/socket/selectors`, with `DefaultSelector` (and its
 * `EpollSelector`, `PollSelector`, `SelectSelector` names) taking the
 * sockets of `@pysocket/socket/ffi` and the kernel's answer. The main
 * entry's sockets are refused with a `ValueError` that names both entries.
 *
 * @example A selector over a native socket pair
 * ```ts
 * import * as selectors from "@pysocket/socket/ffi/selectors";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 *
 * using sel = new selectors.DefaultSelector();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * sel.register(b, selectors.EVENT_READ);
 * await a.send(new Uint8Array([1]));
 * const [[key]] = await sel.select(1) as [[selectors.SelectorKey, number]];
 * assert(key.fileobj === b);
 * ```
 *
 * @module
 */

export * from "./selectors.ts";
// The main entry's selector, which the native one extends (see ffi.ts).
export { DefaultSelector as BaseSelector } from "./selectors.ts";
export {
  NativePollSelector as PollSelector,
  NativeSelector as DefaultSelector,
  NativeSelector as EpollSelector,
  NativeSelectSelector as SelectSelector,
} from "./_native/selectors.ts";
