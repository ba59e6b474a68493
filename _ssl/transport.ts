// An SSLSocket's transport: the plain transport it wraps until TLS starts
// (bind, listen, connect, accept and the options stay the plain one's
// throughout), then a TLS session over that transport's handed-over
// connection, with the engine's own Stream on its cleartext side, so
// timeouts, non-blocking calls, selectors and makefile work as on a plain
// socket.

import type { Address } from "../address.ts";
import {
  BlockingIOError,
  OSError,
  TimeoutError,
  ValueError,
} from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { Deadlines, settlesThisTurn } from "../_engine/deadline.ts";
import { Stream, type Timeout } from "../_engine/stream.ts";
import type { Received, Transport } from "../_engine/transport.ts";
import { NotImplementedError, SSLEOFError, wantError } from "./errors.ts";
import type { TlsEngine, TlsInfo, TlsSession, TlsSettings } from "./tls.ts";

const CLASS = "<class 'ssl.SSLSocket'>";

/** How a socket was wrapped. */
export interface WrapSettings {
  readonly suppressRaggedEofs: boolean;
  /** Read when TLS starts: the context's settings at that moment. */
  settings(): TlsSettings;
}

/** A stream socket with TLS once connected. */
export class TlsTransport implements Transport {
  readonly #inner: Transport;
  readonly #engine: TlsEngine;
  readonly #wrap: WrapSettings;
  readonly #deadlines = new Deadlines();
  #session: TlsSession | null = null;
  #stream: Stream | null = null;
  #info: TlsInfo | null = null;
  #settings: TlsSettings | null = null;
  // The handshake finished, well or not; and a call has seen it finish
  // (until then, its end is what makes the socket readable).
  #settled = false;
  #seen = false;

  constructor(inner: Transport, engine: TlsEngine, wrap: WrapSettings) {
    this.#inner = inner;
    this.#engine = engine;
    this.#wrap = wrap;
  }

  /** Whether TLS has started (Python's `_sslobj is not None`). */
  get started(): boolean {
    return this.#session !== null;
  }

  /** The finished handshake's facts, or `null` before. */
  get info(): TlsInfo | null {
    return this.#info;
  }

  /** The settings TLS started with, or `null` before. */
  get settings(): TlsSettings | null {
    return this.#settings;
  }

  /** Whether the plain socket is connected (TLS may start). */
  get connected(): boolean {
    try {
      this.#inner.getpeername();
      return true;
    } catch (e) {
      if (e instanceof OSError && e.errno === 107) return false;
      throw e;
    }
  }

