// An echo server on a UNIX-domain stream socket, as in Python: remove a
// stale socket file, bind the path, listen, echo one client (like the
// tutorial's echo server; --forever serves one after another).
//
//   deno run -N -R -W examples/unix_echo_server.ts [--path PATH] [--forever]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";

const PROGRAM: Program = {
  name: "unix_echo_server.ts",
  about: "The echo server on a UNIX-domain socket: accepts one client on " +
    "the path, sends back\nwhat it receives until the client closes, " +
    "then exits.",
  permissions: "-N -R -W",
  args: [],
  flags: [
    {
      name: "path",
      kind: "text",
      help: "the socket file (an old one is removed)",
      default: "/tmp/pysocket-echo.sock",
    },
    {
      name: "forever",
      kind: "boolean",
      help: "serve one client after another until killed",
    },
  ],
};
const args = parse(PROGRAM);

const PATH = args.text("path");

// Python's idiom: a socket file left by an earlier run makes bind fail.
try {
  Deno.removeSync(PATH);
} catch (e) {
  if (!(e instanceof Deno.errors.NotFound)) throw e;
}
{
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
  } while (args.flag("forever"));
}
