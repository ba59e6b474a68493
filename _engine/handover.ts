// A connected stream handed to a layer above it (TLS): the layer reads and
// writes a RawConn, and the stream's own read-ahead bytes, any read still in
// flight and any write still queued come first, in order. Once the
// read-ahead is drained, reads go straight to the connection (the stream's
// blocking fast path), so the layer costs no copy.

import type { RawConn, Stream } from "./stream.ts";

/** The connection under `stream`, for a layer that takes it over. */
export function handOver(stream: Stream): RawConn {
  return {
    read: async (p) => {
      const n = await stream.recvInto(p, 0, null);
      return n === 0 ? null : n;
    },
    write: (p) => stream.send(p, 0, null),
    closeWrite: () => {
      stream.shutdown(1);
      return Promise.resolve();
    },
    close: () => stream.close(),
  };
}
