// The client of examples/unix_echo_server.ts.
//
//   deno run -N -R -W examples/unix_echo_client.ts [--path /tmp/echo.sock] [message]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["path"],
  boolean: ["help"],
  default: { path: "/tmp/pysocket-echo.sock" },
});
if (args.help) {
  console.log(
    "usage: unix_echo_client.ts [--path PATH] [message]\n" +
      "Sends the message (default 'Hello, world') and prints the echo.",
  );
  Deno.exit(0);
}
const message = args._.length > 0 ? args._.join(" ") : "Hello, world";

using s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
await s.connect(args.path);
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
