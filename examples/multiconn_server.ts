// The multi-connection echo server of Python's socket tutorial
// (multiconn-server.py), line for line: one selector, non-blocking sockets,
// every connection registered for reading and writing.
//
//   deno run -N examples/multiconn_server.ts <host> <port>
//   deno run -N examples/multiconn_server.ts [--host HOST] [--port PORT]

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { addrStr, bytesRepr, concat } from "./_python.ts";

const PROGRAM: Program = {
  name: "multiconn_server.ts",
  about: "The multi-connection echo server of Python's socket tutorial " +
    "(multiconn-server.py):\nechoes every client through one selector " +
    "until interrupted (Ctrl-C).",
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

interface Connection {
  addr: socket.Address;
  inb: Uint8Array;
  outb: Uint8Array;
}

const sel = new socket.DefaultSelector<Connection>();

async function accept_wrapper(sock: socket.Socket): Promise<void> {
  const [conn, addr] = await sock.accept(); // Should be ready to read
  console.log(`Accepted connection from ${addrStr(addr)}`);
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
      console.log(`Closing connection to ${addrStr(data.addr)}`);
      sel.unregister(sock);
      sock.close();
    }
  }
  if (mask & socket.EVENT_WRITE) {
    if (data.outb.length > 0) {
      console.log(`Echoing ${bytesRepr(data.outb)} to ${addrStr(data.addr)}`);
      const sent = await sock.send(data.outb); // Should be ready to write
      data.outb = data.outb.subarray(sent);
    }
  }
}

const args = parse(PROGRAM);

const [host, port] = [args.text("host"), args.number("port")];
const lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
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
      await service_connection(key, mask);
    }
  }
}
