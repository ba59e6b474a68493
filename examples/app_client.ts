// The application client of Python's socket tutorial (app-client.py), line
// for line: one request (`search` or `double` as JSON, anything else as
// binary), one response.
//
//   deno run -N examples/app_client.ts [--host 127.0.0.1] [--port 65432] ACTION VALUE

import { parseArgs } from "@std/cli/parse-args";
import * as socket from "../mod.ts";
import { addrRepr } from "./_libmessage.ts";
import { Message, type Request } from "./_libclient.ts";

const sel = new socket.DefaultSelector<Message>();

function create_request(action: string, value: string): Request {
  if (action === "search") {
    return {
      type: "text/json",
      encoding: "utf-8",
      content: { action, value },
    };
  }
  if (action === "double") {
    // A number doubles; any other value comes back repeated twice.
    const number = Number(value);
    return {
      type: "text/json",
      encoding: "utf-8",
      content: {
        action,
        value: value !== "" && !isNaN(number) ? number : value,
      },
    };
  }
  return {
    type: "binary/custom-client-binary-type",
    encoding: "binary",
    content: new TextEncoder().encode(action + value),
  };
}

async function start_connection(
  host: string,
  port: number,
  request: Request,
): Promise<void> {
  const addr: socket.Address = [host, port];
  console.log(`Starting connection to ('${host}', ${port})`);
  const sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  sock.setblocking(false);
  await sock.connect_ex(addr);
  const events = socket.EVENT_READ | socket.EVENT_WRITE;
  const message = new Message(sel, sock, addr, request);
  sel.register(sock, events, message);
}

const args = parseArgs(Deno.args, {
  string: ["host", "port"],
  boolean: ["help"],
  default: { host: "127.0.0.1", port: "65432" },
});
if (args.help || args._.length !== 2) {
  console.log(
    "usage: app_client.ts [--host HOST] [--port PORT] <action> <value>",
  );
  Deno.exit(args.help ? 0 : 1);
}
const [action, value] = args._.map(String) as [string, string];
await start_connection(
  args.host,
  Number(args.port),
  create_request(action, value),
);

try {
  while (true) {
    const events = await sel.select(1);
    for (const [key, mask] of events) {
      const message = key.data!;
      try {
        await message.process_events(mask);
      } catch (e) {
        console.log(
          `Main: Error: Exception for ${addrRepr(message.addr)}:\n${e}`,
        );
        message.close();
      }
    }
    // Check for a socket being monitored to continue.
    if (sel.get_map()!.size === 0) break;
  }
} finally {
  sel.close();
}
