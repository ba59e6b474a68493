// Web Streams views of a connected stream socket (`sock.readable`,
// `sock.writable`), so a socket pipes into the Deno ecosystem. Both pull
// or push one chunk at a time, so a slow end pushes back through TCP.

import type { Socket } from "./socket.ts";

const SHUT_WR = 1;
const CHUNK = 65536;

const readables = new WeakMap<Socket, ReadableStream<Uint8Array>>();
const writables = new WeakMap<Socket, WritableStream<Uint8Array>>();

/**
 * The socket's bytes as a byte stream (`type: "bytes"`), ending at EOF. It
 * reads only when its consumer asks (high-water mark 0), with the socket's
 * own `recv`/`recv_into`, so the socket's timeout applies; a BYOB reader's
 * view is filled by `recv_into`. Cancelling it aborts the read in flight
 * (its bytes stay in the socket for the next `recv`); the socket stays open.
 */
export function readableOf(sock: Socket): ReadableStream<Uint8Array> {
  let stream = readables.get(sock);
  if (stream === undefined) {
    const cancelled = new AbortController();
    const options = { signal: cancelled.signal };
    stream = new ReadableStream({
      type: "bytes",
      async pull(controller) {
        const request = controller.byobRequest;
        if (request?.view) {
          const view = request.view;
          const target = new Uint8Array(
            view.buffer,
            view.byteOffset,
            view.byteLength,
          );
          const n = await sock.recv_into(target, 0, 0, options);
          if (n === 0) {
            controller.close();
            // A BYOB read pending at EOF gets its (empty) view back.
            request.respond(0);
          } else request.respond(n);
          return;
        }
        const data = await sock.recv(CHUNK, 0, options);
        if (data.length === 0) controller.close();
        else controller.enqueue(data);
      },
      cancel(reason) {
        cancelled.abort(reason);
      },
    }, { highWaterMark: 0 });
    readables.set(sock, stream);
  }
  return stream;
}

/**
 * A `WritableStream` that `sendall`s each chunk, one at a time; closing it
 * sends EOF (`shutdown(SHUT_WR)`) and leaves the socket open for reading.
 * Aborting it ends a `sendall` still waiting (its bytes are still written,
 * in order) and then shuts the write side, as closing does.
 */
export function writableOf(sock: Socket): WritableStream<Uint8Array> {
  let stream = writables.get(sock);
  if (stream === undefined) {
    stream = new WritableStream<Uint8Array>({
      async write(chunk, controller) {
        await sock.sendall(chunk, 0, { signal: controller.signal });
      },
      close() {
        sock.shutdown(SHUT_WR);
      },
      abort() {
        sock.shutdown(SHUT_WR);
      },
    }, new CountQueuingStrategy({ highWaterMark: 1 }));
    writables.set(sock, stream);
  }
  return stream;
}
