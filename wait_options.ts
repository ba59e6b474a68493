// The trailing options object of calls that can wait (the design's rule 7:
// keyword arguments become a trailing options object).

/**
 * Options of every call that can wait (`accept`, `connect`, `connect_ex`,
 * `recv`, `recv_into`, `recvfrom`, `recvfrom_into`, `send`, `sendall`,
 * `sendto`, `select`, `DefaultSelector.select`, `create_connection`, the
 * name look-ups, the `makefile()` files' reads, writes and flushes, and
 * socketserver's `serve_forever` and `handle_request`), after Python's own
 * arguments: `recv(1024, 0, { signal })`, `accept({ signal })`,
 * `connect(address, { signal })`, `sendto(data, 0, address, { signal })`,
 * `f.readline(-1, { signal })`, `server.serve_forever(0.5, { signal })`.
 *
 * An abort ends the wait as the socket's timeout does: the call rejects
 * with `signal.reason` (a `DOMException` named `AbortError` from
 * `controller.abort()`, `TimeoutError` from `AbortSignal.timeout()`), and
 * no data is lost: a read still in flight lands in the socket's buffer
 * for the next call, a connection accepted late waits for the next
 * `accept`, and bytes `sendall` had not written yet are still written, in
 * order (the native entry's `sendall` stops where the kernel was, as
 * CPython's does). A file object keeps what an aborted read had gathered
 * (part of a line, of `read(n)`, of `readlines()`) for its next read, and
 * bytes an aborted write or flush had not sent stay in its write buffer.
 * The socket's timeout still applies alongside the signal. A
 * signal already aborted rejects the call before it does anything. A name
 * look-up cannot be called back: an aborted one runs on and its answer is
 * dropped.
 *
 * @example Giving up on a recv without losing its bytes
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * const controller = new AbortController();
 * const pending = b.recv(1024, 0, { signal: controller.signal });
 * controller.abort();
 * await assert.rejects(pending, { name: "AbortError" });
 * await a.sendall(new TextEncoder().encode("late"));
 * assert.equal(new TextDecoder().decode(await b.recv(1024)), "late");
 * ```
 */
export interface WaitOptions {
  /** Ends the wait when it aborts; the call rejects with its reason. */
  signal?: AbortSignal | undefined;
}
