// The multi-connection client of Python's socket tutorial, line for line:
// `--conns` non-blocking sockets through one selector, each sending two
// messages and closing once it has read as many bytes back.
//
//   deno run -N examples/multiconn_client.ts [--host 127.0.0.1] [--port 65432] [--conns 2]

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";
import { bytesRepr } from "./_bytes.ts";

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
    console.log(`Starting connection ${connid} to ('${host}', ${port})`);
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

const args = parseArgs(Deno.args, {
  string: ["host", "port", "conns"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65432", conns: "2" },
});
if (args.help) {
  console.log(
    "usage: multiconn_client.ts [--host HOST] [--port PORT] [--conns N]",
  );
  Deno.exit(0);
}
await start_connections(args.host, Number(args.port), Number(args.conns));

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
