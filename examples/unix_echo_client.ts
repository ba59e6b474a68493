// The client of examples/unix_echo_server.ts: sends the message, closes
// its side, prints everything that comes back.
//
//   deno run -N -R -W examples/unix_echo_client.ts [--path PATH] [message]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { bytesRepr, concat } from "./_python.ts";

const PROGRAM: Program = {
  name: "unix_echo_client.ts",
  about:
    "Sends the message to examples/unix_echo_server.ts and prints the echo.",
  permissions: "-N -R -W",
  args: [],
  optional: {
    name: "message",
    kind: "text",
    help: "what to send",
    default: "Hello, world",
  },
  flags: [
    {
      name: "path",
      kind: "text",
      help: "the server's socket file",
      default: "/tmp/pysocket-echo.sock",
    },
  ],
  server: "deno run -N -R -W examples/unix_echo_server.ts",
};
const args = parse(PROGRAM);

using s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
await s.connect(args.text("path"));
await s.sendall(new TextEncoder().encode(args.text("message")));
s.shutdown(socket.SHUT_WR);
let received: Uint8Array = new Uint8Array(0);
while (true) {
  const data = await s.recv(1024);
  if (data.length === 0) break;
  received = concat(received, data);
}
console.log(`Received ${bytesRepr(received)}`);
