// SOCK_STREAM sockets: their states (fresh, bound, listening, connecting,
// connected) over Deno.listen and Deno.connect. What differs between TCP and
// UNIX-domain streams (addresses, how to listen and connect) is a
// StreamFamily.

import type { Address } from "../address.ts";
import type { OSError } from "../errors.ts";
import { oserror, timedOut } from "../_oserror.ts";
import {
  Deadlines,
  secondsOf,
  settlesByKernelLook,
  settlesThisTurn,
  shortened,
} from "./deadline.ts";
import { Acceptor } from "./listener.ts";
import { SocketOptions } from "./options.ts";
import { handOver } from "./handover.ts";
import { hold, release } from "./keepalive.ts";
import { type RawConn, Stream, type Timeout } from "./stream.ts";
import type {
  StreamConn,
  StreamFamily,
  StreamListener,
} from "./stream_family.ts";
import type { Endpoint } from "./transport.ts";
import { bytesInt, intBytes } from "./option_bytes.ts";

/** Python's default `listen()` backlog: `min(SOMAXCONN, 128)`. */
const DEFAULT_BACKLOG = 128;
const MSG_DONTWAIT = 0x40;

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
  // A connect that failed where no caller was told (non-blocking, or after
  // its timeout): Linux keeps the socket "connecting", the error pending
  // for the next call (recv, send, connect, SO_ERROR) to report once; after
  // that, reads see EOF and writes EPIPE until a connect starts over.
  | { kind: "failed"; error: OSError | null }
  | { kind: "closed" };

/** A stream socket of any family. */
export class StreamSocket<Target> implements Endpoint {
  readonly #family: StreamFamily<Target>;
  readonly #deadlines = new Deadlines();
  readonly #options: SocketOptions;
  #state: State = { kind: "fresh" };
  // A non-blocking connect succeeded and no connect call has said so yet.
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
      case "failed":
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
    const parsed = this.#family.parse(address, caller);
    // A name is resolved before the state is read: the look-up takes a
    // while, and a name that fails leaves the socket untouched, as in
    // CPython. A numeric address starts connecting in the caller's turn.
    const lookup = this.#family.resolve?.(parsed) ?? null;
    const target = lookup === null ? parsed : await lookup;
    let state = this.#state;
    // After one turn, as a non-blocking call gets: the attempt in progress
    // may be over.
    if (state.kind === "connecting" && await settlesThisTurn(state.done)) {
      state = this.#state;
    }
    switch (state.kind) {
      case "closed":
        throw oserror(9);
      case "connecting":
        throw oserror(114);
      case "listening":
        throw oserror(this.#family.listeningConnectErrno);
      case "connected":
        if (this.#connectUnreported) {
          // Linux: the first connect after a non-blocking one completes says 0.
          this.#connectUnreported = false;
          return;
        }
        throw oserror(106);
      case "failed":
        // Linux's connect on a failed attempt reports it (or, once it was
        // reported, ECONNABORTED) and resets the socket to unconnected.
        this.#state = { kind: "fresh" };
        throw state.error ?? oserror(103);
    }
    const abort = new AbortController();
    const bound = state.kind === "bound" ? state.listener : null;
    // Linux completes an AF_UNIX connect at once, non-blocking or not: it
    // is waited for as a blocking one is.
    const wait = timeout === 0 && this.#family.connectsAtOnce ? null : timeout;
    // Whether a connect call waits for the outcome: it is told the error.
    let told = wait !== 0;
    const done = this.#family.connect(
      target,
      abort.signal,
      bound,
      wait === null,
    )
      .then(
        (conn) => {
          if (this.#state !== connecting) {
            conn.close();
            throw oserror(9);
          }
          this.#becomeConnected(conn);
        },
        (e: OSError) => {
          if (this.#state !== connecting) throw oserror(9);
          // A blocking connect resets the socket as it fails; Python's timed
          // connect reads SO_ERROR, so the error is taken but the socket
          // stays failed; with nobody told, the error waits.
          this.#state = !told
            ? { kind: "failed", error: e }
            : secondsOf(wait) === null
            ? { kind: "fresh" }
            : { kind: "failed", error: null };
          throw e;
        },
      );
    const connecting: State = { kind: "connecting", done, abort };
    this.#state = connecting;
    if (wait === 0) {
      this.#connectUnreported = true;
      done.catch(() => this.#connectUnreported = false);
      // Linux's loopback refusal is in before its connect() returns, so
      // SO_ERROR read next says 111: Deno's connect is given until the
      // runtime has looked at the kernel to settle.
      await settlesByKernelLook(done);
      throw oserror(115);
    }
    // A connect that times out goes on, as the kernel's SYN_SENT does.
    done.catch(() => {});
    if (wait === null) return await done;
    // The connect itself does not keep the process alive: its caller does.
    hold();
    try {
      await this.#deadlines.race(done, wait);
    } catch (e) {
      if (this.#state === connecting) told = false;
      throw e;
    } finally {
      release();
    }
  }

  #becomeConnected(conn: StreamConn): void {
    const stream = new Stream(conn, this.#deadlines);
    this.#state = { kind: "connected", conn, stream };
    this.#options.applyTo(conn, stream);
  }

  /**
   * A data call on a socket not connected (yet): `call` runs on the stream
   * once it is; `ifDead` is what a read of a failed socket returns (EOF),
   * `null` for a write (EPIPE). A connect in progress is waited for as
   * `timeout` allows (non-blocking: EAGAIN), as Linux's calls on a
   * SYN_SENT socket wait.
   */
  async #notConnected<T>(
    timeout: Timeout,
    flags: number,
    ifDead: T | null,
    call: (stream: Stream, timeout: Timeout) => Promise<T>,
  ): Promise<T> {
    let state = this.#state;
    if (
      state.kind === "connecting" && (timeout === 0 || flags & MSG_DONTWAIT)
    ) {
      // One turn, as every non-blocking call gets: a refusal on loopback
      // is in before Linux's connect() even returns.
      if (!(await settlesThisTurn(state.done))) throw oserror(11);
      state = this.#state;
    } else if (state.kind === "connecting") {
      const started = performance.now();
      // The connect's own failure is this call's to report, below; only
      // the timeout (or an abort) ends the wait early.
      const over = state.done.then(noop, noop);
      // A connect in progress does not keep the process alive: the call
      // waiting for it does.
      hold();
      try {
        await (timeout === null ? over : this.#deadlines.race(over, timeout));
      } finally {
        release();
      }
      const seconds = secondsOf(timeout);
      if (seconds !== null) {
        const left = seconds - (performance.now() - started) / 1000;
        if (left <= 0) throw timedOut();
        timeout = shortened(timeout, left);
      }
      state = this.#state;
    }
    switch (state.kind) {
      case "connected":
        return await call(state.stream, timeout);
      case "failed":
        if (state.error !== null) {
          const error = state.error;
          state.error = null;
          throw error;
        }
        if (ifDead !== null) return ifDead;
        throw oserror(32);
      case "closed":
        throw oserror(9);
      default:
        throw oserror(
          ifDead === null
            ? this.#family.sendUnconnectedErrno
            : this.#family.recvUnconnectedErrno,
        );
    }
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    const state = this.#state;
    if (state.kind === "connected") {
      return state.stream.recvInto(target, flags, timeout);
    }
    return this.#notConnected(
      timeout,
      flags,
      0,
      (stream, t) => stream.recvInto(target, flags, t),
    );
  }

  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array> {
    const state = this.#state;
    // The hot path, with no closure.
    if (state.kind === "connected") {
      return state.stream.recv(bufsize, flags, timeout);
    }
    return this.#notConnected(
      timeout,
      flags,
      new Uint8Array(0),
      (stream, t) => stream.recv(bufsize, flags, t),
    );
  }

