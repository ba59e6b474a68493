// The application client of Python's socket tutorial (app-client.py with
// libclient.py), line for line: one request (`search` as JSON, any other
// action as binary content), one response.
//
//   deno run -N examples/app_client.ts <host> <port> <action> <value>
//   deno run -N examples/app_client.ts [--host HOST] [--port PORT] <action> <value>

import * as socket from "./_socket.ts";
import { parse, type Program } from "./_cli.ts";
import { Message, type Request } from "./_libclient.ts";
import { addrStr } from "./_python.ts";

const PROGRAM: Program = {
  name: "app_client.ts",
  about: "The application client of Python's socket tutorial " +
    "(app-client.py): sends one request\nand prints the response. " +
    "<action> search sends {'action': 'search', 'value': <value>}\n" +
    "as JSON (try morpheus, ring or \u{1f436}); any other action sends " +
    "<action><value> as binary content.",
  permissions: "-N",
  args: [
    { name: "host", kind: "text", help: "the server's address" },
    { name: "port", kind: "port", help: "the server's port" },
    {
      name: "action",
      kind: "text",
      help: "search, or anything else for a binary request",
    },
    {
      name: "value",
      kind: "text",
      help: "what to search for, or the rest of the binary content",
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
  server: "deno run -N examples/app_server.ts 127.0.0.1 65432",
};

const sel = new socket.DefaultSelector<Message>();

function create_request(action: string, value: string): Request {
  if (action === "search") {
    return {
      type: "text/json",
      encoding: "utf-8",
      content: { action, value },
    };
  } else {
    return {
      type: "binary/custom-client-binary-type",
      encoding: "binary",
      content: new TextEncoder().encode(action + value),
    };
  }
}

async function start_connection(
  host: string,
  port: number,
  request: Request,
): Promise<void> {
  const addr: socket.Address = [host, port];
  console.log(`Starting connection to ${addrStr(addr)}`);
  const sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  sock.setblocking(false);
  await sock.connect_ex(addr);
  const events = socket.EVENT_READ | socket.EVENT_WRITE;
  const message = new Message(sel, sock, addr, request);
  sel.register(sock, events, message);
}

const args = parse(PROGRAM);

const [host, port] = [args.text("host"), args.number("port")];
const [action, value] = [args.text("action"), args.text("value")];
const request = create_request(action, value);
await start_connection(host, port, request);

try {
  while (true) {
    const events = await sel.select(1);
    for (const [key, mask] of events) {
      const message = key.data!;
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
    // Check for a socket being monitored to continue.
    if (sel.get_map()!.size === 0) break;
  }
} finally {
  sel.close();
}
