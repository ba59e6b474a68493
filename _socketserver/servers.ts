// Python's TCPServer, UDPServer, UnixStreamServer and UnixDatagramServer:
// BaseServer over a socket of the family and type their settings name.

import type { Address } from "../address.ts";
import { OSError } from "../errors.ts";
import type { Socket } from "../socket.ts";
import {
  BaseServer,
  type HandlerClass,
  type Request,
  requireArguments,
} from "./base_server.ts";
import { engineOf } from "./engine.ts";
import { assign, setting } from "./settings.ts";

const AF_UNIX = 1;
const AF_INET = 2;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOL_SOCKET = 1;
const SO_REUSEADDR = 2;
const SO_REUSEPORT = 15;
const SHUT_WR = 1;

/**
 * Python's `socketserver.TCPServer`: `new TCPServer(server_address,
 * RequestHandlerClass, bind_and_activate = true)` makes the socket, binds it
 * (`server_address` then holds the bound address, port 0 resolved) and
 * listens. Requests are handled one at a time; see `ThreadingTCPServer`.
 *
 * Its settings are `static` members, read when the constructor binds, so a
 * subclass's count as a Python class attribute would: `address_family`
 * (`AF_INET`), `socket_type` (`SOCK_STREAM`), `request_queue_size` (5),
 * `allow_reuse_address` (`false`), `allow_reuse_port` (`false`), `timeout`.
 * With `bind_and_activate = false`, assigning them on the instance before
 * `server_bind()` works too.
 *
 * @example Settings as Python's class attributes, then serve_forever()
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class Echo extends socketserver.BaseRequestHandler {
 *   override async handle() {
 *     await this.request.sendall(await this.request.recv(1024));
 *   }
 * }
 * class Server extends socketserver.TCPServer {
 *   static override allow_reuse_address = true;
 *   static override request_queue_size = 16;
 * }
 * await using server = new Server(["127.0.0.1", 0], Echo);
 * assert.equal(server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), 1);
 * const serving = server.serve_forever(0.05);
 * using client = socket.socket();
 * await client.connect(server.server_address);
 * await client.sendall(new Uint8Array([42]));
 * assert.deepStrictEqual(await client.recv(1), new Uint8Array([42]));
 * await server.shutdown();
 * await serving;
 * ```
 */
export class TCPServer extends BaseServer {
  /** Python's class attribute: the socket's family. */
  static address_family: number = AF_INET;
  /** Python's class attribute: the socket's type. */
  static socket_type: number = SOCK_STREAM;
  /** Python's class attribute: `listen()`'s backlog. */
  static request_queue_size: number = 5;
  /** Python's class attribute: set `SO_REUSEADDR` before binding. */
  static allow_reuse_address: boolean = false;
  /** Python's class attribute: set `SO_REUSEPORT` before binding. */
  static allow_reuse_port: boolean = false;

  /**
   * Makes the server's socket and, unless told not to, binds it and
   * listens; if either fails, the socket is closed.
   *
   * @param server_address `[host, port]`, `[host, port, flowinfo,
   * scope_id]` or a path, as `socket.bind` takes it.
   * @param RequestHandlerClass The handler class.
   * @param bind_and_activate Whether to call `server_bind()` and
   * `server_activate()` now.
   * @throws {TypeError} For a missing argument or an address of the wrong
   * shape, with Python's message.
   * @throws {OverflowError} `bind(): port must be 0-65535.`
   * @throws {OSError} `bind`'s and `listen`'s errors (`EADDRINUSE`, …).
   */
  constructor(
    server_address: Address,
    RequestHandlerClass: HandlerClass,
    bind_and_activate = true,
  ) {
    requireArguments("TCPServer", [server_address, RequestHandlerClass]);
    super(server_address, RequestHandlerClass);
    this.socket = engineOf(this).socket(this.address_family, this.socket_type);
    if (bind_and_activate) {
      try {
        this.server_bind();
        this.server_activate();
      } catch (e) {
        void this.server_close();
        throw e;
      }
    }
  }

  /** The socket's family: this server's, else its class's. */
  get address_family(): number {
    return setting(this, "address_family");
  }
  set address_family(value: number) {
    assign(this, "address_family", value);
  }

  /** The socket's type: this server's, else its class's. */
  get socket_type(): number {
    return setting(this, "socket_type");
  }
  set socket_type(value: number) {
    assign(this, "socket_type", value);
  }

  /** `listen()`'s backlog: this server's, else its class's. */
  get request_queue_size(): number {
    return setting(this, "request_queue_size");
  }
  set request_queue_size(value: number) {
    assign(this, "request_queue_size", value);
  }

  /** Whether to set `SO_REUSEADDR`: this server's, else its class's. */
  get allow_reuse_address(): boolean {
    return setting(this, "allow_reuse_address");
  }
  set allow_reuse_address(value: boolean) {
    assign(this, "allow_reuse_address", value);
  }

  /** Whether to set `SO_REUSEPORT`: this server's, else its class's. */
  get allow_reuse_port(): boolean {
    return setting(this, "allow_reuse_port");
  }
  set allow_reuse_port(value: boolean) {
    assign(this, "allow_reuse_port", value);
  }

