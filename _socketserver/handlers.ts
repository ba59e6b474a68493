// Python's request handlers. The server constructs a handler and then runs
// it (setup, handle, finish), so a subclass's fields are set by the time its
// methods run; Python runs them inside the constructor.

import type { Address } from "../address.ts";
import type { BufferedIOBase } from "../buffered_io.ts";
import { OSError } from "../errors.ts";
import type { Socket } from "../socket.ts";
import type { SocketIO } from "../socketio.ts";
import type { BaseServer } from "./base_server.ts";
import { BytesIO } from "./bytes_io.ts";
import { assign, setting } from "./settings.ts";
import { SocketWriter } from "./socket_writer.ts";

const IPPROTO_TCP = 6;
const TCP_NODELAY = 1;

/**
 * A datagram server's request: the datagram and the server's socket (to
 * reply through with `sendto`).
 *
 * @example Unpacking it as Python's UDP handler does
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 *
 * class Echo extends socketserver.BaseRequestHandler<socketserver.DatagramRequest> {
 *   override async handle() {
 *     const [data, sock] = this.request;
 *     await sock.sendto(data, this.client_address!);
 *   }
 * }
 * await using _server = new socketserver.UDPServer(["127.0.0.1", 0], Echo);
 * ```
 */
export type DatagramRequest = [data: Uint8Array, socket: Socket];

/**
 * Python's `socketserver.BaseRequestHandler`: one is made for every request,
 * and the server runs its `setup()`, `handle()` and `finish()` (each may be
 * `async`); `finish()` runs even when `handle()` throws.
 *
 * @typeParam Request `Socket` for stream servers (default), `DatagramRequest`
 * for datagram servers.
 * @typeParam Server The server class, to reach its own fields.
 *
 * @example An echo handler, one request served with handle_request()
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
 * await using server = new socketserver.TCPServer(["127.0.0.1", 0], Echo);
 * using client = socket.socket();
 * await client.connect(server.server_address);
 * await client.sendall(new Uint8Array([1, 2, 3]));
 * await server.handle_request();
 * assert.deepStrictEqual(await client.recv(10), new Uint8Array([1, 2, 3]));
 * ```
 */
export class BaseRequestHandler<Request = Socket, Server = BaseServer> {
  /** The connected socket, or `[data, socket]` for a datagram server. */
  request: Request;
  /** The client's address. */
  client_address: Address | null;
  /** The server that made this handler. */
  server: Server;

  /**
   * Keeps the request; the server then runs the handler.
   *
   * @param request The request, as the server's `get_request()` gave it.
   * @param client_address The client's address.
   * @param server The server.
   */
  constructor(
    request: Request,
    client_address: Address | null,
    server: Server,
  ) {
    this.request = request;
    this.client_address = client_address;
    this.server = server;
  }

  /** Runs before `handle()`; does nothing here. */
  setup(): void | Promise<void> {}

  /** Serves the request; does nothing here. */
  handle(): void | Promise<void> {}

  /** Runs after `handle()`, even when it threw; does nothing here. */
  finish(): void | Promise<void> {}
}

/** Runs a handler the server has just made: Python's constructor body. */
export async function runHandler(handler: unknown): Promise<void> {
  // Python accepts any callable as the handler class; one that is not a
  // BaseRequestHandler did its work when it was called.
  if (!(handler instanceof BaseRequestHandler)) return;
  await handler.setup();
  try {
    await handler.handle();
  } finally {
    await handler.finish();
  }
}

/**
 * Python's `socketserver.StreamRequestHandler`: `rfile` and `wfile` over the
 * connection, made by `setup()`; `finish()` flushes and closes them. Its
 * settings are `static` members, as Python's class attributes (an instance
 * may also assign its own before `setup()` runs):
 *
 * - `rbufsize` (-1: buffered; 0: `rfile` is the raw `SocketIO`),
 * - `wbufsize` (0: `wfile` writes straight through with `sendall`; more: a
 *   `BufferedWriter` of that size),
 * - `timeout` (`null`; seconds for the connection's `settimeout`),
 * - `disable_nagle_algorithm` (`false`; `true` sets `TCP_NODELAY`).
 *
 * @example Upper-casing one line, with a timeout set as Python sets it
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class Upper extends socketserver.StreamRequestHandler {
 *   static override timeout = 5;
 *   override async handle() {
 *     const line = new TextDecoder().decode(await this.rfile.readline());
 *     await this.wfile.write(new TextEncoder().encode(line.toUpperCase()));
 *   }
 * }
 * await using server = new socketserver.TCPServer(["127.0.0.1", 0], Upper);
 * using client = socket.socket();
 * await client.connect(server.server_address);
 * await client.sendall(new TextEncoder().encode("hello\n"));
 * await server.handle_request();
 * assert.equal(new TextDecoder().decode(await client.recv(10)), "HELLO\n");
 * ```
 */
