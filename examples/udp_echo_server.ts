// A UDP echo server, as Python's socket programs write it: every datagram
// goes back to its sender.
//
//   deno run -N examples/udp_echo_server.ts [--host 127.0.0.1] [--port 65433] [--count N]
//
// Add --unstable-net to use Deno's faster datagram sockets.

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["host", "port", "count"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65433" },
});
if (args.help) {
  console.log(
    "usage: udp_echo_server.ts [--host HOST] [--port PORT] [--count N]\n" +
      "Sends every datagram back to its sender. --count: exit after N datagrams.",
  );
  Deno.exit(0);
}
const HOST = args.host;
const PORT = Number(args.port);
const count = args.count === undefined ? Infinity : Number(args.count);

using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.bind([HOST, PORT]);
console.log(`Listening on ${s.getsockname()}`);
for (let served = 0; served < count; served++) {
  const [data, addr] = await s.recvfrom(65535);
  console.log(`${data.length} bytes from ${addr}`);
  await s.sendto(data, addr!);
}
