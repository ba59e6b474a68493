// The TCP server of Python's socketserver documentation (the
// BaseRequestHandler version), line for line.
//
//   deno run -N examples/socketserver/tcp_server.ts [--host localhost] [--port 9999]
//
// It prints the bound address to stderr, so --port 0 can be used.

import * as socketserver from "../_socketserver.ts";
import { bytesRepr, strip, upper } from "../_python.ts";
import { hostAndPort } from "./_args.ts";

/**
 * The request handler class for our server.
 *
 * It is instantiated once per connection to the server, and must override
 * the handle() method to implement communication to the client.
 */
class MyTCPHandler extends socketserver.BaseRequestHandler {
  data: Uint8Array = new Uint8Array();

  override async handle() {
    // this.request is the TCP socket connected to the client
    this.data = strip(await this.request.recv(1024));
    console.log(`${this.client_address![0]} wrote:`);
    console.log(bytesRepr(this.data));
    // just send back the same data, but upper-cased
    await this.request.sendall(upper(this.data));
  }
}

const { HOST, PORT } = hostAndPort({
  name: "tcp_server.ts",
  about:
    "The TCP server of Python's socketserver documentation (BaseRequestHandler):\nprints what each client wrote and sends it back upper-cased.",
});

// Create the server, binding to localhost on port 9999
await using server = new socketserver.TCPServer([HOST, PORT], MyTCPHandler);
console.error(`Serving on ${server.server_address}`);
// Activate the server; this will keep running until you
// interrupt the program with Ctrl-C
await server.serve_forever();
