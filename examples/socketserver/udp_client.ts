// The UDP client of Python's socketserver documentation, line for line.
//
//   deno run -N examples/socketserver/udp_client.ts [--host localhost] [--port 9999] hello world

import * as socket from "../_socket.ts";
import { hostAndPort } from "./_args.ts";

const { HOST, PORT, data } = hostAndPort({
  name: "udp_client.ts",
  about:
    "The UDP client of Python's socketserver documentation: sends the words as one\ndatagram and prints the reply.",
  client: true,
});

// SOCK_DGRAM is the socket type to use for UDP sockets
using sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);

// As you can see, there is no connect() call; UDP has no connections.
// Instead, data is directly sent to the recipient via sendto().
await sock.sendto(new TextEncoder().encode(data + "\n"), [HOST, PORT]);
const received = new TextDecoder().decode(await sock.recv(1024));

console.log(`Sent:     ${data}`);
console.log(`Received: ${received}`);
