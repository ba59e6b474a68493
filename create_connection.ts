// Python's create_connection(): a loop over getaddrinfo() results that
// connects the first socket it can, composed of public calls only.

import type { Address, Inet6Address, InetAddress } from "./address.ts";
import { Socket } from "./socket.ts";
import type { WaitOptions } from "./wait_options.ts";
import { connectVia } from "./_create_connection.ts";

/**
 * Python's `ExceptionGroup`, as `create_connection(..., { all_errors: true })`
 * raises it: every connect error, in order. It extends `AggregateError`, so
 * `errors` holds them too; `String(e)` reads as Python's
 * `create_connection failed (2 sub-exceptions)`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.ExceptionGroup("create_connection failed", [
 *   new socket.ConnectionRefusedError(111, "Connection refused"),
 * ]);
 * assert(String(e) === "create_connection failed (1 sub-exception)");
 * assert(e.exceptions.length === 1 && e instanceof AggregateError);
 * ```
 */
export class ExceptionGroup extends AggregateError {
  /** The errors, as Python's `exceptions` attribute. */
  readonly exceptions: Error[];

  /**
   * Groups `exceptions` under `message`.
   *
   * @param message What failed; the count of errors is appended.
   * @param exceptions The errors.
   */
  constructor(message: string, exceptions: Error[]) {
    const n = exceptions.length;
    super(exceptions, `${message} (${n} sub-exception${n === 1 ? "" : "s"})`);
    this.exceptions = [...exceptions];
  }

  /** The class name, as Python prints it. */
  override get name(): string {
    return "ExceptionGroup";
  }

  /**
   * Python's `str(e)`.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

/**
 * Options of {@linkcode create_connection}: Python's keyword argument, and
 * a `signal` that ends the attempt in progress (the socket is closed and
 * the call rejects with the signal's reason).
 */
export interface CreateConnectionOptions extends WaitOptions {
  /** Raise an {@linkcode ExceptionGroup} of every attempt's error, not the last. */
  all_errors?: boolean;
}

/**
 * Python's `socket.create_connection(address, timeout, source_address,
 * all_errors=...)`: resolves `[host, port]` with {@linkcode getaddrinfo}
 * and connects a TCP socket to each result in turn, returning the first
 * that connects.
 *
 * The socket is typed `Socket<InetAddress | Inet6Address, 1>`: which of
 * the two families connected is known only at run time.
 *
 * @param address `[host, port]`; the host may be a name or a numeric address.
 * @param timeout Seconds for the new socket (`null` blocks, `0` is
 * non-blocking); left out, the socket keeps `getdefaulttimeout()`.
 * @param source_address A local `[host, port]` to bind first.
 * @param options `all_errors`: raise every error, grouped; `signal`: stop
 * when it aborts ({@linkcode WaitOptions}).
 * @returns The connected socket.
 * @throws {OSError} The last attempt's error (`ConnectionRefusedError`,
 * `TimeoutError`, …), or `getaddrinfo returns an empty list`.
 * @throws {ExceptionGroup} With `all_errors`, every attempt's error.
 * @throws {gaierror} When the host does not resolve (never grouped).
 * @throws {ValueError} For an address that is not a pair.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using srv = socket.create_server(["127.0.0.1", 0]);
 * const [, port] = srv.getsockname();
 * using conn = await socket.create_connection(["localhost", port], 5);
 * assert.deepStrictEqual(conn.gettimeout(), 5);
 * assert.deepStrictEqual(conn.getpeername(), ["127.0.0.1", port]);
 * ```
 *
 * @example Bounding the whole call with a signal
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using srv = socket.create_server(["127.0.0.1", 0]);
 * const [, port] = srv.getsockname();
 * const signal = AbortSignal.abort("cancelled");
 * await assert.rejects(
 *   socket.create_connection(["127.0.0.1", port], null, null, { signal }),
 *   (e) => e === "cancelled",
 * );
 * ```
 */
export async function create_connection(
  address: [string, number] | Address,
  timeout?: number | null,
  source_address?: Address | null,
  options: CreateConnectionOptions = {},
): Promise<Socket<InetAddress | Inet6Address, 1>> {
  return await connectVia(
    Socket,
    address,
    timeout,
    source_address,
    options,
  ) as Socket<InetAddress | Inet6Address, 1>;
}
