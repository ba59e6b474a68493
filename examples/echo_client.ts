// The echo client of Python's socket tutorial (echo-client.py), line for
// line: sends b"Hello, world", prints the reply. The flags are extras:
// --host and --port replace the HOST and PORT constants.
//
//   deno run -N examples/echo_client.ts [--host HOST] [--port PORT]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { bytesRepr } from "./_python.ts";

const PROGRAM: Program = {
  name: "echo_client.ts",
  about: "The echo client of Python's socket tutorial (echo-client.py): " +
    "sends b'Hello, world'\nto the echo server and prints what comes back.",
  permissions: "-N",
  args: [],
  flags: [
    {
      name: "host",
      kind: "text",
      help: "the server's address",
      default: "127.0.0.1",
    },
    { name: "port", kind: "port", help: "the server's port", default: "65432" },
  ],
  server: "deno run -N examples/echo_server.ts",
};
const args = parse(PROGRAM);

const HOST = args.text("host"); // The server's hostname or IP address
const PORT = args.number("port"); // The port used by the server

let data: Uint8Array;
{
  using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  await s.connect([HOST, PORT]);
  await s.sendall(new TextEncoder().encode("Hello, world"));
  data = await s.recv(1024);
}

console.log(`Received ${bytesRepr(data)}`);
