// The shapes of socket addresses, as Python's tuples become arrays.

/**
 * A socket address as Python spells it: `[host, port]` for `AF_INET`,
 * `[host, port, flowinfo, scope_id]` for `AF_INET6` (inputs may leave out
 * the last two), a path string for `AF_UNIX`.
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
export type Address =
  | [host: string, port: number]
  | [host: string, port: number, flowinfo: number, scope_id: number]
  | string;
