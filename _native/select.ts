// select.select() over native sockets: the kernel's poll(2) answer,
// waited for through the reactor. It refuses the main entry's sockets, as
// the main entry's refuses these.

import type { FileObject } from "../selectors.ts";
import { EXCEPT, READ, selectArgs, WRITE } from "../_select_args.ts";
import type { Transport } from "../_engine/transport.ts";
import { TlsTransport } from "../_ssl/transport.ts";
import { nativeEngine } from "./engine.ts";
import { C } from "./libc.ts";
import type { NativeSocket } from "./native_socket.ts";
import { type NativeInterest, waitNative } from "./readiness.ts";
import { toSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";

function interestOf(transport: Transport, events: number): NativeInterest {
  // Exceptional conditions are seen while waiting to read.
  const waits = (events & (READ | EXCEPT) ? 1 : 0) | (events & WRITE ? 2 : 0);
  // An SSLSocket's transport: the native socket under TLS is waited on,
  // and what TLS holds decrypted counts as readable too.
  if (transport instanceof TlsTransport) {
    const socket = transport.plain as NativeSocket;
    return { fd: socket.fd, entry: socket.entry, waits, tls: transport };
  }
  const socket = transport as NativeSocket;
  return { fd: socket.fd, entry: socket.entry, waits };
}

// select(2)'s sets: POLLIN_SET, POLLOUT_SET, POLLEX_SET.
function selectReady(revents: number): number {
  return (revents & (C.POLLIN | C.POLLHUP | C.POLLERR) ? READ : 0) |
    (revents & (C.POLLOUT | C.POLLERR) ? WRITE : 0) |
    (revents & C.POLLPRI ? EXCEPT : 0);
}

/**
 * Python's `select.select()` over native sockets.
 *
 * @param rlist Sockets to wait for reading.
 * @param wlist Sockets to wait for writing.
 * @param xlist Sockets to wait for exceptional conditions (urgent data).
 * @param timeout Seconds; `null` waits without limit, `0` polls.
 * @param options `signal`: stop waiting when it aborts, rejecting with its
 * reason ({@linkcode WaitOptions}).
 * @returns `[readable, writable, exceptional]`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.send(new Uint8Array([1]));
 * const [r, w] = await socket.select([b], [a], [], 1);
 * assert(r[0] === b && w[0] === a);
 * ```
 */
export async function nativeSelect<
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
  const signal = toSignal(options, "select");
  const [wanted, each] = selectArgs(
    [rlist, wlist, xlist],
    timeout,
    nativeEngine,
  );
  const transports = [...wanted.keys()];
  const asked = transports.map((t) => wanted.get(t)!);
  const ready = await waitNative(
    transports.map((t, i) => interestOf(t, asked[i]!)),
    timeout,
    (revents, i) => selectReady(revents) & asked[i]!,
    signal,
  );
  const got = new Map<Transport, number>(
    transports.map((t, i) => [t, ready[i]!]),
  );
  return [
    rlist.filter((_, i) => got.get(each[0]![i]!)! & READ),
    wlist.filter((_, i) => got.get(each[1]![i]!)! & WRITE),
    xlist.filter((_, i) => got.get(each[2]![i]!)! & EXCEPT),
  ];
}
