// Python's socket object: its surface and argument checks. The engine's
// transports below do the I/O.

import type { Address, AddressOf, SenderOf } from "./address.ts";
import { getdefaulttimeout } from "./defaulttimeout.ts";
import { OSError, OverflowError, ValueError } from "./errors.ts";
import { oserror } from "./_oserror.ts";
import {
  pyTypeName,
  toBytes,
  toCInt,
  toIndex,
  toList,
  toSignal,
  toSize,
  toTimeout,
  toWritableBytes,
} from "./_validate.ts";
import type { BufferedIOBase } from "./buffered_io.ts";
import { type MakefileOptions, openFile } from "./makefile.ts";
import type { SocketIO } from "./socketio.ts";
import type { TextIOWrapper } from "./text_io.ts";
import { readableOf, writableOf } from "./streams.ts";
import {
  adoptNext,
  type Engine,
  entryOf,
  setEngine,
  takeAdopted,
  transportOf,
} from "./_engine/handles.ts";
import { tuple } from "./_engine/inet_address.ts";
import { reprBytes } from "./_pyrepr.ts";
import type { Timeout } from "./_engine/stream.ts";
import type { Transport } from "./_engine/transport.ts";
import type { Ancillary } from "./cmsg.ts";
import { sendfile, type SendfileSource } from "./_sendfile.ts";
import { defaultEngine } from "./_engine/transports.ts";
import type { WaitOptions } from "./wait_options.ts";

const AF_INET = 2;
const SOCK_STREAM = 1;
const SOCK_NONBLOCK = 2048;
const SOCK_CLOEXEC = 524288;
const SOMAXCONN = 4096;
// The largest datagram Linux delivers (an AF_UNIX one, SO_RCVBUF's
// default): recvmsg(1 << 30) allocates no more than this.
const MAX_DATAGRAM = 212992;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;

/**
 * Python's socket object. Create one with {@linkcode socket} (or `new
 * Socket(...)`); calls that can wait on the network return Promises, the
 * others are synchronous. Errors are Python's: {@linkcode OSError} and its
 * subclasses with Linux's `errno`, `TypeError`, {@linkcode ValueError} and
 * `OverflowError` for bad arguments.
 *
 * The type parameters follow the family and the type: a socket made by
 * {@linkcode socket} with `AF_INET` is a `Socket<InetAddress, …>`, so
 * `getsockname()`, `getpeername()`, `accept()` and `recvfrom()` give
 * `[host, port]` without a cast. A socket made by `new Socket(...)` or
 * from a family known only as a `number` has the {@linkcode Address}
 * union.
 *
 * @typeParam A The address shape of the socket's family
 * ({@linkcode AddressOf}).
 * @typeParam K The socket type, `SOCK_STREAM` (1) or `SOCK_DGRAM` (2);
 * `recvfrom()`'s sender follows it ({@linkcode SenderOf}).
 *
 * @example An echo round trip over loopback
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * using srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * srv.bind(["127.0.0.1", 0]);
 * srv.listen();
 * using client = socket.socket();
 * await client.connect(srv.getsockname());
 * const [conn] = await srv.accept();
 * using _conn = conn;
 * await client.sendall(new TextEncoder().encode("hello"));
 * const data = await conn.recv(1024);
 * assert(new TextDecoder().decode(data) === "hello");
 * ```
 */
export class Socket<A extends Address = Address, K extends number = number> {
  readonly #family: number;
  readonly #type: number;
  readonly #proto: number;
  readonly #transport: Transport;
  readonly #engine: Engine;
  #fd: number;
  #timeout: number | null;
  // Python's _io_refs and _closed: open makefile() objects keep the socket
  // open after close() until the last of them closes.
  #ioRefs = 0;
  #closing = false;

  /**
   * Creates a socket, as Python's `socket.socket(family, type, proto,
   * fileno)`. With `fileno`, the socket takes over that open descriptor
   * (one `detach()` gave back, or another socket's: the same descriptor,
   * not a copy), and a family, type or protocol left at `-1` is read from
   * it.
   *
   * @param family `AF_INET` (default), `AF_INET6` or `AF_UNIX`.
   * @param type `SOCK_STREAM` (default) or `SOCK_DGRAM`, optionally OR-ed
   * with `SOCK_NONBLOCK` or `SOCK_CLOEXEC`.
   * @param proto `0` (default), or the family's protocol number.
   * @param fileno An open descriptor number to wrap, or `null`.
   * @throws {OSError} `EAFNOSUPPORT` (97) for an unknown family, `EINVAL` (22)
   * for an unknown type, `EPROTONOSUPPORT` (93) for a protocol that does not
   * fit; `EBADF` (9) for a `fileno` that is not open.
   * @throws {ValueError} `negative file descriptor`.
   * @throws {TypeError} For an argument that is not an integer.
   */
  constructor(
    family: number = -1,
    type: number = -1,
    proto: number = -1,
    fileno: number | null = null,
  ) {
    family = toSocketArg(family);
    type = toSocketArg(type);
    proto = toSocketArg(proto);
    // The entry that made this class (the default or the native one)
    // decides which engine serves it.
    const engine = entryOf(new.target)[1];
    this.#engine = engine;
    let transport = takeAdopted();
    if (transport === null && fileno !== null && fileno !== undefined) {
      const fd = toIndex(fileno);
      if (fd < 0) throw new ValueError("negative file descriptor");
      transport = engine.descriptors.attach(fd);
      // As CPython: what was not given is asked of the descriptor.
      if (family === -1) family = transport.getsockopt(SOL_SOCKET, SO_DOMAIN);
      if (type === -1) type = transport.getsockopt(SOL_SOCKET, SO_TYPE);
      if (proto === -1) proto = transport.getsockopt(SOL_SOCKET, SO_PROTOCOL);
    }
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    const kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    this.#family = family;
    this.#type = kind;
    this.#proto = proto;
    transport ??= engine.create(family, kind, proto);
    this.#transport = transport;
    this.#timeout = type & SOCK_NONBLOCK ? 0 : getdefaulttimeout();
    this.#fd = transport.fileno();
    transportOf.set(this, transport);
    engine.remember(this.#fd, this);
  }

  /** The address family (`AF_INET`, `AF_INET6`, `AF_UNIX`). */
  get family(): number {
    return this.#family;
  }

  /** The socket type (`SOCK_STREAM`, `SOCK_DGRAM`), without flag bits. */
  get type(): number {
    return this.#type;
  }

  /** The protocol number given when the socket was made (0 by default). */
  get proto(): number {
    return this.#proto;
  }

  /** The timeout in seconds, `0` for non-blocking, `null` for blocking. */
  get timeout(): number | null {
    return this.#timeout;
  }

  // What a call may wait for: the socket's timeout, and the signal of its
  // options. A signal already aborted rejects the call before it starts;
  // a non-blocking socket never waits, so its signal has nothing to end.
  #wait(options: WaitOptions | undefined, caller: string): Timeout {
    const signal = toSignal(options, caller);
    if (signal === undefined) return this.#timeout;
    signal.throwIfAborted();
    return this.#timeout === 0 ? 0 : { seconds: this.#timeout, signal };
  }

