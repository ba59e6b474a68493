// Python's socketserver.ThreadingMixIn: every request handled as its own
// task, so one slow client does not hold up the others. JavaScript has no
// threads to give it; a task is what a thread is here.

import type { Address } from "../address.ts";
import type { BaseServer, Request } from "./base_server.ts";
import { assign, setting } from "./settings.ts";
import { formatException } from "./traceback.ts";
import {
  TCPServer,
  UDPServer,
  UnixDatagramServer,
  UnixStreamServer,
} from "./servers.ts";

// Python's _threads, made on the first request as Python does: the handlers
// server_close() waits for. Not a #private field: the base constructor may
// call server_close() (a failed bind) before this class's fields exist.
const threads = new WeakMap<object, Set<Promise<void>>>();

/**
 * A server class `ThreadingMixIn` can extend: `BaseServer` or a subclass.
 *
 * @example A function over any server class
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * const threaded = (Base: socketserver.ServerClass) => socketserver.ThreadingMixIn(Base);
 * assert.equal(threaded(socketserver.UDPServer).name, "ThreadingUDPServer");
 * ```
 */
// deno-lint-ignore no-explicit-any
export type ServerClass = abstract new (...args: any[]) => BaseServer;

/**
 * What `ThreadingMixIn` adds to a server.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * await using server = new socketserver.ThreadingTCPServer(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * const threads: socketserver.ThreadingServer = server;
 * assert(!threads.daemon_threads && threads.block_on_close);
 * ```
 */
export interface ThreadingServer {
  /** Whether handlers are daemonic: `server_close()` does not wait for them. */
  daemon_threads: boolean;
  /** Whether `server_close()` waits for the handlers still running. */
  block_on_close: boolean;
  /**
   * Handles one request in its own task: `finish_request()`, a failure
   * reported by `handle_error()`, then `shutdown_request()`.
   *
   * @param request The request.
   * @param client_address The client's address.
   */
  process_request_thread(
    request: Request,
    client_address: Address | null,
  ): Promise<void>;
}

/**
 * The class side of what `ThreadingMixIn` adds: its `static` settings.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * const cls: socketserver.ThreadingMixInClass = socketserver.ThreadingTCPServer;
 * assert(!cls.daemon_threads && cls.block_on_close);
 * ```
 */
export interface ThreadingMixInClass {
  /** A server with `ThreadingMixIn`'s members. */
  // deno-lint-ignore no-explicit-any
  new (...args: any[]): ThreadingServer;
  /** Python's class attribute: handlers are daemonic (`false`). */
  daemon_threads: boolean;
  /** Python's class attribute: `server_close()` waits (`true`). */
  block_on_close: boolean;
}

/**
 * Python's `socketserver.ThreadingMixIn`, as a function over a server
 * class: `class MyServer extends ThreadingMixIn(TCPServer) {}` is Python's
 * `class MyServer(ThreadingMixIn, TCPServer)`. Each request runs as its own
 * task; `process_request()` returns once it has started. Its settings are
 * `static` members: `daemon_threads` (`false`) and `block_on_close`
 * (`true`): `await server.server_close()` waits for the handlers still
 * running unless they are daemonic.
 *
 * @typeParam C The server class.
 * @param Base The server class to extend.
 * @returns The class with `ThreadingMixIn`'s members, named as Python's
 * ready classes are (`ThreadingTCPServer` over `TCPServer`).
 *
 * @example A server whose handlers do not delay server_close()
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * class Server extends socketserver.ThreadingMixIn(socketserver.TCPServer) {
 *   static override daemon_threads = true;
 * }
 * await using server = new Server(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * assert(server.daemon_threads && server.block_on_close);
 * ```
 */
