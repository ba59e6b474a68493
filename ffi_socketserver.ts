/**
 * Python's `socketserver` module over the native engine
 * (`@pysocket/socket/ffi/socketserver`): the classes of
 * `@pysocket/socket/socketserver`, whose servers make their sockets with
 * `@pysocket/socket/ffi` and wait on its selector, so a server binds,
 * listens with exactly `request_queue_size` and reports errors as the
 * kernel does. Run with `--allow-ffi` plus the server's own permissions.
 *
 * Each server class here extends the main module's class of the same name
 * (`instanceof` the main `TCPServer` holds for this one; this module's
 * `BaseServer` is the base only of the classes a program derives from it),
 * and a class derived from one, by `extends` or `ThreadingMixIn`, runs on
 * the native engine too. Handlers, `ThreadingMixIn`, `BytesIO` and `SocketWriter` are
 * the main module's: they use whatever socket the server gives them.
 *
 * @example A native upper-casing line server with a task per client
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 *
 * class Upper extends socketserver.StreamRequestHandler {
 *   override async handle() {
 *     const line = new TextDecoder().decode(await this.rfile.readline());
 *     await this.wfile.write(new TextEncoder().encode(line.toUpperCase()));
 *   }
 * }
 * await using server = new socketserver.ThreadingTCPServer(["127.0.0.1", 0], Upper);
 * assert(server.socket instanceof socket.Socket);
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

import * as main from "./socketserver.ts";
import { useEngine } from "./_socketserver/engine.ts";
import {
  DefaultSelector as NativeSelector,
  socket as nativeSocket,
} from "./ffi.ts";

export * from "./socketserver.ts";

/**
 * Python's `socketserver.BaseServer` on the native engine: the request
 * loop, waiting on the native `DefaultSelector`.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * assert.equal(socketserver.BaseServer.timeout, null);
 * ```
 */
export class BaseServer extends main.BaseServer {}

/**
 * Python's `socketserver.TCPServer` on a native socket: `bind` and
 * `listen(request_queue_size)` are the kernel's.
 *
 * @example A subclass runs on native sockets too
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * class Server extends socketserver.TCPServer {
 *   static override request_queue_size = 1;
 * }
 * await using server = new Server(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * assert(server.socket instanceof socket.Socket && server.fileno() >= 3);
 * ```
 */
export class TCPServer extends main.TCPServer {}

/**
 * Python's `socketserver.UDPServer` on a native socket.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * await using server = new socketserver.UDPServer(["127.0.0.1", 0], socketserver.DatagramRequestHandler);
 * assert(server.socket.type === socket.SOCK_DGRAM);
 * ```
 */
export class UDPServer extends main.UDPServer {}

/**
 * Python's `socketserver.UnixStreamServer` on a native socket; the socket
 * file stays when the server closes, as in Python.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * {
 *   await using server = new socketserver.UnixStreamServer(dir + "/s.sock", socketserver.StreamRequestHandler);
 *   assert.equal(server.server_address, dir + "/s.sock");
 * }
 * assert(Deno.statSync(dir + "/s.sock").isSocket);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export class UnixStreamServer extends main.UnixStreamServer {}

/**
 * Python's `socketserver.UnixDatagramServer` on a native socket: no
 * `--unstable-net` needed.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * {
 *   await using server = new socketserver.UnixDatagramServer(dir + "/d.sock", socketserver.DatagramRequestHandler);
 *   assert.equal(server.socket.type, socket.SOCK_DGRAM);
 * }
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export class UnixDatagramServer extends main.UnixDatagramServer {}

for (
  const cls of [
    BaseServer,
    TCPServer,
    UDPServer,
    UnixStreamServer,
    UnixDatagramServer,
  ]
) {
  useEngine(cls, {
    socket: (family, type) => nativeSocket(family, type),
    selector: () => new NativeSelector(),
  });
}

/**
 * Python's `socketserver.ThreadingTCPServer` on the native engine.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * await using server = new socketserver.ThreadingTCPServer(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * assert(server instanceof socketserver.TCPServer && server.block_on_close);
 * ```
 */
export const ThreadingTCPServer: typeof TCPServer & main.ThreadingMixInClass =
  main.ThreadingMixIn(TCPServer);
/** A {@linkcode ThreadingTCPServer} instance. */
export type ThreadingTCPServer = TCPServer & main.ThreadingServer;

/**
 * Python's `socketserver.ThreadingUDPServer` on the native engine.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * await using server = new socketserver.ThreadingUDPServer(["127.0.0.1", 0], socketserver.DatagramRequestHandler);
 * assert(server instanceof socketserver.UDPServer);
 * ```
 */
export const ThreadingUDPServer: typeof UDPServer & main.ThreadingMixInClass =
  main.ThreadingMixIn(UDPServer);
/** A {@linkcode ThreadingUDPServer} instance. */
export type ThreadingUDPServer = UDPServer & main.ThreadingServer;

/**
 * Python's `socketserver.ThreadingUnixStreamServer` on the native engine.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * {
 *   await using server = new socketserver.ThreadingUnixStreamServer(dir + "/s.sock", socketserver.StreamRequestHandler);
 *   assert(server instanceof socketserver.UnixStreamServer);
 * }
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export const ThreadingUnixStreamServer:
  & typeof UnixStreamServer
  & main.ThreadingMixInClass = main.ThreadingMixIn(UnixStreamServer);
/** A {@linkcode ThreadingUnixStreamServer} instance. */
export type ThreadingUnixStreamServer = UnixStreamServer & main.ThreadingServer;

/**
 * Python's `socketserver.ThreadingUnixDatagramServer` on the native engine.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/ffi/socketserver";
 * import assert from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * {
 *   await using server = new socketserver.ThreadingUnixDatagramServer(dir + "/d.sock", socketserver.DatagramRequestHandler);
 *   assert(server instanceof socketserver.UnixDatagramServer);
 * }
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export const ThreadingUnixDatagramServer:
  & typeof UnixDatagramServer
  & main.ThreadingMixInClass = main.ThreadingMixIn(UnixDatagramServer);
/** A {@linkcode ThreadingUnixDatagramServer} instance. */
export type ThreadingUnixDatagramServer =
  & UnixDatagramServer
  & main.ThreadingServer;