  /**
   * The socket's file descriptor number: a small integer unique in this
   * process while the socket is open, `-1` once it is closed.
   *
   * @returns The descriptor number, or `-1`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const s = socket.socket();
   * assert(s.fileno() >= 3);
   * s.close();
   * assert(s.fileno() === -1);
   * ```
   */
  fileno(): number {
    return this.#fd;
  }

  /**
   * Binds the socket to a local address. Port `0` lets the OS choose one,
   * which `getsockname()` then reports.
   *
   * @param address `[host, port]` (`AF_INET`), `[host, port, flowinfo?,
   * scope_id?]` (`AF_INET6`) or a path (`AF_UNIX`); host `""` is any address.
   * @throws {OverflowError} `bind(): port must be 0-65535.`
   * @throws {TypeError} For an address of the wrong shape.
   * @throws {OSError} `EADDRINUSE` (98), `EINVAL` (22) if already bound,
   * `EBADF` (9) if closed; `gaierror` for a host that does not resolve.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.bind(["127.0.0.1", 0]);
   * const [host, port] = s.getsockname();
   * assert(host === "127.0.0.1" && port > 0);
   * ```
   */
  bind(address: Address): void {
    this.#transport.bind(address);
  }

  /**
   * Makes the socket listen for connections; an unbound socket is bound to
   * an ephemeral port first, as in Python.
   *
   * @param backlog How many connections the kernel queues (default 128).
   * @throws {OSError} `EOPNOTSUPP` (95) for datagram sockets, `EINVAL` (22)
   * when connected, `EBADF` (9) when closed.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.bind(["127.0.0.1", 0]);
   * s.listen(5);
   * assert(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) === 1);
   * ```
   */
  listen(backlog?: number): void {
    const n = backlog === undefined ? 128 : toCInt(backlog);
    this.#transport.listen(Math.min(Math.max(n, 0), SOMAXCONN));
  }

  /**
   * Waits for a connection; resolves to `[conn, address]`. The new socket
   * starts with `getdefaulttimeout()`, not this socket's timeout (as Python).
   * A connection that arrives after a timed-out `accept` waits for the next.
   *
   * @param options `signal`: stop waiting when it aborts (see
   * {@linkcode WaitOptions}).
   * @returns The connected socket and the peer's address.
   * @throws {OSError} `EINVAL` (22) if not listening, `EBADF` (9) if closed;
   * `TimeoutError` or `BlockingIOError` (11) as the timeout says.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using srv = socket.socket();
   * srv.bind(["127.0.0.1", 0]);
   * srv.listen();
   * using c = socket.socket();
   * await c.connect(srv.getsockname());
   * const [conn, addr] = await srv.accept();
   * using _conn = conn;
   * assert(String(addr) === String(c.getsockname()));
   * ```
   */
  async accept(options?: WaitOptions): Promise<[Socket<A, K>, A]> {
    const [transport, address] = await this.#transport.accept(
      this.#wait(options, "accept"),
    );
    const Class = entryOf(this.constructor)[0] as typeof Socket;
    adoptNext(transport);
    return [
      new Class<A, K>(this.#family, this.#type, this.#proto),
      address as A,
    ];
  }

