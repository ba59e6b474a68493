// The echo client of Python's socket tutorial, line for line.
//
//   deno run -N examples/echo_client.ts [--host 127.0.0.1] [--port 65432] [message]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["host", "port"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65432" },
});
if (args.help) {
  console.log(
    "usage: echo_client.ts [--host HOST] [--port PORT] [message]\n" +
      "Sends the message (default 'Hello, world') and prints the echo.",
  );
  Deno.exit(0);
}
const HOST = args.host;
const PORT = Number(args.port);
const message = args._.length > 0 ? args._.join(" ") : "Hello, world";

using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
await s.connect([HOST, PORT]);
await s.sendall(new TextEncoder().encode(message));
s.shutdown(socket.SHUT_WR);
const chunks: Uint8Array[] = [];
while (true) {
  const data = await s.recv(1024);
  if (data.length === 0) break;
  chunks.push(data);
}
const received = new TextDecoder().decode(
  new Uint8Array(chunks.flatMap((c) => [...c])),
);
console.log(`Received ${JSON.stringify(received)}`);
