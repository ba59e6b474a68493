// The module-wide default timeout new sockets start with.

import { toTimeout } from "./_validate.ts";

let defaultTimeout: number | null = null;

/**
 * Python's `socket.getdefaulttimeout()`: the timeout, in seconds, that new
 * sockets start with (`null`, blocking, unless changed).
 *
 * @returns The default timeout in seconds, or `null`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.getdefaulttimeout() === null);
 * ```
 */
export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

/**
 * Python's `socket.setdefaulttimeout(timeout)`: sets the timeout new sockets
 * (and accepted ones) start with. `null` blocks, `0` is non-blocking.
 *
 * @param timeout Seconds, or `null`.
 * @throws {ValueError} `Timeout value out of range` for a negative value.
 * @throws {TypeError} For a value that is not a number.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * socket.setdefaulttimeout(5);
 * using s = socket.socket();
 * assert(s.gettimeout() === 5);
 * socket.setdefaulttimeout(null);
 * ```
 */
export function setdefaulttimeout(timeout: number | null): void {
  defaultTimeout = toTimeout(timeout);
}
