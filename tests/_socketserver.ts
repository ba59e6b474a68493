// socketserver for the entry under test: under PYSOCKET_ENTRY=ffi its
// servers make their sockets and selectors with the native entry, through
// the seam a native socketserver entry will use (useEngine on a class).

import * as socketserver from "../socketserver.ts";
import { useEngine } from "../_socketserver/engine.ts";
import * as socket from "./_entry.ts";

export * from "../socketserver.ts";

if (socket.NATIVE) {
  useEngine(socketserver.BaseServer, {
    socket: (family, type) => socket.socket(family, type),
    selector: () => new socket.DefaultSelector(),
  });
}