export function ThreadingMixIn<C extends ServerClass>(
  Base: C,
): C & ThreadingMixInClass {
  abstract class Threading extends Base implements ThreadingServer {
    static daemon_threads = false;
    static block_on_close = true;

    get daemon_threads(): boolean {
      return setting(this, "daemon_threads");
    }
    set daemon_threads(value: boolean) {
      assign(this, "daemon_threads", value);
    }

    get block_on_close(): boolean {
      return setting(this, "block_on_close");
    }
    set block_on_close(value: boolean) {
      assign(this, "block_on_close", value);
    }

    async process_request_thread(
      request: Request,
      client_address: Address | null,
    ): Promise<void> {
      try {
        await this.finish_request(request, client_address);
      } catch (e) {
        this.handle_error(request, client_address, e);
      } finally {
        await this.shutdown_request(request);
      }
    }

    override process_request(
      request: Request,
      client_address: Address | null,
    ): Promise<void> {
      // A thread's uncaught exception is printed and the server goes on
      // (Python's threading.excepthook), never an unhandled rejection.
      const thread = this.process_request_thread(request, client_address)
        .catch((e) => {
          console.error(
            [
              "Exception in thread (process_request_thread):",
              ...formatException(e),
            ].join("\n"),
          );
        });
      if (this.block_on_close && !this.daemon_threads) {
        let running = threads.get(this);
        if (running === undefined) threads.set(this, running = new Set());
        running.add(thread);
        thread.finally(() => running.delete(thread));
      }
      // Started, not finished: the request loop goes on at once.
      return Promise.resolve();
    }

    override async server_close(): Promise<void> {
      await super.server_close();
      // Python's _threads.join(): the handlers running now, not later ones.
      const running = [...threads.get(this) ?? []];
      threads.get(this)?.clear();
      await Promise.all(running);
    }
  }
  Object.defineProperty(Threading, "name", { value: `Threading${Base.name}` });
  return Threading as unknown as C & ThreadingMixInClass;
}

/**
 * Python's `socketserver.ThreadingTCPServer`: a {@linkcode TCPServer} that
 * handles each connection as its own task.
 *
 * @example The asynchronous mixin example of Python's documentation
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class Handler extends socketserver.BaseRequestHandler {
 *   override async handle() {
 *     const data = new TextDecoder().decode(await this.request.recv(1024));
 *     await this.request.sendall(new TextEncoder().encode(`task: ${data}`));
 *   }
 * }
 * await using server = new socketserver.ThreadingTCPServer(["127.0.0.1", 0], Handler);
 * const serving = server.serve_forever(0.05);
 * const replies = await Promise.all([1, 2, 3].map(async (n) => {
 *   using sock = socket.socket();
 *   await sock.connect(server.server_address);
 *   await sock.sendall(new TextEncoder().encode(`Hello World ${n}`));
 *   return new TextDecoder().decode(await sock.recv(1024));
 * }));
 * assert.deepStrictEqual(replies, ["task: Hello World 1", "task: Hello World 2", "task: Hello World 3"]);
 * await server.shutdown();
 * await serving;
 * ```
 */
export const ThreadingTCPServer: typeof TCPServer & ThreadingMixInClass =
  ThreadingMixIn(TCPServer);
/** A {@linkcode ThreadingTCPServer} instance. */
export type ThreadingTCPServer = TCPServer & ThreadingServer;

/**
 * Python's `socketserver.ThreadingUDPServer`: a {@linkcode UDPServer} that
 * handles each datagram as its own task.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 * await using server = new socketserver.ThreadingUDPServer(["127.0.0.1", 0], socketserver.DatagramRequestHandler);
 * assert.equal(server.max_packet_size, 8192);
 * ```
 */
export const ThreadingUDPServer: typeof UDPServer & ThreadingMixInClass =
  ThreadingMixIn(UDPServer);
/** A {@linkcode ThreadingUDPServer} instance. */
export type ThreadingUDPServer = UDPServer & ThreadingServer;

/**
 * Python's `socketserver.ThreadingUnixStreamServer`: a
 * {@linkcode UnixStreamServer} that handles each connection as its own task.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 * const path = Deno.makeTempDirSync() + "/server.sock";
 * await using server = new socketserver.ThreadingUnixStreamServer(path, socketserver.StreamRequestHandler);
 * assert.equal(server.server_address, path);
 * ```
 */
export const ThreadingUnixStreamServer:
  & typeof UnixStreamServer
  & ThreadingMixInClass = ThreadingMixIn(UnixStreamServer);
/** A {@linkcode ThreadingUnixStreamServer} instance. */
export type ThreadingUnixStreamServer = UnixStreamServer & ThreadingServer;

/**
 * Python's `socketserver.ThreadingUnixDatagramServer`: a
 * {@linkcode UnixDatagramServer} that handles each datagram as its own task
 * (`--unstable-net`, as `UnixDatagramServer`).
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 * assert.equal(socketserver.ThreadingUnixDatagramServer.name, "ThreadingUnixDatagramServer");
 * ```
 */
export const ThreadingUnixDatagramServer:
  & typeof UnixDatagramServer
  & ThreadingMixInClass = ThreadingMixIn(UnixDatagramServer);
/** A {@linkcode ThreadingUnixDatagramServer} instance. */
export type ThreadingUnixDatagramServer = UnixDatagramServer & ThreadingServer;
