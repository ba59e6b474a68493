// A connected stream handed to a layer above it (TLS): the layer reads and
// writes a RawConn, and the stream's own read-ahead bytes, any read still in
// flight and any write still queued come first, in order. The layer's
// reads are the engine's own (a watch, then the bytes it found), so they
// keep the process alive only while the layer holds the stream for a call
// of the program.

import type { RawConn, Stream } from "./stream.ts";

/** The connection under `stream`, for a layer that takes it over. */
export function handOver(stream: Stream): RawConn {
  let held = false;
  return {
    read: async (p) => {
      await stream.whenReadable();
      const n = await stream.recvInto(p, 0, null);
      return n === 0 ? null : n;
    },
    write: (p) => stream.send(p, 0, null),
    closeWrite: () => {
      stream.shutdown(1);
      return Promise.resolve();
    },
    close: () => stream.close(),
    ref: () => {
      if (!held) stream.hold();
      held = true;
    },
    unref: () => {
      if (held) stream.release();
      held = false;
    },
  };
}
