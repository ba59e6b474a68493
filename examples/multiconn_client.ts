// The multi-connection client of Python's socket tutorial
// (multiconn-client.py), line for line: <num_connections> non-blocking
// sockets through one selector, each sending two messages and closing once
// it has read as many bytes back.
//
//   deno run -N examples/multiconn_client.ts <host> <port> <num_connections>
//   deno run -N examples/multiconn_client.ts [--host HOST] [--port PORT] <num_connections>

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { addrStr, bytesRepr } from "./_python.ts";

const PROGRAM: Program = {
  name: "multiconn_client.ts",
  about: "The multi-connection client of Python's socket tutorial " +
    "(multiconn-client.py):\nopens <num_connections> connections to the " +
    "server at once; each sends two messages\nand closes once they are back.",
  permissions: "-N",
  args: [
    { name: "host", kind: "text", help: "the server's address" },
    { name: "port", kind: "port", help: "the server's port" },
    {
      name: "num_connections",
      kind: "count",
      help: "how many connections to open",
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
  server: "deno run -N examples/multiconn_server.ts 127.0.0.1 65432",
};

interface Connection {
  connid: number;
  msg_total: number;
  recv_total: number;
  messages: Uint8Array[];
  outb: Uint8Array;
}

const sel = new socket.DefaultSelector<Connection>();
const encoder = new TextEncoder();
const messages = [
  encoder.encode("Message 1 from client."),
  encoder.encode("Message 2 from client."),
];

async function start_connections(
  host: string,
  port: number,
  num_conns: number,
): Promise<void> {
  const server_addr: socket.Address = [host, port];
  for (let i = 0; i < num_conns; i++) {
    const connid = i + 1;
    console.log(`Starting connection ${connid} to ${addrStr(server_addr)}`);
    const sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    sock.setblocking(false);
    await sock.connect_ex(server_addr);
    const events = socket.EVENT_READ | socket.EVENT_WRITE;
    const data = {
      connid,
      msg_total: messages.reduce((n, m) => n + m.length, 0),
      recv_total: 0,
      messages: [...messages],
      outb: new Uint8Array(0),
    };
    sel.register(sock, events, data);
  }
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
      console.log(
        `Received ${bytesRepr(recv_data)} from connection ${data.connid}`,
      );
      data.recv_total += recv_data.length;
    }
    if (recv_data.length === 0 || data.recv_total === data.msg_total) {
      console.log(`Closing connection ${data.connid}`);
      sel.unregister(sock);
      sock.close();
      // Python goes on to the write branch, which finds nothing to send.
      return;
    }
  }
  if (mask & socket.EVENT_WRITE) {
    if (data.outb.length === 0 && data.messages.length > 0) {
      data.outb = data.messages.shift()!;
    }
    if (data.outb.length > 0) {
      console.log(
        `Sending ${bytesRepr(data.outb)} to connection ${data.connid}`,
      );
      const sent = await sock.send(data.outb); // Should be ready to write
      data.outb = data.outb.subarray(sent);
    }
  }
}

const args = parse(PROGRAM);

const [host, port, num_conns] = [
  args.text("host"),
  args.number("port"),
  args.number("num_connections"),
];
await start_connections(host, port, num_conns);

try {
  while (true) {
    const events = await sel.select(1);
    for (const [key, mask] of events) {
      await service_connection(key, mask);
    }
    // Check for a socket being monitored to continue.
    if (sel.get_map()!.size === 0) break;
  }
} finally {
  sel.close();
}