export class StreamRequestHandler extends BaseRequestHandler<Socket> {
  /** Python's class attribute: `rfile`'s buffer size (-1: the default). */
  static rbufsize: number = -1;
  /** Python's class attribute: `wfile`'s buffer size (0: unbuffered). */
  static wbufsize: number = 0;
  /** Python's class attribute: the connection's timeout, or `null`. */
  static timeout: number | null = null;
  /** Python's class attribute: whether to set `TCP_NODELAY`. */
  static disable_nagle_algorithm: boolean = false;

  /** The connected socket (the same as `request`), set by `setup()`. */
  connection!: Socket;
  /** The file to read the request from, made by `setup()`. */
  rfile!: BufferedIOBase | SocketIO;
  /** The file to write the reply to, made by `setup()`. */
  wfile!: BufferedIOBase | SocketWriter;

  /** `rfile`'s buffer size: this handler's, else its class's. */
  get rbufsize(): number {
    return setting(this, "rbufsize");
  }
  set rbufsize(value: number) {
    assign(this, "rbufsize", value);
  }

  /** `wfile`'s buffer size: this handler's, else its class's. */
  get wbufsize(): number {
    return setting(this, "wbufsize");
  }
  set wbufsize(value: number) {
    assign(this, "wbufsize", value);
  }

  /** The connection's timeout: this handler's, else its class's. */
  get timeout(): number | null {
    return setting(this, "timeout");
  }
  set timeout(value: number | null) {
    assign(this, "timeout", value);
  }

  /** Whether to set `TCP_NODELAY`: this handler's, else its class's. */
  get disable_nagle_algorithm(): boolean {
    return setting(this, "disable_nagle_algorithm");
  }
  set disable_nagle_algorithm(value: boolean) {
    assign(this, "disable_nagle_algorithm", value);
  }

  /**
   * Applies the settings and makes `rfile` and `wfile`.
   *
   * @throws {OSError} The socket's errors (`settimeout`, `setsockopt`).
   */
  override setup(): void {
    this.connection = this.request;
    if (this.timeout !== null) this.connection.settimeout(this.timeout);
    if (this.disable_nagle_algorithm) {
      this.connection.setsockopt(IPPROTO_TCP, TCP_NODELAY, true);
    }
    // Buffering 0 makes the raw SocketIO, which the overloads cannot tell.
    this.rfile = this.connection.makefile("rb", {
      buffering: this.rbufsize,
    }) as BufferedIOBase | SocketIO;
    this.wfile = this.wbufsize === 0
      ? new SocketWriter(this.connection)
      : this.connection.makefile("wb", { buffering: this.wbufsize });
  }

  /** Flushes `wfile` (a socket error is ignored), then closes both files. */
  override async finish(): Promise<void> {
    if (!this.wfile.closed) {
      try {
        await this.wfile.flush();
      } catch (e) {
        if (!(e instanceof OSError)) throw e;
      }
    }
    await this.wfile.close();
    await this.rfile.close();
  }
}

/**
 * Python's `socketserver.DatagramRequestHandler`: `rfile` reads the
 * datagram, and what `handle()` writes to `wfile` is sent back to the
 * client by `finish()`. Both are {@linkcode BytesIO}, so they never wait.
 *
 * @example An upper-casing UDP server, one datagram
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class Upper extends socketserver.DatagramRequestHandler {
 *   override handle() {
 *     const text = new TextDecoder().decode(this.rfile.read());
 *     this.wfile.write(new TextEncoder().encode(text.toUpperCase()));
 *   }
 * }
 * await using server = new socketserver.UDPServer(["127.0.0.1", 0], Upper);
 * using client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
 * await client.sendto(new TextEncoder().encode("hi"), server.server_address);
 * await server.handle_request();
 * assert.equal(new TextDecoder().decode(await client.recv(10)), "HI");
 * ```
 */
export class DatagramRequestHandler
  extends BaseRequestHandler<DatagramRequest> {
  /** The datagram, set by `setup()`. */
  packet!: Uint8Array;
  /** The server's socket, to reply through, set by `setup()`. */
  socket!: Socket;
  /** The datagram as a file, made by `setup()`. */
  rfile!: BytesIO;
  /** The reply, made by `setup()` and sent by `finish()`. */
  wfile!: BytesIO;

  /** Unpacks the request and makes `rfile` and `wfile`. */
  override setup(): void {
    [this.packet, this.socket] = this.request;
    this.rfile = new BytesIO(this.packet);
    this.wfile = new BytesIO();
  }

  /**
   * Sends `wfile`'s content to the client, as one datagram.
   *
   * @throws {OSError} The socket's errors.
   */
  override async finish(): Promise<void> {
    await this.socket.sendto(this.wfile.getvalue(), this.client_address!);
  }
}
