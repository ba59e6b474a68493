// The echo server of Python's socket tutorial, line for line.
//
//   deno run -N examples/echo_server.ts [--host 127.0.0.1] [--port 65432]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["host", "port"],
  boolean: ["help", "once"],
  default: { host: "127.0.0.1", port: "65432" },
});
if (args.help) {
  console.log(
    "usage: echo_server.ts [--host HOST] [--port PORT] [--once]\n" +
      "Echoes back whatever each client sends. --once: exit after one client.",
  );
  Deno.exit(0);
}
const HOST = args.host;
const PORT = Number(args.port);

using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
s.bind([HOST, PORT]);
s.listen();
console.log(`Listening on ${s.getsockname()}`);
do {
  const [conn, addr] = await s.accept();
  using _conn = conn;
  console.log(`Connected by ${addr}`);
  while (true) {
    const data = await conn.recv(1024);
    if (data.length === 0) break;
    await conn.sendall(data);
  }
} while (!args.once);
