// The TCP client of Python's socketserver documentation, line for line: it
// sends its arguments as one line and prints the reply.
//
//   deno run -N examples/socketserver/tcp_client.ts [--host localhost] [--port 9999] hello world

import * as socket from "../_socket.ts";
import { hostAndPort } from "./_args.ts";

const { HOST, PORT, data } = hostAndPort({
  name: "tcp_client.ts",
  about:
    "The TCP client of Python's socketserver documentation: sends the words as one\nline and prints the reply.",
  client: true,
});

let received: string;
// Create a socket (SOCK_STREAM means a TCP socket)
{
  using sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  // Connect to server and send data
  await sock.connect([HOST, PORT]);
  await sock.sendall(new TextEncoder().encode(data + "\n"));

  // Receive data from the server and shut down
  received = new TextDecoder().decode(await sock.recv(1024));
}

console.log(`Sent:     ${data}`);
console.log(`Received: ${received}`);
