// Web Streams views of a connected stream socket (`sock.readable`,
// `sock.writable`), so a socket pipes into the Deno ecosystem. Both pull
// or push one chunk at a time, so a slow end pushes back through TCP.

import type { Socket } from "./socket.ts";

const SHUT_WR = 1;
const CHUNK = 65536;

const readables = new WeakMap<Socket, ReadableStream<Uint8Array>>();
const writables = new WeakMap<Socket, WritableStream<Uint8Array>>();

/**
 * The socket's bytes as a `ReadableStream`, ending at EOF. It reads only
 * when its consumer asks (high-water mark 0), with the socket's own
 * `recv`, so the socket's timeout applies. Cancelling it stops reading;
 * the socket stays open.
 */
export function readableOf(sock: Socket): ReadableStream<Uint8Array> {
  let stream = readables.get(sock);
  if (stream === undefined) {
    stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const data = await sock.recv(CHUNK);
        if (data.length === 0) controller.close();
        else controller.enqueue(data);
      },
    }, { highWaterMark: 0 });
    readables.set(sock, stream);
  }
  return stream;
}

/**
 * A `WritableStream` that `sendall`s each chunk, one at a time; closing it
 * sends EOF (`shutdown(SHUT_WR)`) and leaves the socket open for reading.
 */
export function writableOf(sock: Socket): WritableStream<Uint8Array> {
  let stream = writables.get(sock);
  if (stream === undefined) {
    stream = new WritableStream<Uint8Array>({
      async write(chunk) {
        await sock.sendall(chunk);
      },
      close() {
        sock.shutdown(SHUT_WR);
      },
    }, new CountQueuingStrategy({ highWaterMark: 1 }));
    writables.set(sock, stream);
  }
  return stream;
}
