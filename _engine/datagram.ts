// SOCK_DGRAM sockets over a DatagramEndpoint (Deno.listenDatagram or
// node:dgram): the design's guarantees for datagrams. At most one receive in
// flight; a datagram that arrives after its caller timed out waits in the
// socket's queue for the next call; the connected peer is filtered here, as
// node:dgram does not; close settles every pending call with EBADF.

import type { Address } from "../address.ts";
import type { OSError } from "../errors.ts";
import { fromRuntime, oserror, timedOut } from "../_oserror.ts";
import { releasedBuffer } from "../_validate.ts";
import type { Datagram, DatagramEndpoint } from "./datagram_backend.ts";
import type { DatagramFamily } from "./datagram_family.ts";
import {
  Deadlines,
  secondsOf,
  settlesThisTurn,
  shortened,
} from "./deadline.ts";
import { SocketOptions } from "./options.ts";
import type { Timeout } from "./stream.ts";
import type { Endpoint } from "./transport.ts";
import { bytesInt, intBytes } from "./option_bytes.ts";

const SOL_SOCKET = 1;
const SO_REUSEADDR = 2;
const SO_ERROR = 4;
const SO_RCVBUF = 8;
const SO_ACCEPTCONN = 30;

const MSG_PEEK = 0x2;
const MSG_TRUNC = 0x20;
const MSG_DONTWAIT = 0x40;
const MSG_WAITALL = 0x100;
const MSG_NOSIGNAL = 0x4000;
const MSG_CONFIRM = 0x800;
// MSG_WAITALL means nothing to a datagram socket; Linux ignores it.
// Linux ignores MSG_CMSG_CLOEXEC without ancillary data, as here.
const MSG_CMSG_CLOEXEC = 0x40000000;
const RECV_FLAGS = MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT | MSG_WAITALL |
  MSG_CMSG_CLOEXEC;
const SEND_FLAGS = MSG_DONTWAIT | MSG_NOSIGNAL | MSG_CONFIRM | MSG_CMSG_CLOEXEC;

/** A datagram socket of any family. */
export class DatagramSocket<Target> implements Endpoint {
  readonly #family: DatagramFamily<Target>;
  readonly #deadlines = new Deadlines();
  readonly #options: SocketOptions;
  // IP-level options set before there was an endpoint to apply them to.
  readonly #settings = new Map<string, [number, number, number]>();
  #endpoint: DatagramEndpoint | null = null;
  // Whether the endpoint has a name (an AF_UNIX sender may have none).
  #named = false;
  #peer: Deno.Addr | null = null;
  #peerKey = "";
  // Datagrams received but not returned yet: one, or a peeked one.
  readonly #queue: Datagram[] = [];
  #receiving: Promise<void> | null = null;
  #error: OSError | null = null;
  // The last numeric sendto() address, checked and resolved.
  #lastAddress: unknown = null;
  #lastTo: Deno.Addr | null = null;
  // Settles when the socket gets a name (or closes): what an unbound
  // socket's receivers wait for. One promise, however many wait.
  #whenNamed: { promise: Promise<void>; resolve(): void } | null = null;
  #readShut = false;
  #writeShut = false;
  #closed = false;
  // Receiving calls waiting: only they keep the process alive, not the
  // receive the engine keeps in flight after a timeout or for a watch.
  #callers = 0;

