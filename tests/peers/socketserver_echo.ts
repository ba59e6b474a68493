// tests/peers/socketserver_echo.py in TypeScript: a ThreadingTCPServer
// echoing every connection until EOF; prints its port, serves until stdin
// closes.

import * as socketserver from "../../socketserver.ts";

class Echo extends socketserver.BaseRequestHandler {
  override async handle() {
    for (;;) {
      const data = await this.request.recv(65536);
      if (data.length === 0) break;
      await this.request.sendall(data);
    }
  }
}

class Server extends socketserver.ThreadingTCPServer {
  static override request_queue_size = 1024;
  static override daemon_threads = true;
}

await using server = new Server(["127.0.0.1", 0], Echo);
console.log((server.server_address as [string, number])[1]);
const serving = server.serve_forever();
for await (const _ of Deno.stdin.readable);
await server.shutdown();
await serving;
