// The echo server of Python's socket tutorial (echo-server.py), line for
// line: it serves one client and exits, as the tutorial's does. The flags
// are extras: --host and --port replace the HOST and PORT constants,
// --forever serves one client after another.
//
//   deno run -N examples/echo_server.ts [--host HOST] [--port PORT] [--forever]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { addrStr } from "./_python.ts";

const PROGRAM: Program = {
  name: "echo_server.ts",
  about: "The echo server of Python's socket tutorial (echo-server.py): " +
    "accepts one client,\nsends back what it receives until the client " +
    "closes, then exits.",
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
      help: "port to listen on (0: any free port, printed on stderr)",
      default: "65432",
    },
    {
      name: "forever",
      kind: "boolean",
      help: "serve one client after another until killed",
    },
  ],
};
const args = parse(PROGRAM);

const HOST = args.text("host"); // Standard loopback interface address (localhost)
const PORT = args.number("port"); // Port to listen on (non-privileged ports are > 1023)

{
  using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  s.bind([HOST, PORT]);
  s.listen();
  // Not the tutorial's: with port 0 nobody could know where to connect.
  if (PORT === 0) console.error(`Listening on ${addrStr(s.getsockname())}`);
  do {
    const [conn, addr] = await s.accept();
    using _conn = conn;
    console.log(`Connected by ${addrStr(addr)}`);
    while (true) {
      const data = await conn.recv(1024);
      if (data.length === 0) break;
      await conn.sendall(data);
    }
  } while (args.flag("forever"));
}