  /** Starts TLS over the connected plain socket. */
  start(): void {
    if (this.#session !== null) return;
    const settings = this.#wrap.settings();
    const session = this.#engine(this.#inner, settings);
    this.#settings = settings;
    this.#session = session;
    this.#stream = new Stream(session, this.#deadlines);
    session.handshake.then((info) => {
      this.#info = info;
      this.#settled = true;
    }, () => this.#settled = true);
  }

  /** The handshake, waited for as `timeout` says. */
  async handshake(timeout: Timeout): Promise<void> {
    if (this.#session === null) {
      if (!this.connected) throw oserror(107);
      this.start();
    }
    const done = this.#session!.handshake;
    // As CPython's: the call that sends the first flight cannot have the
    // peer's answer, so a non-blocking one raises whatever the timing.
    const begun = this.#session!.begin?.() ?? false;
    if (timeout === 0) {
      if (begun || !(await settlesThisTurn(done))) {
        throw wantError("read", true);
      }
      this.#seen = true;
      await done;
      return;
    }
    // The program waits: the handshake's reads keep the process alive.
    const stream = this.#stream!;
    stream.hold();
    try {
      await (timeout === null ? done : this.#deadlines.race(done, timeout))
        .catch((e) => {
          throw isTimeout(e)
            ? new TimeoutError("_ssl.c:989: The handshake operation timed out")
            : e;
        });
      this.#seen = true;
    } finally {
      stream.release();
    }
  }

  /**
   * Python's `unwrap()`: after every write queued, close_notify both ways;
   * then the plain transport carries the connection again.
   *
   * @throws {OSError} `EOPNOTSUPP` (95) where the TLS layer cannot hand the
   * connection back (the default engine's), naming the native entry.
   */
  async unwrap(timeout: Timeout): Promise<void> {
    const session = this.#session!;
    const stream = this.#stream!;
    if (session.unwrap === undefined) {
      throw new OSError(
        95,
        "Operation not supported: unwrap() needs the native entry's ssl, @pysocket/socket/ffi/ssl (the default engine's TLS cannot hand the connection back)",
      );
    }
    const done = stream.flushed().then(() => session.unwrap!());
    done.catch(noop);
    if (timeout === 0) {
      if (!(await settlesThisTurn(done))) throw wantError("read");
      await done;
    } else {
      stream.hold();
      try {
        await (timeout === null ? done : this.#deadlines.race(done, timeout))
          .catch((e) => {
            throw isTimeout(e)
              ? new TimeoutError("The read operation timed out")
              : e;
          });
      } finally {
        stream.release();
      }
    }
    if (this.#stream !== stream) return;
    this.#session =
      this.#stream =
      this.#info =
      this.#settings =
        null;
    this.#settled = this.#seen = false;
    stream.close();
  }

  /** The plain transport under TLS (its descriptor is the socket's). */
  get plain(): Transport {
    return this.#inner;
  }

  /**
   * For a selector watching the descriptor: once the handshake was seen,
   * whether TLS has something to read (the descriptor's own readiness may
   * be records of no data); `null` before, when the descriptor decides
   * (with `readable`).
   */
  get tlsReadable(): boolean | null {
    if (this.#stream === null || !this.#seen) return null;
    return this.#stream.readable ||
      (this.#session!.readable?.() ?? this.#session!.pending() > 0);
  }

  /** Resolves once the handshake has settled (after close, at once). */
  settled(): Promise<void> {
    return this.#session?.handshake.then(noop, noop) ?? Promise.resolve();
  }

  /** Decrypted bytes waiting to be read. */
  pending(): number {
    return (this.#stream?.buffered ?? 0) + (this.#session?.pending() ?? 0);
  }

  // ---- the descriptor: the plain one's ---------------------------------

  fileno(): number {
    return this.#inner.fileno();
  }

  dup(): Transport {
    throw new NotImplementedError("Can't dup() SSLSocket instances");
  }

  /** Python's SSLSocket.detach(): TLS is dropped, the descriptor kept. */
  detach(): number {
    const fd = this.#inner.detach();
    this.#session?.release?.();
    return fd;
  }

  get inheritable(): boolean {
    return this.#inner.inheritable;
  }

  set inheritable(value: boolean) {
    this.#inner.inheritable = value;
  }

  // CPython's SSLSocket refuses both, TLS started or not.
  sendmsg(): Promise<number> {
    throw new NotImplementedError(
      `sendmsg not allowed on instances of ${CLASS}`,
    );
  }

  recvmsg(): Promise<Received> {
    throw new NotImplementedError(
      `recvmsg not allowed on instances of ${CLASS}`,
    );
  }

  // ---- the socket's calls -------------------------------------------------

  bind(address: unknown): void {
    this.#inner.bind(address);
  }

  listen(backlog: number): void {
    this.#inner.listen(backlog);
  }

  /** The plain connection: SSLSocket.accept wraps it, as Python's does. */
  accept(timeout: Timeout): Promise<[Transport, Address]> {
    return this.#inner.accept(timeout);
  }

  async connect(
    address: unknown,
    timeout: Timeout,
    caller: string,
  ): Promise<void> {
    if (this.#session !== null) {
      throw new ValueError("attempt to connect already-connected SSLSocket!");
    }
    await this.#inner.connect(address, timeout, caller);
    this.start();
  }

  // The cleartext stream for a data call, which (the handshake over) from
  // now on decides readiness.
  #data(): Stream | null {
    if (this.#settled) this.#seen = true;
    return this.#stream;
  }

  #flags(flags: number, caller: string): void {
    if (flags !== 0) {
      throw new ValueError(
        `non-zero flags not allowed in calls to ${caller}() on ${CLASS}`,
      );
    }
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    const stream = this.#data();
    if (stream === null) return this.#inner.recvInto(target, flags, timeout);
    this.#flags(flags, "recv_into");
    return stream.recvInto(target, 0, timeout).catch((e) => {
      if (this.#ragged(e)) return 0;
      throw readError(e);
    });
  }

  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array> {
    const stream = this.#data();
    if (stream === null) return this.#inner.recv(bufsize, flags, timeout);
    this.#flags(flags, "recv");
    return stream.recv(bufsize, 0, timeout).catch((e) => {
      if (this.#ragged(e)) return new Uint8Array(0);
      throw readError(e);
    });
  }

  #ragged(e: unknown): boolean {
    return e instanceof SSLEOFError && this.#wrap.suppressRaggedEofs;
  }

  recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    if (this.#session === null) {
      return this.#inner.recvfrom(bufsize, flags, timeout);
    }
    throw new ValueError(`recvfrom not allowed on instances of ${CLASS}`);
  }

  recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    if (this.#session === null) {
      return this.#inner.recvfromInto(target, flags, timeout);
    }
    throw new ValueError(`recvfrom_into not allowed on instances of ${CLASS}`);
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    const stream = this.#data();
    if (stream === null) return this.#inner.send(data, flags, timeout);
    this.#flags(flags, "send");
    return stream.send(data, 0, timeout).catch(writeError);
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    const stream = this.#data();
    if (stream === null) return this.#inner.sendall(data, flags, timeout);
    this.#flags(flags, "sendall");
    return stream.sendall(data, 0, timeout).catch(writeError);
  }

  sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    if (this.#session === null) {
      return this.#inner.sendto(data, flags, address, timeout);
    }
    throw new ValueError(`sendto not allowed on instances of ${CLASS}`);
  }

  shutdown(how: number): void {
    const stream = this.#stream;
    if (stream === null) return this.#inner.shutdown(how);
    if (how < 0 || how > 2) throw oserror(22);
    stream.shutdown(how);
  }

  getsockname(): Address {
    return this.#inner.getsockname();
  }

  getpeername(): Address {
    return this.#inner.getpeername();
  }

  getsockopt(level: number, name: number): number {
    return this.#inner.getsockopt(level, name);
  }

  setsockopt(level: number, name: number, value: number): void {
    this.#inner.setsockopt(level, name, value);
  }

  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array {
    return this.#inner.getsockoptBytes(level, name, buflen);
  }

  setsockoptBytes(level: number, name: number, value: Uint8Array): void {
    this.#inner.setsockoptBytes(level, name, value);
  }

  // Until the handshake is over, the socket is readable when it is: a
  // non-blocking do_handshake() waits for that with a selector.
  get readable(): boolean {
    if (this.#stream === null) return this.#inner.readable;
    if (!this.#seen) return this.#settled;
    return this.tlsReadable!;
  }

  get writable(): boolean {
    return this.#stream?.writable ?? this.#inner.writable;
  }

  whenReadable(): Promise<void> {
    if (this.#stream === null) return this.#inner.whenReadable();
    if (!this.#seen) return this.#session!.handshake.then(noop, noop);
    return this.#stream.whenReadable();
  }

  whenWritable(): Promise<void> {
    return this.#stream?.whenWritable() ?? this.#inner.whenWritable();
  }

  close(): void {
    this.#stream?.close();
    this.#inner.close();
    this.#deadlines.close(oserror(9));
  }
}

function noop(): void {}

function isTimeout(e: unknown): boolean {
  return e instanceof TimeoutError && e.errno === null;
}

// A plain socket's EAGAIN and `timed out` read as Python's ssl says them.
function readError(e: unknown): unknown {
  if (e instanceof BlockingIOError && e.errno === 11) return wantError("read");
  if (isTimeout(e)) return new TimeoutError("The read operation timed out");
  return e;
}

function writeError(e: unknown): never {
  if (e instanceof BlockingIOError && e.errno === 11) throw wantError("write");
  if (isTimeout(e)) throw new TimeoutError("The write operation timed out");
  throw e;
}
