// The TCP server of Python's socketserver documentation, the version with
// StreamRequestHandler and its file objects, line for line.
//
//   deno run -N examples/socketserver/stream_server.ts [--host localhost] [--port 9999]
//
// It prints the bound address to stderr, so --port 0 can be used.

import * as socketserver from "../_socketserver.ts";
import { bytesRepr, strip, upper } from "../_python.ts";
import { hostAndPort } from "./_args.ts";

class MyTCPHandler extends socketserver.StreamRequestHandler {
  data: Uint8Array = new Uint8Array();

  override async handle() {
    // this.rfile is a file-like object created by the handler;
    // we can now use e.g. readline() instead of raw recv() calls
    this.data = strip(await this.rfile.readline());
    console.log(`${this.client_address![0]} wrote:`);
    console.log(bytesRepr(this.data));
    // Likewise, this.wfile is a file-like object used to write back
    // to the client
    await this.wfile.write(upper(this.data));
  }
}

const { HOST, PORT } = hostAndPort({
  name: "stream_server.ts",
  about:
    "The TCP server of Python's socketserver documentation (StreamRequestHandler):\nprints what each client wrote and sends it back upper-cased.",
});

await using server = new socketserver.TCPServer([HOST, PORT], MyTCPHandler);
console.error(`Serving on ${server.server_address}`);
await server.serve_forever();