  async recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    if (bufsize === 0) {
      // recvfrom(0) waits for readability, unlike recv(0).
      await this.recvInto(new Uint8Array(1), flags | 2, timeout);
      return [new Uint8Array(0), null];
    }
    return [await this.recv(bufsize, flags, timeout), null];
  }

  async recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    return [await this.recvInto(target, flags, timeout), null];
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    const state = this.#state;
    if (state.kind === "connected") {
      return state.stream.send(data, flags, timeout);
    }
    return this.#notConnected(
      timeout,
      flags,
      null,
      (stream, t) => stream.send(data, flags, t),
    );
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    const state = this.#state;
    if (state.kind === "connected") {
      return state.stream.sendall(data, flags, timeout);
    }
    return this.#notConnected(
      timeout,
      flags,
      null,
      (stream, t) => stream.sendall(data, flags, t),
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
    return this.send(data, flags, timeout);
  }

  handOver(): RawConn {
    const state = this.#state;
    if (state.kind === "connected") return handOver(state.stream);
    throw oserror(state.kind === "closed" ? 9 : 107);
  }

  shutdown(how: number): void {
    const state = this.#state;
    if (state.kind === "connected") return state.stream.shutdown(how);
    if (state.kind === "closed") throw oserror(9);
    if (state.kind === "connecting") {
      // Linux: shutdown() of a SYN_SENT socket abandons the connect.
      this.#state = { kind: "fresh" };
      state.abort.abort();
      return;
    }
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
      if (state.kind === "connected") return state.stream.takeError();
      if (state.kind !== "failed") return 0;
      const errno = state.error?.errno ?? 0;
      state.error = null;
      return errno;
    }
    return this.#options.get(level, name);
  }

  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array {
    return intBytes(level, this.getsockopt(level, name), buflen);
  }

  setsockoptBytes(level: number, name: number, value: Uint8Array): void {
    this.setsockopt(level, name, bytesInt(value));
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
    // An OSError costs a stack trace: made only for a call still waiting.
    if (!this.#deadlines.idle) this.#deadlines.close(oserror(9));
  }
}

function noop(): void {}