  constructor(family: DatagramFamily<Target>) {
    this.#family = family;
    this.#options = new SocketOptions(2, family.family, family.protocol);
    family.defineOptions(this.#options);
  }

  bind(address: unknown): void {
    const target = this.#family.parse(address, "bind");
    if (this.#closed) throw oserror(9);
    if (this.#named) throw oserror(22);
    this.#open(this.#family.bindAddress(target));
  }

  #open(addr: Deno.Addr | null): DatagramEndpoint {
    const settings = [...this.#settings.values()];
    let endpoint: DatagramEndpoint;
    try {
      endpoint = this.#family.backend(settings).open(addr, {
        reuseAddress: this.#options.get(SOL_SOCKET, SO_REUSEADDR) === 1,
        receiveLimit: this.#options.get(SOL_SOCKET, SO_RCVBUF),
        settings,
      });
    } catch (e) {
      throw fromRuntime(e);
    }
    // An AF_UNIX socket that sent unnamed and now binds trades endpoints.
    this.#endpoint?.close();
    this.#endpoint = endpoint;
    if (this.#callers > 0) endpoint.ref();
    this.#named = addr !== null;
    this.#wakeUnnamed();
    return endpoint;
  }

  // The endpoint to send from; the first sendto binds the wildcard address
  // and an ephemeral port (UDP) or opens an unnamed sender (AF_UNIX).
  #sender(): DatagramEndpoint {
    return this.#endpoint ?? this.#open(this.#family.autobindAddress(null));
  }

  listen(): void {
    if (this.#closed) throw oserror(9);
    throw oserror(95);
  }

  accept(): Promise<[Endpoint, Address]> {
    return Promise.reject(oserror(this.#closed ? 9 : 95));
  }

  async connect(
    address: unknown,
    _timeout: Timeout,
    caller: string,
  ): Promise<void> {
    const target = this.#family.parse(address, caller);
    if (this.#closed) throw oserror(9);
    const peer = await this.#family.resolve(target);
    if (this.#closed) throw oserror(9);
    this.#family.checkPeer(peer);
    if (!this.#named && this.#family.autobinds) {
      this.#open(this.#family.autobindAddress(peer));
    }
    this.#peer = peer;
    this.#peerKey = this.#family.key(peer);
  }

  // ---- receiving --------------------------------------------------------

  /**
   * The next datagram, waiting as `timeout` allows. A `target` that lost
   * bytes while the call waited (transferred, shrunk) is refused before the
   * datagram is taken, so it waits for the next call.
   */
  async #next(
    flags: number,
    timeout: Timeout,
    target: Uint8Array = NO_TARGET,
  ): Promise<Datagram> {
    if (this.#closed) throw oserror(9);
    checkFlags(flags, RECV_FLAGS);
    if (this.#callers++ === 0) this.#endpoint?.ref();
    try {
      return await this.#receive(flags, timeout, target, target.length);
    } finally {
      if (--this.#callers === 0 && !this.#closed) this.#endpoint?.unref();
    }
  }

  async #receive(
    flags: number,
    timeout: Timeout,
    target: Uint8Array,
    want: number,
  ): Promise<Datagram> {
    if (flags & MSG_DONTWAIT) timeout = 0;
    // The timeout covers the whole call, however many datagrams from other
    // peers the filter drops meanwhile.
    const seconds = secondsOf(timeout);
    const end = seconds ? performance.now() + seconds * 1000 : 0;
    for (;;) {
      if (this.#closed) throw oserror(9);
      const datagram = this.#queue[0];
      if (datagram !== undefined) {
        if (target.length < want) throw releasedBuffer();
        if (!(flags & MSG_PEEK)) this.#queue.shift();
        return datagram;
      }
      if (this.#readShut) return { data: new Uint8Array(0), from: NO_NAME };
      if (this.#error !== null) {
        const error = this.#error;
        this.#error = null;
        throw error;
      }
      const left = seconds ? (end - performance.now()) / 1000 : seconds;
      if (left !== null && left <= 0 && seconds !== 0) throw timedOut();
      await this.#wait(this.#fill(), shortened(timeout, left));
    }
  }

  // Starts the one receive that may be in flight; its datagram lands in the
  // queue even if the caller has given up.
  #fill(): Promise<void> {
    if (this.#receiving !== null) return this.#receiving;
    const endpoint = this.#endpoint;
    if (endpoint === null || !this.#named) {
      // Nothing can reach a socket without a name: wait until it has one.
      this.#whenNamed ??= Promise.withResolvers<void>();
      return this.#whenNamed.promise;
    }
    this.#receiving = endpoint.receive().then(
      (datagram) => {
        this.#receiving = null;
        if (this.#closed || endpoint !== this.#endpoint) return;
        // Linux delivers only the connected peer's datagrams.
        if (
          this.#peer !== null &&
          this.#family.key(datagram.from) !== this.#peerKey
        ) return;
        this.#queue.push(datagram);
      },
      (e) => {
        this.#receiving = null;
        if (!this.#closed) this.#error = fromRuntime(e) as OSError;
      },
    );
    return this.#receiving;
  }

  async recv(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Uint8Array> {
    // Python's recv(0) returns b'' at once and consumes nothing (I20).
    if (bufsize === 0) {
      if (this.#closed) throw oserror(9);
      checkFlags(flags, RECV_FLAGS);
      return new Uint8Array(0);
    }
    return cut(await this.#next(flags, timeout), bufsize, flags);
  }

  async recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    if (target.length === 0) {
      if (this.#closed) throw oserror(9);
      checkFlags(flags, RECV_FLAGS);
      return 0;
    }
    return copyInto(await this.#next(flags, timeout, target), target, flags);
  }

  async recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    const datagram = await this.#next(flags, timeout);
    return [cut(datagram, bufsize, flags), this.#from(datagram)];
  }

  async recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    const datagram = await this.#next(flags, timeout, target);
    return [copyInto(datagram, target, flags), this.#from(datagram)];
  }

  #from(datagram: Datagram): Address | null {
    return datagram.from === NO_NAME
      ? null
      : this.#family.address(datagram.from);
  }

  // ---- sending ----------------------------------------------------------

  async send(
    data: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    if (this.#closed) throw oserror(9);
    checkFlags(flags, SEND_FLAGS);
    this.#checkSend();
    if (this.#peer === null) throw oserror(this.#family.noPeerErrno);
    return await this.#sendTo(data, this.#peer, flags, timeout);
  }

  async sendall(
    data: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<void> {
    // A datagram goes whole or not at all.
    await this.send(data, flags, timeout);
  }

  async sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    // The address is read once: one snapshot is compared, checked and
    // remembered, so a getter that changes between reads cannot make the
    // cache send to another address than the one checked.
    if (Array.isArray(address)) address = [...address];
    let to = sameAddress(address, this.#lastAddress) ? this.#lastTo : null;
    if (to === null) {
      const resolved = this.#family.resolve(
        this.#family.parse(address, "sendto"),
      );
      if (this.#closed) throw oserror(9);
      checkFlags(flags, SEND_FLAGS);
      this.#checkSend();
      if (resolved instanceof Promise) {
        to = await resolved;
      } else {
        // A numeric address needs no look-up: remember it, since a server
        // answers the same sender again and again.
        to = resolved;
        this.#lastAddress = address;
        this.#lastTo = to;
      }
    } else {
      if (this.#closed) throw oserror(9);
      checkFlags(flags, SEND_FLAGS);
      this.#checkSend();
    }
    return await this.#sendTo(data, to, flags, timeout);
  }

  #checkSend(): void {
    if (this.#closed) throw oserror(9);
    if (this.#writeShut) throw oserror(32);
  }

  async #sendTo(
    data: Uint8Array,
    to: Deno.Addr,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    if (this.#closed) throw oserror(9);
    this.#family.checkSend(to, this.#options);
    if (flags & MSG_DONTWAIT) timeout = 0;
    const sending = this.#sender().send(data, to).catch((e) => {
      throw this.#closed ? oserror(9) : fromRuntime(e);
    });
    // A datagram is handed to the kernel as send() is called; its callback
    // may come turns later. Non-blocking, EAGAIN would report a datagram
    // that still goes as not sent (and a retry would send it twice).
    return await this.#wait(sending, timeout === 0 ? null : timeout);
  }

  // ---- both -------------------------------------------------------------

  async #wait<T>(work: Promise<T>, timeout: Timeout): Promise<T> {
    if (timeout === null) return await work;
    if (timeout === 0) {
      // One turn of the event loop: what the kernel already holds arrives.
      if (!(await settlesThisTurn(work))) {
        throw oserror(this.#closed ? 9 : 11);
      }
      return await work;
    }
    return await this.#deadlines.race(work, timeout);
  }

  shutdown(how: number): void {
    if (this.#closed) throw oserror(9);
    if (this.#peer === null) throw oserror(107);
    if (how < 0 || how > 2) throw oserror(22);
    if (how !== 1) this.#readShut = true;
    if (how !== 0) this.#writeShut = true;
  }

  getsockname(): Address {
    if (this.#closed) throw oserror(9);
    if (this.#endpoint === null || !this.#named) return this.#family.unbound;
    return this.#family.address(this.#endpoint.addr) ?? this.#family.unbound;
  }

  getpeername(): Address {
    if (this.#closed) throw oserror(9);
    if (this.#peer === null) throw oserror(107);
    return this.#family.address(this.#peer) ?? this.#family.unbound;
  }

  getsockopt(level: number, name: number): number {
    if (this.#closed) throw oserror(9);
    if (level === SOL_SOCKET && name === SO_ACCEPTCONN) return 0;
    if (level === SOL_SOCKET && name === SO_ERROR) {
      const errno = this.#error?.errno ?? 0;
      this.#error = null;
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
    if (this.#closed) throw oserror(9);
    this.#options.require(level, name);
    value = this.#family.checkOption(level, name, value);
    if (level !== SOL_SOCKET) {
      // An IP-level option reaches the kernel through the backend, which
      // must say whether it can; before binding it picks the backend.
      if (this.#endpoint === null) {
        this.#settings.set(`${level}:${name}`, [level, name, value]);
      } else if (!this.#endpoint.apply(level, name, value)) {
        throw oserror(92);
      }
    }
    this.#options.set(level, name, value);
    if (level === SOL_SOCKET && name === SO_RCVBUF && this.#endpoint) {
      this.#endpoint.receiveLimit = this.#options.get(level, name);
    }
  }

  get readable(): boolean {
    return this.#queue.length > 0 || this.#error !== null || this.#readShut ||
      this.#closed;
  }

  get writable(): boolean {
    // The kernel takes a datagram at once or drops it.
    return true;
  }

  async whenReadable(): Promise<void> {
    while (!this.readable) await this.#fill();
  }

  whenWritable(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    try {
      this.#endpoint?.close();
    } catch {
      // Already closed underneath.
    }
    this.#wakeUnnamed();
    this.#deadlines.close(oserror(9));
  }

  #wakeUnnamed(): void {
    this.#whenNamed?.resolve();
    this.#whenNamed = null;
  }
}

// Whether `address` holds the same values as `last` (an array's items, or
// a path string), so Python's checks and the parse need not run again.
function sameAddress(address: unknown, last: unknown): boolean {
  if (typeof address === "string") return address === last;
  if (!Array.isArray(address) || !Array.isArray(last)) return false;
  if (address.length !== last.length) return false;
  for (let i = 0; i < address.length; i++) {
    // A bytes host could change in place: only primitives are compared.
    if (address[i] !== last[i] || typeof address[i] === "object") return false;
  }
  return true;
}

const NO_TARGET = new Uint8Array(0);

// The sender of the empty datagram a shut-down socket reads.
const NO_NAME: Deno.Addr = { transport: "unixpacket", path: "" };

// A datagram cut to `bufsize`; with MSG_TRUNC, its full length (as Linux
// reports it), the bytes past `bufsize` zeroed.
function cut(datagram: Datagram, bufsize: number, flags: number): Uint8Array {
  const data = datagram.data;
  // A peeked datagram is returned again later: the caller gets a copy.
  if (data.length <= bufsize) return flags & MSG_PEEK ? data.slice() : data;
  if (!(flags & MSG_TRUNC)) return data.slice(0, bufsize);
  const out = new Uint8Array(data.length);
  out.set(data.subarray(0, bufsize));
  return out;
}

function copyInto(
  datagram: Datagram,
  target: Uint8Array,
  flags: number,
): number {
  const data = datagram.data;
  const n = Math.min(data.length, target.length);
  target.set(n === data.length ? data : data.subarray(0, n));
  return flags & MSG_TRUNC ? data.length : n;
}

function checkFlags(flags: number, supported: number): void {
  // MSG_OOB and the rest have no meaning for datagrams here.
  if (flags & ~supported) throw oserror(95);
}
