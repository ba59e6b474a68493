// An echo server on a UNIX-domain stream socket, as in Python: remove a
// stale socket file, bind the path, listen, echo each client.
//
//   deno run -N -R -W examples/unix_echo_server.ts [--path /tmp/echo.sock] [--once]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";

const args = parseArgs(Deno.args, {
  string: ["path"],
  boolean: ["help", "once"],
  default: { path: "/tmp/pysocket-echo.sock" },
});
if (args.help) {
  console.log(
    "usage: unix_echo_server.ts [--path PATH] [--once]\n" +
      "Echoes back whatever each client sends. --once: exit after one client.",
  );
  Deno.exit(0);
}
const PATH = args.path;

// Python's idiom: a socket file left by an earlier run makes bind fail.
try {
  Deno.removeSync(PATH);
} catch (e) {
  if (!(e instanceof Deno.errors.NotFound)) throw e;
}
using s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
s.bind(PATH);
s.listen();
console.log(`Listening on ${s.getsockname()}`);
do {
  const [conn] = await s.accept();
  using _conn = conn;
  console.log("Connected");
  while (true) {
    const data = await conn.recv(1024);
    if (data.length === 0) break;
    await conn.sendall(data);
  }
} while (!args.once);
