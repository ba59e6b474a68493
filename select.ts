// Python's `select.select()` over the engine's readiness.

import { OverflowError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { transportOf } from "./_engine/handles.ts";
import { type Interest, READ, waitReady, WRITE } from "./_engine/readiness.ts";
import type { Transport } from "./_engine/transport.ts";

/**
 * Python's `select.select(rlist, wlist, xlist, timeout)`: waits until a
 * socket of `rlist` is readable or one of `wlist` is writable, or `timeout`
 * seconds pass. It resolves as soon as one is ready, with every socket
 * ready at that moment, in the order (and with the repeats) of the lists.
 * Exceptional conditions (out-of-band data) never occur here, so the third
 * list comes back empty.
 *
 * Each list comes back with its own sockets' type, so a list of
 * `Socket<InetAddress, 1>` gives one.
 *
 * @typeParam R The sockets of `rlist`.
 * @typeParam W The sockets of `wlist`.
 * @typeParam X The sockets of `xlist`.
 * @param rlist Sockets to wait for reading.
 * @param wlist Sockets to wait for writing.
 * @param xlist Sockets to wait for exceptional conditions.
 * @param timeout Seconds; `null` (default) waits without limit, `0` polls
 * (when nothing is ready, after one timer turn of the event loop, 1–4 ms).
 * @returns `[readable, writable, exceptional]`, each a sub-list of its input.
 * @throws {TypeError} `arguments 1-3 must be sequences`,
 * `argument must be an int, or have a fileno() method.`,
 * `timeout must be a float or None`.
 * @throws {ValueError} `timeout must be non-negative`,
 * `Invalid value NaN (not a number)`,
 * `file descriptor cannot be a negative integer (-1)` (a closed socket).
 * @throws {OverflowError} `timestamp out of range for platform time_t`.
 *
 * @example A non-blocking connect is writable once it is done
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using srv = socket.socket();
 * srv.bind(["127.0.0.1", 0]);
 * srv.listen();
 * using s = socket.socket();
 * s.setblocking(false);
 * assert.deepStrictEqual(await s.connect_ex(srv.getsockname()), socket.EINPROGRESS);
 * const [r, w, x] = await socket.select([], [s], [], 2);
 * assert(r.length === 0 && w[0] === s && x.length === 0);
 * assert.deepStrictEqual(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), 0);
 * const [conn] = await srv.accept();
 * conn.close();
 * ```
 */
export async function select<
  R extends Socket,
  W extends Socket,
  X extends Socket,
>(
  rlist: readonly R[],
  wlist: readonly W[],
  xlist: readonly X[],
  timeout: number | null = null,
): Promise<[R[], W[], X[]]> {
  if (![rlist, wlist, xlist].every(Array.isArray)) {
    throw new TypeError("arguments 1-3 must be sequences");
  }
  if (timeout !== null && typeof timeout !== "number") {
    throw new TypeError("timeout must be a float or None");
  }
  if (Number.isNaN(timeout)) {
    throw new ValueError("Invalid value NaN (not a number)");
  }
  if (timeout !== null && timeout > 9.2e9) {
    throw new OverflowError("timestamp out of range for platform time_t");
  }
  if (timeout !== null && timeout < 0) {
    throw new ValueError("timeout must be non-negative");
  }
  const wanted = new Map<Socket, number>();
  for (
    const [list, events] of [[rlist, READ], [wlist, WRITE], [xlist, 0]] as const
  ) {
    for (const sock of list) {
      check(sock);
      wanted.set(sock, (wanted.get(sock) ?? 0) | events);
    }
  }
  const socks = [...wanted.keys()];
  const interests: Interest[] = socks.map((sock) => ({
    transport: transportOf.get(sock) as Transport,
    events: wanted.get(sock)!,
  }));
  const ready = await waitReady(interests, timeout);
  const got = new Map(socks.map((sock, i) => [sock, ready[i]!]));
  return [
    rlist.filter((sock) => got.get(sock)! & READ),
    wlist.filter((sock) => got.get(sock)! & WRITE),
    [],
  ];
}

function check(sock: Socket): void {
  if (!transportOf.has(sock as object)) {
    throw new TypeError("argument must be an int, or have a fileno() method.");
  }
  const fd = sock.fileno();
  if (fd < 0) {
    throw new ValueError(
      `file descriptor cannot be a negative integer (${fd})`,
    );
  }
}
