/**
 * Python's `socketserver` module for Deno (`@pysocket/socket/socketserver`):
 * the same classes, settings and lifecycle, with `await` where a call can
 * wait and `async` handlers.
 *
 * - Servers: {@linkcode TCPServer}, {@linkcode UDPServer},
 *   {@linkcode UnixStreamServer}, {@linkcode UnixDatagramServer}, over
 *   {@linkcode BaseServer}'s `serve_forever()`, `shutdown()`,
 *   `handle_request()`, `server_close()` and hooks.
 * - Concurrency: {@linkcode ThreadingMixIn} and `ThreadingTCPServer`,
 *   `ThreadingUDPServer`, `ThreadingUnixStreamServer`,
 *   `ThreadingUnixDatagramServer`: one task per request. `ForkingMixIn` is
 *   absent, as on platforms where Python has no `os.fork`.
 * - Handlers: {@linkcode BaseRequestHandler},
 *   {@linkcode StreamRequestHandler}, {@linkcode DatagramRequestHandler}.
 *
 * Python's class attributes are `static` members:
 * `class Server(TCPServer): allow_reuse_address = True` is
 * `class Server extends TCPServer { static override allow_reuse_address = true; }`.
 *
 * @example An upper-casing line server with a task per client
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class Upper extends socketserver.StreamRequestHandler {
 *   override async handle() {
 *     const line = new TextDecoder().decode(await this.rfile.readline());
 *     await this.wfile.write(new TextEncoder().encode(line.toUpperCase()));
 *   }
 * }
 * await using server = new socketserver.ThreadingTCPServer(["127.0.0.1", 0], Upper);
 * const serving = server.serve_forever(0.05);
 * using client = socket.socket();
 * await client.connect(server.server_address);
 * await client.sendall(new TextEncoder().encode("hello\n"));
 * assert.equal(new TextDecoder().decode(await client.recv(1024)), "HELLO\n");
 * await server.shutdown();
 * await serving;
 * ```
 *
 * @module
 */

export {
  BaseServer,
  type HandlerClass,
  type Request,
} from "./_socketserver/base_server.ts";
export {
  TCPServer,
  UDPServer,
  UnixDatagramServer,
  UnixStreamServer,
} from "./_socketserver/servers.ts";
export {
  type ServerClass,
  ThreadingMixIn,
  type ThreadingMixInClass,
  type ThreadingServer,
  ThreadingTCPServer,
  ThreadingUDPServer,
  ThreadingUnixDatagramServer,
  ThreadingUnixStreamServer,
} from "./_socketserver/threading.ts";
export {
  BaseRequestHandler,
  type DatagramRequest,
  DatagramRequestHandler,
  StreamRequestHandler,
} from "./_socketserver/handlers.ts";
export { BytesIO } from "./_socketserver/bytes_io.ts";
export { SocketWriter } from "./_socketserver/socket_writer.ts";
