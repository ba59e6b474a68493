// The client of examples/udp_echo_server.ts: sends one datagram and prints
// the echo, waiting at most --timeout seconds (UDP may lose it).
//
//   deno run -N examples/udp_echo_client.ts [--host 127.0.0.1] [--port 65433] [message]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["host", "port", "timeout"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65433", timeout: "2" },
});
if (args.help) {
  console.log(
    "usage: udp_echo_client.ts [--host HOST] [--port PORT] [--timeout SECONDS] [message]\n" +
      "Sends the message (default 'Hello, world') as one datagram and prints the echo.",
  );
  Deno.exit(0);
}
const HOST = args.host;
const PORT = Number(args.port);
const message = args._.length > 0 ? args._.join(" ") : "Hello, world";

using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.settimeout(Number(args.timeout));
await s.sendto(new TextEncoder().encode(message), [HOST, PORT]);
try {
  const [data, addr] = await s.recvfrom(65535);
  console.log(
    `Received ${JSON.stringify(new TextDecoder().decode(data))} from ${addr}`,
  );
} catch (e) {
  if (!(e instanceof socket.timeout)) throw e;
  console.log("No echo: timed out");
  Deno.exitCode = 1;
}
