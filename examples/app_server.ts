// The application server of Python's socket tutorial (app-server.py with
// libserver.py), line for line: non-blocking sockets, one selector, a
// Message per connection.
//
//   deno run -N examples/app_server.ts <host> <port>
//   deno run -N examples/app_server.ts [--host HOST] [--port PORT]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { Message } from "./_libserver.ts";
import { addrStr } from "./_python.ts";

const PROGRAM: Program = {
  name: "app_server.ts",
  about: "The application server of Python's socket tutorial " +
    "(app-server.py): answers each\nclient's one request (search: " +
    "morpheus, ring or \u{1f436}; binary: its first 10 bytes)\nuntil " +
    "interrupted (Ctrl-C).",
  permissions: "-N",
  args: [
    { name: "host", kind: "text", help: "address to listen on" },
    {
      name: "port",
      kind: "port",
      help: "port to listen on (0: any free port)",
    },
  ],
  flags: [
    {
      name: "host",
      kind: "text",
      help: "instead of <host>",
      default: "127.0.0.1",
    },
    { name: "port", kind: "port", help: "instead of <port>", default: "65432" },
  ],
};

const sel = new socket.DefaultSelector<Message>();

async function accept_wrapper(sock: socket.Socket): Promise<void> {
  const [conn, addr] = await sock.accept(); // Should be ready to read
  console.log(`Accepted connection from ${addrStr(addr)}`);
  conn.setblocking(false);
  const message = new Message(sel, conn, addr);
  sel.register(conn, socket.EVENT_READ, message);
}

const args = parse(PROGRAM);

const [host, port] = [args.text("host"), args.number("port")];
const lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
// Avoid bind() exception: OSError: [Errno 98] Address already in use
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
lsock.bind([host, port]);
lsock.listen();
// The tutorial prints (host, port); with port 0, the port the OS chose.
const bound = lsock.getsockname()[1];
console.log(`Listening on ${addrStr([host, bound])}`);
lsock.setblocking(false);
sel.register(lsock, socket.EVENT_READ, null);

Deno.addSignalListener("SIGINT", () => {
  console.log("Caught keyboard interrupt, exiting");
  sel.close();
  Deno.exit(0);
});
while (true) {
  const events = await sel.select(null);
  for (const [key, mask] of events) {
    if (key.data === null) {
      await accept_wrapper(key.fileobj);
    } else {
      const message = key.data;
      try {
        await message.process_events(mask);
      } catch (e) {
        // Python prints traceback.format_exc(); its last line is this one.
        console.log(
          `Main: Error: Exception for ${addrStr(message.addr)}:\n${
            (e as Error).name
          }: ${(e as Error).message}\n`,
        );
        message.close();
      }
    }
  }
}