  /**
   * Sets the reuse options asked for, binds, and keeps the bound address.
   *
   * @throws {OSError} `setsockopt`'s and `bind`'s errors.
   */
  server_bind(): void {
    if (this.allow_reuse_address) {
      this.socket.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    }
    if (this.allow_reuse_port) {
      this.socket.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
    }
    this.socket.bind(this.server_address);
    this.server_address = this.socket.getsockname();
  }

  /**
   * Listens, with `request_queue_size` as the backlog.
   *
   * @throws {OSError} `listen`'s errors.
   */
  override server_activate(): void {
    this.socket.listen(this.request_queue_size);
  }

  /** Closes the socket at once; the Promise is already settled. */
  override server_close(): Promise<void> {
    this.socket.close();
    return Promise.resolve();
  }

  /**
   * The socket's descriptor number, as the selector uses it.
   *
   * @returns The number; `-1` once closed.
   */
  fileno(): number {
    return this.socket.fileno();
  }

  /**
   * Accepts a connection.
   *
   * @returns `[connection, client_address]`.
   * @throws {OSError} `accept`'s errors.
   */
  override get_request(): Promise<[Request, Address | null]> {
    return this.socket.accept();
  }

  /**
   * Shuts the connection down for writing (ignoring `ENOTCONN` and the
   * like, as Python does), then closes it.
   *
   * @param request The connection.
   */
  override shutdown_request(request: Request): void | Promise<void> {
    try {
      (request as Socket).shutdown(SHUT_WR);
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
    }
    return this.close_request(request);
  }

  /**
   * Closes the connection.
   *
   * @param request The connection.
   */
  override close_request(request: Request): void | Promise<void> {
    (request as Socket).close();
  }
}

/**
 * Python's `socketserver.UDPServer`: every datagram is a request,
 * `[data, socket]`, handled one at a time; see `ThreadingUDPServer`. Its
 * own setting is `static max_packet_size` (8192): a longer datagram is cut.
 *
 * @example The UDP server of Python's documentation, one datagram
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class MyUDPHandler extends socketserver.BaseRequestHandler<socketserver.DatagramRequest> {
 *   override async handle() {
 *     const [data, sock] = this.request;
 *     await sock.sendto(data.reverse(), this.client_address!);
 *   }
 * }
 * await using server = new socketserver.UDPServer(["127.0.0.1", 0], MyUDPHandler);
 * using client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
 * await client.sendto(new Uint8Array([1, 2]), server.server_address);
 * await server.handle_request();
 * assert.deepStrictEqual(await client.recv(10), new Uint8Array([2, 1]));
 * ```
 */
export class UDPServer extends TCPServer {
  /** Python's class attribute: `SOCK_DGRAM`. */
  static override socket_type: number = SOCK_DGRAM;
  /** Python's class attribute: the largest datagram read whole. */
  static max_packet_size: number = 8192;

  /** The largest datagram read whole: this server's, else its class's. */
  get max_packet_size(): number {
    return setting(this, "max_packet_size");
  }
  set max_packet_size(value: number) {
    assign(this, "max_packet_size", value);
  }

  /**
   * Receives one datagram.
   *
   * @returns `[[data, socket], client_address]`.
   * @throws {OSError} `recvfrom`'s errors.
   */
  override async get_request(): Promise<[Request, Address | null]> {
    const [data, client_address] = await this.socket.recvfrom(
      this.max_packet_size,
    );
    return [[data, this.socket], client_address];
  }

  /** A datagram socket does not listen: nothing to do. */
  override server_activate(): void {}

  /**
   * Nothing to shut down: the socket is the server's.
   *
   * @param request The request.
   */
  override shutdown_request(request: Request): void | Promise<void> {
    return this.close_request(request);
  }

  /**
   * Nothing to close: the socket is the server's.
   *
   * @param _request The request.
   */
  override close_request(_request: Request): void | Promise<void> {}
}

/**
 * Python's `socketserver.UnixStreamServer`: a `TCPServer` on an `AF_UNIX`
 * path. Deno removes the path when the socket closes.
 *
 * @example Usage
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const path = Deno.makeTempDirSync() + "/server.sock";
 * await using server = new socketserver.UnixStreamServer(path, socketserver.BaseRequestHandler);
 * assert.equal(server.server_address, path);
 * assert.equal(server.socket.family, socket.AF_UNIX);
 * ```
 */
export class UnixStreamServer extends TCPServer {
  /** Python's class attribute: `AF_UNIX`. */
  static override address_family: number = AF_UNIX;
}

/**
 * Python's `socketserver.UnixDatagramServer`: a `UDPServer` on an `AF_UNIX`
 * path. Deno has `AF_UNIX` datagram sockets only under `--unstable-net`;
 * without it the constructor throws `OSError` (`ESOCKTNOSUPPORT`, 94) saying
 * so.
 *
 * @example Without --unstable-net the constructor says what is missing
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const path = Deno.makeTempDirSync() + "/server.sock";
 * try {
 *   await using server = new socketserver.UnixDatagramServer(path, socketserver.DatagramRequestHandler);
 *   assert.equal(server.socket.type, socket.SOCK_DGRAM);
 * } catch (e) {
 *   assert(e instanceof socket.OSError && e.errno === 94);
 * }
 * ```
 */
export class UnixDatagramServer extends UDPServer {
  /** Python's class attribute: `AF_UNIX`. */
  static override address_family: number = AF_UNIX;
}
