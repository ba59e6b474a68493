// A UDP echo server, as Python's socket programs write it: every datagram
// goes back to its sender. Not one of the tutorial's programs.
//
//   deno run -N examples/udp_echo_server.ts [--host HOST] [--port PORT] [--count N]
//
// Add --unstable-net to use Deno's faster datagram sockets.

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { addrStr } from "./_python.ts";

const PROGRAM: Program = {
  name: "udp_echo_server.ts",
  about: "A UDP echo server: sends every datagram back to its sender.\n" +
    "Add --unstable-net (before the file name) for Deno's faster datagram sockets.",
  permissions: "-N",
  args: [],
  flags: [
    {
      name: "host",
      kind: "text",
      help: "address to listen on",
      default: "127.0.0.1",
    },
    {
      name: "port",
      kind: "port",
      help: "port to listen on (0: any free port)",
      default: "65433",
    },
    {
      name: "count",
      kind: "count",
      help: "exit after N datagrams (default: never)",
    },
  ],
};
const args = parse(PROGRAM);

const HOST = args.text("host");
const PORT = args.number("port");
const count = args.has("count") ? args.number("count") : Infinity;

using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.bind([HOST, PORT]);
console.log(`Listening on ${addrStr(s.getsockname())}`);
for (let served = 0; served < count; served++) {
  const [data, addr] = await s.recvfrom(65535);
  console.log(`${data.length} bytes from ${addrStr(addr)}`);
  await s.sendto(data, addr);
}