  /**
   * Connects to a remote address.
   *
   * @param address The peer's address, as for {@linkcode Socket.bind}.
   * @param options `signal`: stop waiting when it aborts; the connect goes
   * on, as after a timeout.
   * @throws {ConnectionRefusedError} `[Errno 111] Connection refused`.
   * @throws {OSError} `EISCONN` (106) if already connected, `EALREADY` (114)
   * while a connect is in progress, `EINPROGRESS` (115) when non-blocking;
   * `TimeoutError`; `gaierror` for a host that does not resolve.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using srv = socket.socket();
   * srv.listen();
   * using c = socket.socket();
   * await c.connect(["127.0.0.1", srv.getsockname()[1]]);
   * assert(c.getpeername()[1] === srv.getsockname()[1]);
   * ```
   */
  async connect(address: Address, options?: WaitOptions): Promise<void> {
    await this.#transport.connect(
      address,
      this.#wait(options, "connect"),
      "connect",
    );
  }

  /**
   * Like {@linkcode Socket.connect}, but resolves to an errno instead of
   * throwing OS errors: `0` on success, `111` refused, `115` in progress,
   * `11` on timeout. Argument and look-up errors still throw, and so does
   * an abort (with the signal's reason).
   *
   * @param address The peer's address.
   * @param options `signal`, as for {@linkcode Socket.connect}.
   * @returns `0`, or Linux's errno.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using srv = socket.socket();
   * srv.bind(["127.0.0.1", 0]);
   * srv.listen();
   * using c = socket.socket();
   * assert(await c.connect_ex(srv.getsockname()) === 0);
   * ```
   */
  async connect_ex(address: Address, options?: WaitOptions): Promise<number> {
    const wait = this.#wait(options, "connect_ex");
    try {
      await this.#transport.connect(address, wait, "connect_ex");
      return 0;
    } catch (e) {
      if (!(e instanceof OSError) || e.name === "gaierror") throw e;
      return e.errno ?? 11;
    }
  }

  /**
   * Receives up to `bufsize` bytes; an empty array means the peer closed.
   * Bytes that arrive after a timed-out `recv` are kept for the next one.
   *
   * @param bufsize The most bytes to return.
   * @param flags `MSG_PEEK`, `MSG_WAITALL`, `MSG_DONTWAIT`, or 0.
   * @param options `signal`: stop waiting when it aborts; bytes that arrive
   * later stay for the next call ({@linkcode WaitOptions}). With
   * `MSG_WAITALL`, an abort after some bytes returns them, as Linux does
   * when a signal interrupts.
   * @returns The bytes received.
   * @throws {ValueError} `negative buffersize in recv`.
   * @throws {OSError} `ENOTCONN` (107), `EBADF` (9), `ConnectionResetError`,
   * `TimeoutError`, `BlockingIOError` (11).
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.sendall(new Uint8Array([1, 2, 3]));
   * assert((await b.recv(10)).length === 3);
   * ```
   */
  recv(
    bufsize: number,
    flags = 0,
    options?: WaitOptions,
  ): Promise<Uint8Array> {
    try {
      // The fast path must not coerce: `| 0` would call an object's
      // valueOf/toString, which Python's index() never does.
      const size = typeof bufsize === "number" && bufsize === (bufsize | 0) &&
          bufsize > 0
        ? bufsize
        : toSize(bufsize, "negative buffersize in recv");
      const flag = toCInt(flags);
      const timeout = options === undefined
        ? this.#timeout
        : this.#wait(options, "recv");
      // CPython answers recv(0) before asking the kernel, in any state.
      if (size === 0) return Promise.resolve(new Uint8Array(0));
      return this.#transport.recv(size, flag, timeout);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Receives into `buffer` (up to `nbytes`, default its whole length)
   * without allocating; resolves to the count, 0 at EOF.
   *
   * @param buffer Where the bytes go (any `ArrayBufferView` or `ArrayBuffer`).
   * @param nbytes The most bytes to receive; 0 means `buffer`'s length.
   * @param flags As for {@linkcode Socket.recv}.
   * @param options `signal`, as for {@linkcode Socket.recv}: an aborted
   * call has written nothing into `buffer`.
   * @returns The number of bytes received.
   * @throws {ValueError} `buffer too small for requested bytes`,
   * `negative buffersize in recv_into`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.sendall(new Uint8Array([7, 8]));
   * const buf = new Uint8Array(16);
   * assert(await b.recv_into(buf) === 2 && buf[0] === 7);
   * ```
   */
  recv_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes = 0,
    flags = 0,
    options?: WaitOptions,
  ): Promise<number> {
    try {
      const target = intoTarget(buffer, nbytes, "recv_into");
      const flag = toCInt(flags);
      const timeout = options === undefined
        ? this.#timeout
        : this.#wait(options, "recv_into");
      // As recv(0): CPython answers an empty target at once, in any state.
      if (target.length === 0) return Promise.resolve(0);
      return this.#transport.recvInto(target, flag, timeout);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Receives up to `bufsize` bytes and the sender's address: one datagram
   * on a datagram socket; on a stream socket the address is `null`.
   *
   * @param bufsize The most bytes to return (a longer datagram is cut).
   * @param flags As for {@linkcode Socket.recv}.
   * @param options `signal`, as for {@linkcode Socket.recv}: a datagram
   * that arrives after an abort waits for the next call.
   * @returns `[data, address]`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.send(new Uint8Array([1]));
   * const [data, addr] = await b.recvfrom(10);
   * assert(data.length === 1 && addr === null);
   * ```
   */
  recvfrom(
    bufsize: number,
    flags = 0,
    options?: WaitOptions,
  ): Promise<[Uint8Array, SenderOf<A, K>]> {
    try {
      // The engine's sender has this socket's family and type.
      return this.#transport.recvfrom(
        toSize(bufsize, "negative buffersize in recvfrom"),
        toCInt(flags),
        this.#wait(options, "recvfrom"),
      ) as Promise<[Uint8Array, SenderOf<A, K>]>;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Like {@linkcode Socket.recvfrom}, into `buffer`; resolves to
   * `[nbytes, address]`.
   *
   * @param buffer Where the bytes go.
   * @param nbytes The most bytes to receive; 0 means `buffer`'s length.
   * @param flags As for {@linkcode Socket.recv}.
   * @param options `signal`, as for {@linkcode Socket.recvfrom}.
   * @returns `[nbytes, address]`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.send(new Uint8Array([1, 2]));
   * const [n] = await b.recvfrom_into(new Uint8Array(4));
   * assert(n === 2);
   * ```
   */
  recvfrom_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes = 0,
    flags = 0,
    options?: WaitOptions,
  ): Promise<[number, SenderOf<A, K>]> {
    try {
      return this.#transport.recvfromInto(
        intoTarget(buffer, nbytes, "recvfrom_into"),
        toCInt(flags),
        this.#wait(options, "recvfrom_into"),
      ) as Promise<[number, SenderOf<A, K>]>;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Sends some of `data`; resolves to how many bytes were taken.
   *
   * @param data The bytes (any `ArrayBufferView` or `ArrayBuffer`).
   * @param flags `MSG_DONTWAIT`, `MSG_NOSIGNAL`, or 0.
   * @param options `signal`: stop waiting for room when it aborts; as with
   * a timeout, the count is then exactly what the peer will receive.
   * @returns The number of bytes sent.
   * @throws {TypeError} `a bytes-like object is required, not 'str'`.
   * @throws {OSError} `BrokenPipeError` (32), `ConnectionResetError` (104),
   * `EBADF` (9), `BlockingIOError` (11), `TimeoutError`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * assert(await a.send(new Uint8Array([1, 2, 3])) === 3);
   * ```
   */
  send(
    data: ArrayBufferView | ArrayBuffer,
    flags = 0,
    options?: WaitOptions,
  ): Promise<number> {
    try {
      return this.#transport.send(
        toBytes(data),
        toCInt(flags),
        this.#wait(options, "send"),
      );
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Sends every byte of `data`, in order. Concurrent calls never interleave.
   * On an error or a timeout, how much was sent is unknown (as in Python).
   *
   * @param data The bytes (any `ArrayBufferView` or `ArrayBuffer`).
   * @param flags As for {@linkcode Socket.send}.
   * @param options `signal`: stop waiting when it aborts; as after a
   * timeout, the rest of `data` is still written, in order, before any
   * later write.
   * @throws {TypeError} `a bytes-like object is required, not 'str'`.
   * @throws {OSError} As {@linkcode Socket.send}.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.sendall(new Uint8Array(100_000));
   * a.shutdown(socket.SHUT_WR);
   * let total = 0;
   * for (let d = await b.recv(65536); d.length > 0; d = await b.recv(65536)) total += d.length;
   * assert(total === 100_000);
   * ```
   */
  sendall(
    data: ArrayBufferView | ArrayBuffer,
    flags = 0,
    options?: WaitOptions,
  ): Promise<void> {
    try {
      return this.#transport.sendall(
        toBytes(data),
        toCInt(flags),
        options === undefined ? this.#timeout : this.#wait(options, "sendall"),
      );
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Sends `data` to `address`: `sendto(data, address)` or
   * `sendto(data, flags, address)`, as in Python. As on Linux, a connected
   * TCP socket ignores the address and an AF_UNIX stream socket refuses one
   * (`EISCONN` connected, else `EOPNOTSUPP`). Options follow the
   * three-argument form:
   * `sendto(data, 0, address, { signal })`.
   *
   * @param data The bytes.
   * @param flagsOrAddress The flags, or the address when there are no flags.
   * @param address The destination, when flags are given.
   * @param options `signal`, as for {@linkcode Socket.send}.
   * @returns The number of bytes sent.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
   * using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
   * b.bind(["127.0.0.1", 0]);
   * assert(await a.sendto(new Uint8Array([1]), b.getsockname()) === 1);
   * assert(await a.sendto(new Uint8Array([2]), 0, b.getsockname(), {}) === 1);
   * ```
   */
  sendto(
    data: ArrayBufferView | ArrayBuffer,
    flagsOrAddress: number | Address,
    address?: Address,
    options?: WaitOptions,
  ): Promise<number> {
    try {
      const bytes = toBytes(data);
      const flags = address === undefined ? 0 : toCInt(flagsOrAddress);
      // The transport checks the address, with its family's message.
      if (flagsOrAddress === undefined) {
        throw new TypeError("sendto() takes 2 or 3 arguments (1 given)");
      }
      const to = address === undefined ? flagsOrAddress : address;
      return this.#transport.sendto(
        bytes,
        flags,
        to,
        this.#wait(options, "sendto"),
      );
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Python's `sock.sendmsg(buffers, ancdata, flags, address)`: sends the
   * buffers gathered as one message (one datagram on a datagram socket).
   * The default engine passes no ancillary data: a non-empty `ancdata`
   * raises an `OSError` naming `@pysocket/socket/ffi`.
   *
   * @param buffers The bytes, in order (an iterable of bytes-like objects).
   * @param ancdata `[level, type, data]` items.
   * @param flags As for {@linkcode Socket.send}.
   * @param address The destination, for an unconnected datagram socket.
   * @param options `signal`, as for {@linkcode Socket.send}.
   * @returns The number of bytes sent.
   * @throws {TypeError} `sendmsg() argument 1 must be an iterable`, and
   * Python's other argument errors.
   * @throws {OSError} As {@linkcode Socket.send}; `EOPNOTSUPP` (95) for
   * ancillary data on the default engine.
   *
   * @example Gathering two buffers into one send
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * const enc = new TextEncoder();
   * assert(await a.sendmsg([enc.encode("ab"), enc.encode("cd")]) === 4);
   * const [data, ancdata, flags, address] = await b.recvmsg(10);
   * assert.deepStrictEqual([data, ancdata, flags, address], [enc.encode("abcd"), [], 0, null]);
   * ```
   */
  sendmsg(
    buffers: Iterable<ArrayBufferView | ArrayBuffer>,
    ancdata: Iterable<
      readonly [
        level: number,
        type: number,
        data: ArrayBufferView | ArrayBuffer,
      ]
    > = [],
    flags = 0,
    address: Address | null = null,
    options?: WaitOptions,
  ): Promise<number> {
    try {
      const data = toList(buffers, "sendmsg() argument 1 must be an iterable")
        .map((b) => toBytes(b));
      const items = toList(ancdata, "sendmsg() argument 2 must be an iterable")
        .map(ancillaryItem);
      return this.#transport.sendmsg(
        data,
        items,
        toCInt(flags),
        address ?? undefined,
        this.#wait(options, "sendmsg"),
      );
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Python's `sock.recvmsg(bufsize, ancbufsize, flags)`: one receive, as
   * `[data, ancdata, msg_flags, address]`. `msg_flags` has `MSG_TRUNC`
   * when a datagram was longer than `bufsize`. The default engine receives
   * no ancillary data: an `ancbufsize` above 0 raises an `OSError` naming
   * `@pysocket/socket/ffi`.
   *
   * @param bufsize The most bytes to return.
   * @param ancbufsize Room for ancillary data (0 on the default engine).
   * @param flags As for {@linkcode Socket.recv}.
   * @param options `signal`, as for {@linkcode Socket.recv}.
   * @returns `[data, ancdata, msg_flags, address]`; `address` is `null`
   * on a stream socket.
   * @throws {ValueError} `negative buffer size in recvmsg()`,
   * `invalid ancillary data buffer length`.
   * @throws {OSError} As {@linkcode Socket.recv}.
   *
   * @example A truncated datagram
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
   * using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
   * b.bind(["127.0.0.1", 0]);
   * await a.sendto(new TextEncoder().encode("hello"), b.getsockname());
   * const [data, , flags] = await b.recvmsg(2);
   * assert(data.length === 2 && flags === socket.MSG_TRUNC);
   * ```
   */
  async recvmsg(
    bufsize: number,
    ancbufsize = 0,
    flags = 0,
    options?: WaitOptions,
  ): Promise<[Uint8Array, Ancillary[], number, SenderOf<A, K>]> {
    const size = toSize(bufsize, "negative buffer size in recvmsg()");
    const room = ancillaryRoom(ancbufsize);
    // A receive returns at most one datagram, and no datagram is larger.
    const target = new Uint8Array(Math.min(size, MAX_DATAGRAM));
    const [n, ancdata, msgFlags, address] = await this.#transport.recvmsg(
      [target],
      room,
      toCInt(flags),
      this.#wait(options, "recvmsg"),
    );
    return [
      target.slice(0, Math.min(n, size)),
      ancdata,
      msgFlags,
      // The engine's sender has this socket's family and type.
      address as SenderOf<A, K>,
    ];
  }

  /**
   * Python's `sock.recvmsg_into(buffers, ancbufsize, flags)`: one receive
   * scattered over `buffers` in order, as `[nbytes, ancdata, msg_flags,
   * address]`.
   *
   * @param buffers Where the bytes go (an iterable of writable buffers).
   * @param ancbufsize Room for ancillary data (0 on the default engine).
   * @param flags As for {@linkcode Socket.recv}.
   * @param options `signal`, as for {@linkcode Socket.recv}.
   * @returns `[nbytes, ancdata, msg_flags, address]`.
   * @throws {TypeError} `recvmsg_into() argument 1 must be an iterable`.
   * @throws {ValueError} `invalid ancillary data buffer length`.
   *
   * @example Scattering a message over two buffers
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.sendall(new Uint8Array([1, 2, 3]));
   * const head = new Uint8Array(2), rest = new Uint8Array(4);
   * const [n] = await b.recvmsg_into([head, rest]);
   * assert(n === 3 && head[1] === 2 && rest[0] === 3);
   * ```
   */
  async recvmsg_into(
    buffers: Iterable<ArrayBufferView | ArrayBuffer>,
    ancbufsize = 0,
    flags = 0,
    options?: WaitOptions,
  ): Promise<[number, Ancillary[], number, SenderOf<A, K>]> {
    const targets = toList(
      buffers,
      "recvmsg_into() argument 1 must be an iterable",
    ).map((b) => {
      if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) {
        throw new TypeError(
          "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers",
        );
      }
      return toBytes(b);
    });
    const room = ancillaryRoom(ancbufsize);
    return await (this.#transport.recvmsg(
      targets,
      room,
      toCInt(flags),
      this.#wait(options, "recvmsg_into"),
    ) as Promise<[number, Ancillary[], number, SenderOf<A, K>]>);
  }

  /**
   * Python's `sock.sendfile(file, offset, count)`: sends a file's bytes
   * and resolves to how many were sent. A `Deno.FsFile` is sent from
   * `offset` (its position ignored, as `os.sendfile` reads it; a file of
   * size 0, such as a pipe, sends nothing). A file object without a
   * descriptor (`read(size)` and `seek()`, like a `BytesIO`) is read from
   * its position, after seeking to a non-zero `offset`. Either way the
   * file's position is then `offset` plus the bytes sent. A file object
   * with a `fileno()` (a socket's file) is a descriptor of size 0, as in
   * Python: nothing is sent. The native entry sends a `Deno.FsFile`
   * through the kernel's `sendfile(2)`; the default engine reads and
   * `sendall`s, as CPython's `_sendfile_use_send`.
   *
   * @param file The file.
   * @param offset Where to start (default 0).
   * @param count The most bytes to send; `null` (default) sends to the end.
   * @param options `signal`, as for {@linkcode Socket.sendall}.
   * @returns The number of bytes sent.
   * @throws {ValueError} `file should be opened in binary mode`, `only
   * SOCK_STREAM type sockets are supported`, `non-blocking sockets are not
   * supported`, `count must be a positive integer (got 0)`.
   * @throws {OSError} `EINVAL` (22) for a negative offset; as
   * {@linkcode Socket.sendall}.
   *
   * @example Sending part of a file
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const path = Deno.makeTempFileSync();
   * Deno.writeTextFileSync(path, "0123456789");
   * using file = Deno.openSync(path);
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * assert(await a.sendfile(file, 2, 5) === 5);
   * assert(new TextDecoder().decode(await b.recv(100)) === "23456");
   * Deno.removeSync(path);
   * ```
   */
  async sendfile(
    file: SendfileSource,
    offset = 0,
    count: number | null = null,
    options?: WaitOptions,
  ): Promise<number> {
    const transport = this.#transport;
    const kernel = transport.sendfile === undefined
      ? undefined
      : (f: Deno.FsFile, at: number, n: number | null) =>
        transport.sendfile!(f, at, n, this.#wait(options, "sendfile"));
    return await sendfile(this, file, offset, count, options, kernel);
  }

  /**
   * Shuts down one or both directions: `SHUT_WR` sends EOF to the peer after
   * the data already written; `SHUT_RD` makes `recv` return EOF.
   *
   * @param how `SHUT_RD`, `SHUT_WR` or `SHUT_RDWR`.
   * @throws {OSError} `ENOTCONN` (107), `EINVAL` (22) for another `how`,
   * `EBADF` (9).
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * a.shutdown(socket.SHUT_WR);
   * assert((await b.recv(10)).length === 0);
   * ```
   */
  shutdown(how: number): void {
    how = toCInt(how);
    // Linux checks `how` before the connection (only a bad descriptor
    // comes first).
    if (this.#fd === -1) throw oserror(9);
    if (how < 0 || how > 2) throw oserror(22);
    this.#transport.shutdown(how);
  }

  /**
   * Closes the socket. Every pending call on it settles with `EBADF`; closing
   * twice is fine.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const s = socket.socket();
   * s.close();
   * s.close();
   * assert(s.fileno() === -1);
   * ```
   */
  close(): void {
    this.#closing = true;
    if (this.#fd === -1 || this.#ioRefs > 0) return;
    this.#engine.forget(this.#fd);
    this.#fd = -1;
    // EBADF if the descriptor was closed under this socket (Python's L32).
    this.#transport.close();
  }

  /**
   * Python's `sock.dup()`: a second socket on the same connection, with a
   * new descriptor number, the same family, type and protocol, and this
   * socket's timeout. Closing either leaves the other open.
   *
   * @returns The new socket.
   * @throws {OSError} `EBADF` (9) when closed.
   *
   * @example Closing the original keeps the copy working
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _b = b;
   * using copy = a.dup();
   * assert(copy.fileno() !== a.fileno());
   * a.close();
   * await copy.sendall(new Uint8Array([1]));
   * assert.deepStrictEqual(await b.recv(1), new Uint8Array([1]));
   * ```
   */
  dup(): Socket<A, K> {
    const transport = this.#transport.dup();
    adoptNext(transport);
    const copy = new Socket<A, K>(this.#family, this.#type, this.#proto);
    copy.#timeout = this.#timeout;
    return copy;
  }

  /**
   * Python's `sock.detach()`: gives up the descriptor without closing the
   * connection and returns its number; this socket reads as closed. Pass
   * the number to `socket.socket(-1, -1, -1, fd)` to use it again, or to
   * `socket.close(fd)`.
   *
   * @returns The descriptor number (`-1` if already closed).
   *
   * @example Detach and re-attach
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
   * const fd = s.detach();
   * assert(s.fileno() === -1);
   * using t = socket.socket(-1, -1, -1, fd);
   * assert(t.fileno() === fd && t.family === socket.AF_INET6 && t.proto === 17);
   * ```
   */
  detach(): number {
    this.#closing = true;
    if (this.#fd === -1) return -1;
    this.#engine.forget(this.#fd);
    this.#fd = -1;
    return this.#transport.detach();
  }

  /**
   * Whether the descriptor would be inherited by a child process. Sockets
   * are made non-inheritable, as in Python; the default engine keeps the
   * flag (it starts no processes with descriptors of its own).
   *
   * @returns The flag.
   * @throws {OSError} `EBADF` (9) when closed.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(s.get_inheritable() === false);
   * ```
   */
  get_inheritable(): boolean {
    return this.#transport.inheritable;
  }

  /**
   * Sets the descriptor's inheritable flag.
   *
   * @param inheritable The flag (any integer; non-zero is true).
   * @throws {OSError} `EBADF` (9) when closed.
   * @throws {TypeError} For a value that is not an integer.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.set_inheritable(true);
   * assert(s.get_inheritable() === true);
   * ```
   */
  set_inheritable(inheritable: boolean | number): void {
    this.#transport.inheritable = toIndex(inheritable) !== 0;
  }

  /**
   * Python's `sock.makefile()` with `buffering: 0`: the raw
   * {@linkcode SocketIO}.
   *
   * @param mode `rb`, `wb` or `rwb`.
   * @param options `{ buffering: 0 }`.
   * @returns The raw file.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * const raw = s.makefile("rb", { buffering: 0 });
   * assert(raw instanceof socket.SocketIO && raw.mode === "rb");
   * await raw.close();
   * ```
   */
  makefile(
    mode: "rb" | "wb" | "rwb",
    options: MakefileOptions & { buffering: 0 },
  ): SocketIO;
  /**
   * Python's `sock.makefile()` in a binary mode: a
   * {@linkcode BufferedReader} (`rb`), {@linkcode BufferedWriter} (`wb`) or
   * {@linkcode BufferedRWPair} (`rwb`).
   *
   * @param mode `rb`, `wb` or `rwb`.
   * @param options `buffering`: the buffer size.
   * @returns The file.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * const f = s.makefile("rb");
   * assert(f instanceof socket.BufferedReader && f.mode === "rb");
   * await f.close();
   * ```
   */
  makefile(
    mode: "rb" | "wb" | "rwb",
    options?: MakefileOptions,
  ): BufferedIOBase;
  /**
   * Python's `sock.makefile()` in a text mode: a {@linkcode TextIOWrapper}.
   *
   * @param mode `r` (default), `w` or `rw`.
   * @param options `buffering`, `encoding`, `errors`, `newline`.
   * @returns The file.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * const f = s.makefile("r", { encoding: "utf-8" });
   * assert(f instanceof socket.TextIOWrapper && f.mode === "r");
   * await f.close();
   * ```
   */
  makefile(mode?: "r" | "w" | "rw", options?: MakefileOptions): TextIOWrapper;
  /**
   * Python's `sock.makefile(mode, buffering, encoding=, errors=, newline=)`:
   * a file object over the socket. Reads wait on the network, so they (and
   * writes that may flush) return Promises. The socket stays open until
   * both it and every file made from it are closed.
   *
   * @param mode Letters from `r`, `w`, `b`.
   * @param options Python's keyword arguments.
   * @returns The file.
   * @throws {ValueError} `invalid mode 'x' (only r, w, b allowed)`,
   * `unbuffered streams must be binary`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * let error: unknown;
   * try {
   *   s.makefile("x");
   * } catch (e) {
   *   error = e;
   * }
   * assert(String(error) === "invalid mode 'x' (only r, w, b allowed)");
   * ```
   */
  makefile(
    mode: string,
    options?: MakefileOptions,
  ): SocketIO | BufferedIOBase | TextIOWrapper;
  makefile(
    mode = "r",
    options: MakefileOptions = {},
  ): SocketIO | BufferedIOBase | TextIOWrapper {
    return openFile(this, mode, options, () => {
      this.#ioRefs++;
      return () => {
        this.#ioRefs--;
        if (this.#closing) this.close();
      };
    });
  }

  /**
   * The socket's incoming bytes as a `ReadableStream`, ending at EOF: pipe
   * it anywhere Web Streams go (`TextDecoderStream`, `pipeTo`, …). It reads
   * only when its consumer asks, with `recv` (the socket's timeout applies).
   * Cancelling it stops reading; the socket stays open. The same stream on
   * every access.
   *
   * @example Reading text through a TextDecoderStream
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await a.sendall(new TextEncoder().encode("hello"));
   * a.shutdown(socket.SHUT_WR);
   * let text = "";
   * for await (const part of b.readable.pipeThrough(new TextDecoderStream())) {
   *   text += part;
   * }
   * assert.deepStrictEqual(text, "hello");
   * ```
   */
  get readable(): ReadableStream<Uint8Array> {
    return readableOf(this);
  }

  /**
   * A `WritableStream` into the socket: each chunk is `sendall`ed before the
   * next is taken, so a slow peer pushes back. Closing it sends EOF
   * (`shutdown(SHUT_WR)`); the socket stays open for reading. The same
   * stream on every access.
   *
   * @example Piping a stream into a socket
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * await ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])])
   *   .pipeTo(a.writable);
   * assert.deepStrictEqual(await b.recv(10, socket.MSG_WAITALL), new Uint8Array([1, 2, 3]));
   * ```
   */
  get writable(): WritableStream<Uint8Array> {
    return writableOf(this);
  }

  /** Closes the socket at the end of a `using` block. */
  [Symbol.dispose](): void {
    this.close();
  }

  /**
   * A listening socket is async-iterable: `for await (const [conn, addr] of
   * srv)` accepts connections until the socket is closed (then the loop
   * ends), as `Deno.Listener` does. Each turn is an {@linkcode Socket.accept}:
   * its other errors, and the socket's timeout, still apply. Leaving the
   * loop leaves the socket open.
   *
   * @returns An iterator of `[conn, address]`.
   * @throws {OSError} `EINVAL` (22) if the socket is not listening.
   *
   * @example Serving until the listener closes
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const srv = socket.create_server(["127.0.0.1", 0]);
   * const served: number[] = [];
   * const server = (async () => {
   *   for await (const [conn, [, port]] of srv) {
   *     using _conn = conn;
   *     served.push(port);
   *     await conn.sendall(await conn.recv(16));
   *     if (served.length === 2) srv.close();
   *   }
   * })();
   * for (let i = 0; i < 2; i++) {
   *   using c = socket.socket();
   *   await c.connect(srv.getsockname());
   *   await c.sendall(new Uint8Array([i]));
   *   assert.deepStrictEqual(await c.recv(16), new Uint8Array([i]));
   * }
   * await server;
   * assert.equal(served.length, 2);
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<[Socket<A, K>, A], void> {
    for (;;) {
      try {
        yield await this.accept();
      } catch (e) {
        // Closed, before or while waiting: the end of the connections.
        if (e instanceof OSError && e.errno === 9) return;
        throw e;
      }
    }
  }

  /**
   * The socket's own address.
   *
   * @returns The address; `["0.0.0.0", 0]` when unbound.
   * @throws {OSError} `EBADF` (9) when closed.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(String(s.getsockname()) === "('0.0.0.0', 0)");
   * ```
   */
  getsockname(): A {
    return this.#transport.getsockname() as A;
  }

  /**
   * The connected peer's address.
   *
   * @returns The peer's address.
   * @throws {OSError} `ENOTCONN` (107) when not connected.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * assert(String(a.getpeername()) === String(b.getsockname()));
   * ```
   */
  getpeername(): A {
    return this.#transport.getpeername() as A;
  }

  /**
   * Reads an option: an integer, or with `buflen` its raw bytes.
   *
   * @param level `SOL_SOCKET`, `IPPROTO_TCP`, …
   * @param optname `SO_REUSEADDR`, `TCP_NODELAY`, …
   * @param buflen `0` (Python's default): the integer, as with no
   * `buflen`.
   * @returns The value.
   * @throws {OSError} `ENOPROTOOPT` (92) for an option this module cannot
   * honour.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) === socket.SOCK_STREAM);
   * ```
   */
  getsockopt(level: number, optname: number, buflen?: 0): number;
  /**
   * Reads an option's raw bytes: `buflen` bytes (1–1024), the integer value
   * little-endian first. A `buflen` of `0` reads the integer instead, as
   * Python's does (its default `buflen` is 0).
   *
   * @param level `SOL_SOCKET`, `IPPROTO_TCP`, …
   * @param optname The option.
   * @param buflen How many bytes to return.
   * @returns The bytes.
   * @throws {OSError} `getsockopt buflen out of range`; `ENOPROTOOPT` (92).
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)[0] === 1);
   * ```
   */
  getsockopt(level: number, optname: number, buflen: number): Uint8Array;
  getsockopt(
    level: number,
    optname: number,
    buflen?: number,
  ): number | Uint8Array {
    if (optname === undefined) {
      throw new TypeError("getsockopt() takes at least 2 arguments (1 given)");
    }
    level = toCInt(level);
    optname = toCInt(optname);
    // CPython checks buflen's range before the descriptor.
    const length = buflen === undefined ? null : toCInt(buflen);
    if (length !== null && (length < 0 || length > 1024)) {
      throw new OSError("getsockopt buflen out of range");
    }
    // Python's buflen defaults to 0, which asks for the integer.
    if (length === null || length === 0) {
      return this.#transport.getsockopt(level, optname);
    }
    return this.#transport.getsockoptBytes(level, optname, length);
  }

  /**
   * Sets an option from an integer (or its 4 bytes).
   *
   * @param level `SOL_SOCKET`, `IPPROTO_TCP`, …
   * @param optname `SO_REUSEADDR`, `SO_KEEPALIVE`, `TCP_NODELAY`, …
   * @param value The value: a number, a boolean, or 4 bytes.
   * @throws {OSError} `ENOPROTOOPT` (92) for an option this module cannot
   * honour; `EINVAL` (22) for bytes of the wrong size.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
   * assert(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) === 1);
   * ```
   */
  setsockopt(
    level: number,
    optname: number,
    value: number | boolean | ArrayBufferView | null,
    optlen?: number,
  ): void {
    level = toCInt(level);
    optname = toCInt(optname);
    if (value === null && optlen !== undefined) {
      toCInt(optlen);
      if (this.#fd === -1) throw oserror(9);
      throw oserror(14);
    } else if (typeof value === "number" || typeof value === "boolean") {
      const n = Number(value);
      if (!Number.isInteger(n) || n > 2 ** 31 - 1 || n < -(2 ** 31)) {
        throw new TypeError(
          `a bytes-like object is required, not '${pyTypeName(value)}'`,
        );
      }
      this.#transport.setsockopt(level, optname, n);
    } else {
      const bytes = toBytes(value);
      if (this.#fd === -1) throw oserror(9);
      this.#transport.setsockoptBytes(level, optname, bytes);
    }
  }

  /**
   * Sets the timeout of blocking calls: `null` blocks, `0` makes the socket
   * non-blocking (calls that would wait raise `BlockingIOError`), a positive
   * number of seconds raises `TimeoutError` after that long. A timeout
   * never loses data.
   *
   * @param value Seconds, or `null`.
   * @throws {ValueError} `Timeout value out of range` for a negative value.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.settimeout(2.5);
   * assert(s.gettimeout() === 2.5 && s.getblocking());
   * ```
   */
  settimeout(value: number | null): void {
    const timeout = toTimeout(value);
    if (this.#fd === -1) throw oserror(9);
    this.#timeout = timeout;
  }

  /**
   * The timeout in seconds, `0` when non-blocking, `null` when blocking.
   *
   * @returns The timeout.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(s.gettimeout() === null);
   * ```
   */
  gettimeout(): number | null {
    return this.#timeout;
  }

  /**
   * `setblocking(false)` is `settimeout(0)`; `setblocking(true)` is
   * `settimeout(null)`.
   *
   * @param flag Whether calls block.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * s.setblocking(false);
   * assert(s.gettimeout() === 0 && !s.getblocking());
   * ```
   */
  setblocking(flag: boolean): void {
    if (this.#fd === -1) throw oserror(9);
    this.#timeout = flag ? null : 0;
  }

  /**
   * Whether the socket blocks (any timeout but `0`).
   *
   * @returns `false` only in non-blocking mode.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using s = socket.socket();
   * assert(s.getblocking());
   * ```
   */
  getblocking(): boolean {
    return this.#timeout !== 0;
  }

  /**
   * Python's `repr(sock)`:
   * `<socket.socket fd=3, family=2, type=1, proto=0, laddr=('127.0.0.1', 5000)>`.
   *
   * @returns The representation.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const s = socket.socket();
   * s.close();
   * assert(String(s) === "<socket.socket [closed] fd=-1, family=2, type=1, proto=0>");
   * ```
   */
  toString(): string {
    const closed = this.#fd === -1 ? " [closed]" : "";
    let text =
      `<socket.socket${closed} fd=${this.#fd}, family=${this.#family}, type=${this.#type}, proto=${this.#proto}`;
    if (this.#fd !== -1) {
      try {
        const laddr = this.getsockname();
        if (laddr !== "") text += `, laddr=${pyRepr(laddr)}`;
        const raddr = this.getpeername();
        if (raddr !== "") text += `, raddr=${pyRepr(raddr)}`;
      } catch {
        // Not connected: Python leaves raddr out.
      }
    }
    return text + ">";
  }

  /** Shows Python's repr in `console.log`. */
  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }
}

setEngine(Socket, defaultEngine);

// socket()'s arguments are C ints, range-checked as its "|iiiO" format does.
function toSocketArg(value: unknown): number {
  const n = toIndex(value);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) {
    throw new OverflowError("Python int too large to convert to C int");
  }
  return n;
}

function intoTarget(
  buffer: ArrayBufferView | ArrayBuffer,
  nbytes: unknown,
  caller: string,
): Uint8Array {
  const target = toWritableBytes(buffer, `${caller}() argument 1`);
  const n = toSize(nbytes, `negative buffersize in ${caller}`);
  if (n > target.length) {
    throw new ValueError(
      caller === "recv_into"
        ? "buffer too small for requested bytes"
        : "nbytes is greater than the length of the buffer",
    );
  }
  return n === 0 ? target : target.subarray(0, n);
}

// One `(level, type, data)` ancillary item, checked as CPython does.
function ancillaryItem(item: unknown): Ancillary {
  const where = "[sendmsg() ancillary data items]() argument";
  if (!Array.isArray(item)) {
    throw new TypeError(
      `${where} must be 3-item sequence, not ${pyTypeName(item)}`,
    );
  }
  if (item.length !== 3) {
    throw new TypeError(
      `${where} must be sequence of length 3, not ${item.length}`,
    );
  }
  return [toCInt(item[0]), toCInt(item[1]), toBytes(item[2])];
}

// recvmsg's ancbufsize: a non-negative C int.
function ancillaryRoom(ancbufsize: unknown): number {
  const n = toIndex(ancbufsize);
  if (n < 0 || n > 2 ** 31 - 1) {
    throw new ValueError("invalid ancillary data buffer length");
  }
  return n;
}

// Python's repr prints str(laddr): a tuple, or an AF_UNIX path bare (J02).
function pyRepr(value: Address): string {
  if (typeof value === "string") return value;
  return value instanceof Uint8Array
    ? reprBytes(value)
    : tuple(value).toString();
}

/**
 * Python's `socket.socket(family, type, proto)`: creates a
 * {@linkcode Socket}. With `import * as socket`, `socket.socket()` reads as
 * in Python.
 *
 * The socket's type follows the constants given: `socket(AF_INET6)` is a
 * `Socket<Inet6Address, 1>`, whose `getsockname()` is
 * `[host, port, flowinfo, scope_id]`; a family held in a `number` gives
 * the {@linkcode Address} union.
 *
 * @typeParam F The family (`AF_INET` when left out).
 * @typeParam K The type (`SOCK_STREAM` when left out).
 * @param family `AF_INET` (default), `AF_INET6` or `AF_UNIX`.
 * @param type `SOCK_STREAM` (default) or `SOCK_DGRAM`.
 * @param proto `0` (default) or the family's protocol number.
 * @returns The new socket.
 * @throws {OSError} As the {@linkcode Socket} constructor.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * assert(s.family === socket.AF_INET && s.type === socket.SOCK_STREAM);
 * ```
 *
 * @example Addresses typed by the family
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using udp = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
 * udp.bind(["::1", 0]);
 * using peer = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
 * await peer.sendto(new Uint8Array([1]), udp.getsockname());
 * const [, [host, port, flowinfo]] = await udp.recvfrom(16);
 * assert.deepStrictEqual([host, port, flowinfo], ["::1", peer.getsockname()[1], 0]);
 * ```
 */
export function socket<F extends number = 2, K extends number = 1>(
  family?: F,
  type?: K,
  proto?: number,
): Socket<AddressOf<F>, K>;
/**
 * Python's `socket.socket(family, type, proto, fileno)`: wraps the open
 * descriptor `fileno`; a family, type or protocol left out (or `-1`) is
 * read from it, so such a socket has the {@linkcode Address} union.
 *
 * @typeParam F The family, when given.
 * @typeParam K The type, when given.
 * @param family The family, or `-1` to read it from the descriptor.
 * @param type The type, or `-1`.
 * @param proto The protocol, or `-1`.
 * @param fileno An open descriptor number, or `null` for a new socket.
 * @returns The socket.
 * @throws {OSError} As the {@linkcode Socket} constructor.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM, 0, null);
 * s.bind(["::1", 0]);
 * const [host, , flowinfo] = s.getsockname();
 * assert.deepStrictEqual([host, flowinfo], ["::1", 0]);
 * ```
 */
export function socket<F extends number = number, K extends number = number>(
  family: F | undefined,
  type: K | undefined,
  proto: number | undefined,
  fileno: number | null,
): Socket<AddressOf<F>, K>;
export function socket(
  family: number = -1,
  type: number = -1,
  proto: number = -1,
  fileno: number | null = null,
): Socket {
  return new Socket(family, type, proto, fileno);
}

/**
 * Python's `socket.SocketType`: the socket class itself (CPython's
 * `_socket.socket`, the base of `socket.socket`), for `instanceof` checks.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket();
 * assert(s instanceof socket.SocketType);
 * ```
 */
export const SocketType: typeof Socket = Socket;
