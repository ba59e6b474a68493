// The UDP server of Python's socketserver documentation, line for line.
//
//   deno run -N examples/socketserver/udp_server.ts [--host localhost] [--port 9999]
//
// It prints the bound address to stderr, so --port 0 can be used.

import * as socketserver from "../_socketserver.ts";
import { bytesRepr, strip, upper } from "../_python.ts";
import { hostAndPort } from "./_args.ts";

/**
 * This class works similar to the TCP handler class, except that
 * this.request consists of a pair of data and client socket, and since
 * there is no connection the client address must be given explicitly
 * when sending data back via sendto().
 */
class MyUDPHandler
  extends socketserver.BaseRequestHandler<socketserver.DatagramRequest> {
  override async handle() {
    const data = strip(this.request[0]);
    const socket = this.request[1];
    console.log(`${this.client_address![0]} wrote:`);
    console.log(bytesRepr(data));
    await socket.sendto(upper(data), this.client_address!);
  }
}

const { HOST, PORT } = hostAndPort({
  name: "udp_server.ts",
  about:
    "The UDP server of Python's socketserver documentation: prints each datagram\nand sends it back upper-cased.",
});

await using server = new socketserver.UDPServer([HOST, PORT], MyUDPHandler);
console.error(`Serving on ${server.server_address}`);
await server.serve_forever();
