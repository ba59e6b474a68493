// The client of examples/udp_echo_server.ts: sends one datagram and prints
// the echo, waiting at most --timeout seconds (UDP may lose it).
//
//   deno run -N examples/udp_echo_client.ts [--host HOST] [--port PORT] [--timeout SECONDS] [message]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { addrStr, bytesRepr } from "./_python.ts";

const PROGRAM: Program = {
  name: "udp_echo_client.ts",
  about: "Sends the message as one datagram to examples/udp_echo_server.ts " +
    "and prints the echo;\nexit status 1 if none comes back in time.",
  permissions: "-N",
  args: [],
  optional: {
    name: "message",
    kind: "text",
    help: "what to send",
    default: "Hello, world",
  },
  flags: [
    {
      name: "host",
      kind: "text",
      help: "the server's address",
      default: "127.0.0.1",
    },
    { name: "port", kind: "port", help: "the server's port", default: "65433" },
    {
      name: "timeout",
      kind: "seconds",
      help: "how long to wait for the echo",
      default: "2",
    },
  ],
};
const args = parse(PROGRAM);

const HOST = args.text("host");
const PORT = args.number("port");

using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.settimeout(args.number("timeout"));
await s.sendto(new TextEncoder().encode(args.text("message")), [HOST, PORT]);
try {
  const [data, addr] = await s.recvfrom(65535);
  console.log(`Received ${bytesRepr(data)} from ${addrStr(addr)}`);
} catch (e) {
  if (!(e instanceof socket.timeout)) throw e;
  console.log("No echo: timed out (is examples/udp_echo_server.ts running?)");
  Deno.exitCode = 1;
}
