// The application server of Python's socket tutorial (app-server.py), line
// for line: non-blocking sockets, one selector, a Message per connection.
//
//   deno run -N examples/app_server.ts [--host 127.0.0.1] [--port 65432]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";
import { addrRepr } from "./_libmessage.ts";
import { Message } from "./_libserver.ts";

const sel = new socket.DefaultSelector<Message>();

async function accept_wrapper(sock: socket.Socket): Promise<void> {
  const [conn, addr] = await sock.accept(); // Should be ready to read
  console.log(`Accepted connection from ${addr}`);
  conn.setblocking(false);
  const message = new Message(sel, conn, addr);
  sel.register(conn, socket.EVENT_READ, message);
}

const args = parseArgs(Deno.args, {
  string: ["host", "port"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65432" },
});
if (args.help) {
  console.log("usage: app_server.ts [--host HOST] [--port PORT]");
  Deno.exit(0);
}
const lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
// Avoid bind() exception: OSError: [Errno 98] Address already in use
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
lsock.bind([args.host, Number(args.port)]);
lsock.listen();
console.log(`Listening on ${lsock.getsockname()}`);
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
        console.log(
          `Main: Error: Exception for ${addrRepr(message.addr)}:\n${e}`,
        );
        message.close();
      }
    }
  }
}
