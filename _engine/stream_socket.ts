// SOCK_STREAM sockets: their states (fresh, bound, listening, connecting,
// connected) over Deno.listen and Deno.connect. What differs between TCP and
// UNIX-domain streams (addresses, how to listen and connect) is a
// StreamFamily.

import type { Address } from "../address.ts";
import type { OSError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { Deadlines } from "./deadline.ts";
import { Acceptor } from "./listener.ts";
import { SocketOptions } from "./options.ts";
import { Stream, type Timeout } from "./stream.ts";
import type {
  StreamConn,
  StreamFamily,
  StreamListener,
} from "./stream_family.ts";
import type { Endpoint } from "./transport.ts";

/** Python's default `listen()` backlog: `min(SOMAXCONN, 128)`. */
const DEFAULT_BACKLOG = 128;

type State =
  | { kind: "fresh" }
  | { kind: "bound"; listener: StreamListener; backlog: number }
  | {
    kind: "listening";
    listener: StreamListener;
    acceptor: Acceptor<StreamConn>;
  }
  | { kind: "connecting"; done: Promise<void>; abort: AbortController }
  | { kind: "connected"; conn: StreamConn; stream: Stream }
  | { kind: "closed" };

/** A stream socket of any family. */
export class StreamSocket<Target> implements Endpoint {
  readonly #family: StreamFamily<Target>;
  readonly #deadlines = new Deadlines();
  readonly #options: SocketOptions;
  #state: State = { kind: "fresh" };
  // A non-blocking connect's outcome, reported by connect_ex and SO_ERROR.
  #connectError = 0;
  #connectUnreported = false;

  constructor(family: StreamFamily<Target>, conn?: StreamConn) {
    this.#family = family;
    this.#options = new SocketOptions(1, family.family, family.protocol);
    if (conn) this.#becomeConnected(conn);
  }

  bind(address: unknown): void {
    const target = this.#family.parse(address, "bind");
    if (this.#state.kind === "closed") throw oserror(9);
    if (this.#state.kind !== "fresh") throw oserror(22);
    this.#state = {
      kind: "bound",
      listener: this.#family.listen(target, DEFAULT_BACKLOG),
      backlog: DEFAULT_BACKLOG,
    };
  }

  listen(backlog: number): void {
    const state = this.#state;
    let listener: StreamListener;
    switch (state.kind) {
      case "closed":
        throw oserror(9);
      case "connected":
      case "connecting":
        throw oserror(22);
      case "listening":
        return;
      case "fresh":
        listener = this.#family.listen(null, backlog);
        break;
      case "bound":
        listener = state.backlog === backlog
          ? state.listener
          : this.#family.relisten(state.listener, backlog);
    }
    this.#family.listening?.(listener);
    this.#state = {
      kind: "listening",
      listener,
      acceptor: new Acceptor(listener, this.#deadlines),
    };
  }

  async accept(timeout: Timeout): Promise<[Endpoint, Address]> {
    const state = this.#state;
    if (state.kind === "closed") throw oserror(9);
    if (state.kind !== "listening") throw oserror(22);
    const conn = await state.acceptor.accept(timeout);
    return [
      new StreamSocket(this.#family, conn),
      this.#family.address(conn.remoteAddr),
    ];
  }

  async connect(
    address: unknown,
    timeout: Timeout,
    caller: string,
  ): Promise<void> {
    const target = this.#family.parse(address, caller);
    const state = this.#state;
    switch (state.kind) {
      case "closed":
        throw oserror(9);
      case "connecting":
        throw oserror(114);
      case "listening":
        throw oserror(106);
      case "connected":
        if (this.#connectUnreported) {
          // Linux: the first connect after a non-blocking one completes says 0.
          this.#connectUnreported = false;
          return;
        }
        throw oserror(106);
    }
    const abort = new AbortController();
    const bound = state.kind === "bound" ? state.listener : null;
    const done = this.#family.connect(target, abort.signal, bound).then(
      (conn) => {
        if (this.#state.kind === "closed") {
          conn.close();
          throw oserror(9);
        }
        this.#becomeConnected(conn);
      },
      (e) => {
        if (this.#state.kind === "closed") throw oserror(9);
        this.#state = { kind: "fresh" };
        throw e;
      },
    );
    this.#state = { kind: "connecting", done, abort };
    if (timeout === 0) {
      this.#connectUnreported = true;
      done.catch((e: OSError) => {
        this.#connectUnreported = false;
        this.#connectError = e.errno ?? 0;
      });
      throw oserror(115);
    }
    // A connect that times out goes on, as the kernel's SYN_SENT does.
    done.catch(() => {});
    await (timeout === null ? done : this.#deadlines.race(done, timeout));
  }

  #becomeConnected(conn: StreamConn): void {
    const stream = new Stream(conn, this.#deadlines);
    this.#state = { kind: "connected", conn, stream };
    this.#options.applyTo(conn, stream);
  }

  #stream(orErrno: number): Stream {
    const state = this.#state;
    if (state.kind === "connected") return state.stream;
    throw oserror(state.kind === "closed" ? 9 : orErrno);
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    return this.#stream(this.#family.recvUnconnectedErrno).recvInto(
      target,
      flags,
      timeout,
    );
  }

  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array> {
    return this.#stream(this.#family.recvUnconnectedErrno).recv(
      bufsize,
      flags,
      timeout,
    );
  }

  async recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    const stream = this.#stream(this.#family.recvUnconnectedErrno);
    if (bufsize === 0) {
      // recvfrom(0) waits for readability, unlike recv(0).
      await stream.recvInto(new Uint8Array(1), flags | 2, timeout);
      return [new Uint8Array(0), null];
    }
    return [await stream.recv(bufsize, flags, timeout), null];
  }

  async recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    const stream = this.#stream(this.#family.recvUnconnectedErrno);
    return [await stream.recvInto(target, flags, timeout), null];
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    return this.#stream(this.#family.sendUnconnectedErrno).send(
      data,
      flags,
      timeout,
    );
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    return this.#stream(this.#family.sendUnconnectedErrno).sendall(
      data,
      flags,
      timeout,
    );
  }

  sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    this.#family.parse(address, "sendto");
    if (this.#family.refusesSendtoAddress) {
      const kind = this.#state.kind;
      throw oserror(kind === "closed" ? 9 : kind === "connected" ? 106 : 95);
    }
    // Linux ignores the address of a connected TCP socket.
    return this.#stream(this.#family.sendUnconnectedErrno).send(
      data,
      flags,
      timeout,
    );
  }

  shutdown(how: number): void {
    const state = this.#state;
    if (state.kind === "connected") return state.stream.shutdown(how);
    if (state.kind === "closed") throw oserror(9);
    if (this.#family.shutsDownUnconnected) return;
    if (state.kind !== "listening") throw oserror(107);
    // Linux: SHUT_RD disconnects a TCP listener; it stays bound.
    if (how === 1) return;
    const addr = state.listener.addr;
    state.acceptor.close();
    this.#state = {
      kind: "bound",
      listener: this.#family.rebind!(addr),
      backlog: DEFAULT_BACKLOG,
    };
  }

  getsockname(): Address {
    const state = this.#state;
    switch (state.kind) {
      case "closed":
        throw oserror(9);
      case "bound":
      case "listening":
        return this.#family.address(state.listener.addr);
      case "connected":
        return this.#family.address(state.conn.localAddr);
      default:
        return this.#family.unbound;
    }
  }

  getpeername(): Address {
    const state = this.#state;
    if (state.kind === "closed") throw oserror(9);
    if (state.kind !== "connected") throw oserror(107);
    return this.#family.address(state.conn.remoteAddr);
  }

  getsockopt(level: number, name: number): number {
    const state = this.#state;
    if (state.kind === "closed") throw oserror(9);
    if (level === 1 && name === 30 /* SO_ACCEPTCONN */) {
      return state.kind === "listening" ? 1 : 0;
    }
    if (level === 1 && name === 4 /* SO_ERROR */) {
      const errno = this.#connectError ||
        (state.kind === "connected" ? state.stream.takeError() : 0);
      this.#connectError = 0;
      return errno;
    }
    return this.#options.get(level, name);
  }

  setsockopt(level: number, name: number, value: number): void {
    const state = this.#state;
    if (state.kind === "closed") throw oserror(9);
    this.#options.set(level, name, value);
    if (state.kind === "connected") {
      this.#options.applyTo(state.conn, state.stream);
    }
  }

  get readable(): boolean {
    const state = this.#state;
    switch (state.kind) {
      case "listening":
        return state.acceptor.readable;
      case "connected":
        return state.stream.readable;
      case "connecting":
        return false;
      default:
        // Linux: a fresh or bound socket polls as readable (POLLHUP).
        return true;
    }
  }

  get writable(): boolean {
    const state = this.#state;
    if (state.kind === "connected") return state.stream.writable;
    return state.kind !== "connecting" && state.kind !== "listening";
  }

  async whenReadable(): Promise<void> {
    const state = this.#state;
    if (state.kind === "listening") return await state.acceptor.whenReadable();
    if (state.kind === "connected") return await state.stream.whenReadable();
    if (state.kind === "connecting") {
      await state.done.catch(() => {});
      return await this.whenReadable();
    }
  }

  async whenWritable(): Promise<void> {
    const state = this.#state;
    if (state.kind === "connected") return await state.stream.whenWritable();
    if (state.kind === "connecting") await state.done.catch(() => {});
    // A listening socket never becomes writable: resolving would make a
    // selector waiting on it spin.
    if (state.kind === "listening") await new Promise<never>(() => {});
  }

  close(): void {
    const state = this.#state;
    this.#state = { kind: "closed" };
    switch (state.kind) {
      case "bound":
        state.listener.close();
        break;
      case "listening":
        state.acceptor.close();
        break;
      case "connecting":
        state.abort.abort();
        break;
      case "connected":
        state.stream.close();
        break;
    }
    this.#deadlines.close(oserror(9));
  }
}
