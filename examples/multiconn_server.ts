// The multi-connection echo server of Python's socket tutorial, line for
// line: one selector, non-blocking sockets, every connection registered for
// reading and writing.
//
//   deno run -N examples/multiconn_server.ts [--host 127.0.0.1] [--port 65432]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";
import { bytesRepr, concat } from "./_bytes.ts";

interface Connection {
  addr: socket.Address;
  inb: Uint8Array;
  outb: Uint8Array;
}

const sel = new socket.DefaultSelector<Connection>();

async function accept_wrapper(sock: socket.Socket): Promise<void> {
  const [conn, addr] = await sock.accept(); // Should be ready to read
  console.log(`Accepted connection from ${addr}`);
  conn.setblocking(false);
  const data = { addr, inb: new Uint8Array(0), outb: new Uint8Array(0) };
  const events = socket.EVENT_READ | socket.EVENT_WRITE;
  sel.register(conn, events, data);
}

async function service_connection(
  key: socket.SelectorKey<Connection>,
  mask: number,
): Promise<void> {
  const sock = key.fileobj;
  const data = key.data!;
  if (mask & socket.EVENT_READ) {
    const recv_data = await sock.recv(1024); // Should be ready to read
    if (recv_data.length > 0) {
      data.outb = concat(data.outb, recv_data);
    } else {
      console.log(`Closing connection to ${data.addr}`);
      sel.unregister(sock);
      sock.close();
    }
  }
  if (mask & socket.EVENT_WRITE) {
    if (data.outb.length > 0) {
      console.log(`Echoing ${bytesRepr(data.outb)} to ${data.addr}`);
      const sent = await sock.send(data.outb); // Should be ready to write
      data.outb = data.outb.subarray(sent);
    }
  }
}

const args = parseArgs(Deno.args, {
  string: ["host", "port"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65432" },
});
if (args.help) {
  console.log("usage: multiconn_server.ts [--host HOST] [--port PORT]");
  Deno.exit(0);
}
const [host, port] = [args.host, Number(args.port)];
const lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
lsock.bind([host, port]);
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
      await service_connection(key, mask);
    }
  }
}
