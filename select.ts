// Python's `select.select()` over the engine's readiness.

import type { Socket } from "./socket.ts";
import { selectArgs } from "./_select_args.ts";
import { transportOf } from "./_engine/handles.ts";
import { defaultEngine } from "./_engine/transports.ts";
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
export async function select(
  rlist: readonly Socket[],
  wlist: readonly Socket[],
  xlist: readonly Socket[],
  timeout: number | null = null,
): Promise<[Socket[], Socket[], Socket[]]> {
  const wanted = selectArgs([rlist, wlist, xlist], timeout, defaultEngine);
  const socks = [...wanted.keys()];
  const interests: Interest[] = socks.map((sock) => ({
    transport: transportOf.get(sock) as Transport,
    // Exceptional conditions (out-of-band data) never show here.
    events: wanted.get(sock)! & (READ | WRITE),
  }));
  const ready = await waitReady(interests, timeout);
  const got = new Map(socks.map((sock, i) => [sock, ready[i]!]));
  return [
    rlist.filter((sock) => got.get(sock)! & READ),
    wlist.filter((sock) => got.get(sock)! & WRITE),
    [],
  ];
}
