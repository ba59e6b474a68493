// Python's `select.select()` over the engine's readiness.

import type { FileObject } from "./selectors.ts";
import { defaultEngine } from "./_engine/transports.ts";
import { type Interest, READ, waitReady, WRITE } from "./_engine/readiness.ts";
import type { Transport } from "./_engine/transport.ts";
import { selectArgs } from "./_select_args.ts";
import { toSignal } from "./_validate.ts";
import type { WaitOptions } from "./wait_options.ts";

/**
 * Python's `select.select(rlist, wlist, xlist, timeout)`: waits until a
 * socket of `rlist` is readable or one of `wlist` is writable, or `timeout`
 * seconds pass. It resolves as soon as one is ready, with every socket
 * ready at that moment, in the order (and with the repeats) of the lists.
 * Exceptional conditions (out-of-band data) never occur here, so the third
 * list comes back empty. Each item is a socket, its descriptor number or an
 * object whose `fileno()` gives one, as in Python; the lists returned hold
 * the items given.
 *
 * @typeParam R, W, X What the lists hold.
 * @param rlist Sockets to wait for reading.
 * @param wlist Sockets to wait for writing.
 * @param xlist Sockets to wait for exceptional conditions.
 * @param timeout Seconds; `null` (default) waits without limit, `0` polls
 * (after the runtime has asked the kernel, tens of µs; without
 * `--allow-net` for 127.0.0.1, one timer turn of the event loop, 1–4 ms).
 * @param options `signal`: stop waiting when it aborts, rejecting with its
 * reason ({@linkcode WaitOptions}); select consumes nothing, so nothing is
 * lost.
 * @returns `[readable, writable, exceptional]`, each a sub-list of its input.
 * @throws {TypeError} `arguments 1-3 must be sequences`,
 * `argument must be an int, or have a fileno() method.`,
 * `fileno() returned a non-integer`, `timeout must be a float or None`.
 * @throws {ValueError} `timeout must be non-negative`,
 * `Invalid value NaN (not a number)`,
 * `file descriptor cannot be a negative integer (-1)` (a closed socket).
 * @throws {OverflowError} `timestamp out of range for platform time_t`,
 * `Python int too large to convert to C int`.
 * @throws {OSError} `EBADF` (9) for a number no open socket of this module
 * has.
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
 *
 * @example Giving up a wait with an AbortSignal
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const controller = new AbortController();
 * const waiting = socket.select([b], [], [], null, { signal: controller.signal });
 * controller.abort(new Error("shutting down"));
 * await assert.rejects(waiting, { message: "shutting down" });
 * ```
 */
export async function select<
  R extends FileObject,
  W extends FileObject,
  X extends FileObject,
>(
  rlist: readonly R[],
  wlist: readonly W[],
  xlist: readonly X[],
  timeout: number | null = null,
  options?: WaitOptions,
): Promise<[R[], W[], X[]]> {
  const [wanted, resolved] = selectArgs(
    [rlist, wlist, xlist],
    timeout,
    defaultEngine,
  );
  const signal = toSignal(options, "select");
  const interests: Interest[] = [...wanted].map(([transport, events]) => ({
    transport,
    events,
  }));
  const ready = await waitReady(interests, timeout, signal);
  const got = new Map(
    interests.map(({ transport }, i) => [transport, ready[i]!]),
  );
  const [readers, writers] = resolved as [Transport[], Transport[]];
  return [
    rlist.filter((_, i) => got.get(readers[i]!)! & READ),
    wlist.filter((_, i) => got.get(writers[i]!)! & WRITE),
    [],
  ];
}
