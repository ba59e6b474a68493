// Python's socketserver.BaseServer: the request loop (serve_forever,
// handle_request) and the hooks a server class overrides.

import type { Address } from "../address.ts";
import { OSError } from "../errors.ts";
import { EVENT_READ } from "../selectors.ts";
import type { Socket } from "../socket.ts";
import { pyTypeName, waitSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";
import { engineOf } from "./engine.ts";
import { type DatagramRequest, runHandler } from "./handlers.ts";
import { assign, setting } from "./settings.ts";
import { errorReport } from "./traceback.ts";

/**
 * What a server hands its handler and its hooks: a connection (stream
 * servers), or `[data, socket]` (datagram servers).
 *
 * @example A verify_request() that looks at the request
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * class OnlyStreams extends socketserver.TCPServer {
 *   override verify_request(request: socketserver.Request) {
 *     return request instanceof socket.Socket;
 *   }
 * }
 * await using server = new OnlyStreams(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * assert(server.verify_request(server.socket));
 * ```
 */
export type Request = Socket | DatagramRequest;

/**
 * A request handler class: Python calls it with `(request, client_address,
 * server)`; usually a subclass of `BaseRequestHandler`.
 *
 * @example Choosing the handler class at run time
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * const handler: socketserver.HandlerClass = socketserver.StreamRequestHandler;
 * await using server = new socketserver.TCPServer(["127.0.0.1", 0], handler);
 * assert.equal(server.RequestHandlerClass, socketserver.StreamRequestHandler);
 * ```
 */
export type HandlerClass = new (
  request: never,
  client_address: never,
  server: never,
) => unknown;

/** Python's threading.Event, for serve_forever and shutdown. */
class Event {
  #set = false;
  #waiters: (() => void)[] = [];

  set(): void {
    this.#set = true;
    for (const wake of this.#waiters.splice(0)) wake();
  }

  clear(): void {
    this.#set = false;
  }

  wait(): Promise<void> {
    if (this.#set) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}

/**
 * Python's `socketserver.BaseServer`: the request loop and its hooks. Use
 * {@linkcode TCPServer}, {@linkcode UDPServer} and the others; a class made
 * straight from this one must set `socket`.
 *
 * Settings are `static` members, as Python's class attributes are: a
 * subclass declares `static override timeout = 5`, and an instance may
 * assign its own (`server.timeout = 5`).
 *
 * @example A request that never comes: handle_timeout() runs
 * ```ts
 * import * as socketserver from "@pysocket/socket/socketserver";
 * import assert from "node:assert/strict";
 *
 * let timedOut = false;
 * class Server extends socketserver.TCPServer {
 *   static override timeout = 0.05;
 *   override handle_timeout() {
 *     timedOut = true;
 *   }
 * }
 * await using server = new Server(["127.0.0.1", 0], socketserver.BaseRequestHandler);
 * await server.handle_request();
 * assert(timedOut);
 * ```
 */
export class BaseServer implements Disposable, AsyncDisposable {
  /** Python's class attribute: `handle_request()`'s timeout, or `null`. */
  static timeout: number | null = null;

  /** The address given, and once bound, the bound one (port 0 resolved). */
  server_address: Address;
  /** The class made for every request. */
  RequestHandlerClass: HandlerClass;
  /** The server's socket (set by `TCPServer` and the others). */
  socket!: Socket;
  readonly #isShutDown = new Event();
  #shutdownRequest = false;

  /**
   * Keeps the address and the handler class.
   *
   * @param server_address The address to serve on.
   * @param RequestHandlerClass The handler class.
   * @throws {TypeError} When an argument is missing, with Python's message.
   */
  constructor(server_address: Address, RequestHandlerClass: HandlerClass) {
    requireArguments("BaseServer", [server_address, RequestHandlerClass]);
    this.server_address = server_address;
    this.RequestHandlerClass = RequestHandlerClass;
  }

  /** `handle_request()`'s timeout in seconds: this server's, else its class's. */
  get timeout(): number | null {
    return setting(this, "timeout");
  }
  set timeout(value: number | null) {
    assign(this, "timeout", value);
  }

  /** Called by the constructor after `server_bind()`; does nothing here. */
  server_activate(): void {}

  /**
   * Handles requests until {@linkcode BaseServer.shutdown} is called: waits
   * for one, handles it, runs `service_actions()`, again. A shutdown is
   * seen within `poll_interval` seconds.
   *
   * An abort of `options.signal` stops the loop at once while it waits for
   * a request (a request being handled is finished first): the Promise
   * rejects with the signal's reason, a `shutdown()` waiting resolves, and
   * a request that had not been taken waits in the socket for the next
   * `serve_forever()` or `handle_request()`.
   *
   * @param poll_interval How often to look for a shutdown, in seconds.
   * @param options `signal`: stop serving when it aborts.
   * @returns A Promise that settles when the server stops.
   * @throws {ValueError} `Invalid file descriptor: -1` when closed.
   */
  async serve_forever(
    poll_interval = 0.5,
    options?: WaitOptions,
  ): Promise<void> {
    const signal = waitSignal(options, "serve_forever");
    this.#isShutDown.clear();
    try {
      using selector = engineOf(this).selector();
      selector.register(this.socket, EVENT_READ);
      while (!this.#shutdownRequest) {
        const ready = await selector.select(poll_interval, { signal });
        // Python looks again: a shutdown asked for during select wins.
        if (this.#shutdownRequest) break;
        signal?.throwIfAborted();
        if (ready.length > 0) await this.#handleRequestNoblock();
        await this.service_actions();
        signal?.throwIfAborted();
      }
    } finally {
      this.#shutdownRequest = false;
      this.#isShutDown.set();
    }
  }

  /**
   * Stops `serve_forever()` and resolves once it has returned. As in Python,
   * it waits for a `serve_forever()` that is running or the next one to
   * finish: called on a server that never serves, it never resolves.
   */
  async shutdown(): Promise<void> {
    this.#shutdownRequest = true;
    await this.#isShutDown.wait();
  }

  /** Called once per turn of `serve_forever()`; does nothing here. */
  service_actions(): void | Promise<void> {}

  /**
   * Waits for one request and handles it. With a timeout (the smaller of
   * the socket's and `timeout`), `handle_timeout()` runs if none comes.
   *
   * @param options `signal`: stop waiting when it aborts; the Promise
   * rejects with its reason, no request is taken and `handle_timeout()`
   * does not run.
   * @returns A Promise that settles when the request was handled (with
   * `ThreadingMixIn`: started).
   * @throws {ValueError} `Invalid file descriptor: -1` when closed.
   */
  async handle_request(options?: WaitOptions): Promise<void> {
    const signal = waitSignal(options, "handle_request");
    let timeout = this.socket.gettimeout();
    if (timeout === null) timeout = this.timeout;
    else if (this.timeout !== null) timeout = Math.min(timeout, this.timeout);
    const deadline = timeout === null ? 0 : now() + timeout;
    using selector = engineOf(this).selector();
    selector.register(this.socket, EVENT_READ);
    for (;;) {
      const ready = await selector.select(timeout, { signal });
      if (ready.length > 0) return await this.#handleRequestNoblock();
      if (timeout !== null) {
        timeout = deadline - now();
        if (timeout < 0) return await this.handle_timeout();
      }
    }
  }

  // Python's _handle_request_noblock: the socket is readable, so
  // get_request() will not wait.
  async #handleRequestNoblock(): Promise<void> {
    let request: Request;
    let client_address: Address | null;
    try {
      [request, client_address] = await this.get_request();
    } catch (e) {
      if (e instanceof OSError) return;
      throw e;
    }
    if (await this.verify_request(request, client_address)) {
      try {
        await this.process_request(request, client_address);
      } catch (e) {
        this.handle_error(request, client_address, e);
        await this.shutdown_request(request);
      }
    } else {
      await this.shutdown_request(request);
    }
  }

  /** Called when `handle_request()` times out; does nothing here. */
  handle_timeout(): void | Promise<void> {}

  /**
   * Whether to handle a request; `false` closes it unhandled.
   *
   * @param _request The request.
   * @param _client_address The client's address.
   * @returns `true` here.
   */
  verify_request(
    _request: Request,
    _client_address: Address | null,
  ): boolean | Promise<boolean> {
    return true;
  }

  /**
   * Handles a request: `finish_request()`, then `shutdown_request()`.
   * `ThreadingMixIn` runs it as a task of its own instead.
   *
   * @param request The request.
   * @param client_address The client's address.
   */
  async process_request(
    request: Request,
    client_address: Address | null,
  ): Promise<void> {
    await this.finish_request(request, client_address);
    await this.shutdown_request(request);
  }

  /**
   * Cleans up the server; does nothing here. `TCPServer` closes its socket
   * before this returns; `ThreadingMixIn`'s Promise also waits for the
   * handlers still running (unless they are daemonic).
   */
  server_close(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Makes the handler for a request and runs it: `setup()`, `handle()`,
   * `finish()`.
   *
   * @param request The request.
   * @param client_address The client's address.
   * @throws {TypeError} `'int' object is not callable` when
   * `RequestHandlerClass` is no class; whatever the handler throws.
   */
  async finish_request(
    request: Request,
    client_address: Address | null,
  ): Promise<void> {
    const Handler = this.RequestHandlerClass as unknown;
    if (typeof Handler !== "function") {
      throw new TypeError(`'${pyTypeName(Handler)}' object is not callable`);
    }
    const make = Handler as new (...args: unknown[]) => unknown;
    await runHandler(new make(request, client_address, this));
  }

  /**
   * Ends a request: `close_request()` here; `TCPServer` first shuts the
   * connection down for writing.
   *
   * @param request The request.
   */
  shutdown_request(request: Request): void | Promise<void> {
    return this.close_request(request);
  }

  /**
   * Closes a request; does nothing here (`TCPServer` closes the socket).
   *
   * @param _request The request.
   */
  close_request(_request: Request): void | Promise<void> {}

  /**
   * Waits for a request: `[request, client_address]`. `TCPServer` accepts a
   * connection, `UDPServer` receives a datagram; a class made straight from
   * `BaseServer` must override it.
   *
   * @returns The request and the client's address.
   * @throws {Error} Python's AttributeError here:
   * `'BaseServer' object has no attribute 'get_request'`.
   */
  get_request(): Promise<[Request, Address | null]> {
    return Promise.reject(
      new Error(
        `'${this.constructor.name}' object has no attribute 'get_request'`,
      ),
    );
  }

  /**
   * Reports a request that failed, as Python prints it to stderr: a rule,
   * `Exception occurred during processing of request from <address>`, the
   * traceback, a rule. The server keeps serving.
   *
   * @param _request The request.
   * @param client_address The client's address.
   * @param error What was thrown (Python's `sys.exc_info()[1]`).
   */
  handle_error(
    _request: Request,
    client_address: Address | null,
    error?: unknown,
  ): void {
    console.error(errorReport(error, client_address).join("\n"));
  }

  /** Calls `server_close()` at the end of a `using` block, without waiting. */
  [Symbol.dispose](): void {
    void this.server_close();
  }

  /** Awaits `server_close()` at the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.server_close();
  }
}

function now(): number {
  return performance.now() / 1000;
}

/**
 * Python's TypeError for missing positional arguments of `cls.__init__`.
 *
 * @param cls The class whose constructor was called.
 * @param values The required arguments, in order.
 */
export function requireArguments(cls: string, values: unknown[]): void {
  const names = ["server_address", "RequestHandlerClass"];
  const missing = names.filter((_, i) => values[i] === undefined);
  if (missing.length === 0) return;
  const list = missing.map((n) => `'${n}'`).join(" and ");
  const s = missing.length === 1 ? "" : "s";
  throw new TypeError(
    `${cls}.__init__() missing ${missing.length} required positional argument${s}: ${list}`,
  );
}
