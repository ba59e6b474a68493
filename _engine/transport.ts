// The one interface the Socket class talks to. Each kind of socket (TCP,
// UNIX stream, UDP, UNIX datagram) is an endpoint of the default engine;
// an endpoint under a descriptor number is a transport. Socket holds
// Python's argument checks and no per-kind or per-engine branches.

import type { Address } from "../address.ts";
import type { Ancillary } from "../cmsg.ts";
import type { RawConn, Timeout } from "./stream.ts";

/** What `recvmsg` resolves to: `[nbytes, ancdata, msg_flags, address]`. */
export type Received = [
  nbytes: number,
  ancdata: Ancillary[],
  msgFlags: number,
  address: Address | null,
];

/** A socket's I/O, addresses, options and readiness. */
export interface Endpoint {
  bind(address: unknown): void;
  listen(backlog: number): void;
  accept(timeout: Timeout): Promise<[Endpoint, Address]>;
  /** Connects; rejects with the OSError Python's `connect` raises. */
  connect(address: unknown, timeout: Timeout, caller: string): Promise<void>;
  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number>;
  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array>;
  recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]>;
  recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]>;
  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number>;
  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void>;
  sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number>;
  shutdown(how: number): void;
  getsockname(): Address;
  getpeername(): Address;
  /** An integer option; throws ENOPROTOOPT for one it does not know. */
  getsockopt(level: number, name: number): number;
  setsockopt(level: number, name: number, value: number): void;
  /** An option as `buflen` bytes (0-1024), as the kernel returns it. */
  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array;
  /** An option from bytes, passed as they are. */
  setsockoptBytes(level: number, name: number, value: Uint8Array): void;
  /** Readiness, for selectors and select(). */
  readonly readable: boolean;
  readonly writable: boolean;
  whenReadable(): Promise<void>;
  whenWritable(): Promise<void>;
  close(): void;
  /**
   * A connected stream's connection, for a layer that takes it over (TLS):
   * bytes read ahead come first. The transport keeps its addresses,
   * options and close(); its own data calls are the layer's from then on.
   * Absent on transports that are not streams.
   */
  handOver?(): RawConn;
}

/**
 * An endpoint under a descriptor number: what `socket.ts` holds. Several
 * descriptors may share one endpoint (`dup`); the endpoint closes when the
 * last of them does, as a kernel socket does.
 */
export interface Transport extends Endpoint {
  accept(timeout: Timeout): Promise<[Transport, Address]>;
  /**
   * The descriptor number: on the default engine a number of its own table
   * (lowest free first, from 3), on the native engine the kernel's.
   */
  fileno(): number;
  /**
   * Python's `dup()`: a new descriptor (a new number, not inheritable) for
   * the same socket. Closing either leaves the other working.
   */
  dup(): Transport;
  /**
   * Python's `detach()`: gives up this object's hold on the descriptor
   * without closing it and returns its number; the descriptor stays open
   * until `attach(n)`'s transport or `closeFd(n)` closes it.
   */
  detach(): number;
  /** The descriptor's inheritable flag (`!FD_CLOEXEC`); false when made. */
  inheritable: boolean;
  /**
   * Python's `sendmsg`: sends the buffers as one message (one datagram),
   * to `address` when it is not `undefined`. Ancillary items the engine
   * cannot pass raise the OSError that says so.
   */
  sendmsg(
    buffers: Uint8Array[],
    ancdata: Ancillary[],
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number>;
  /**
   * Python's `recvmsg_into`: scatters one receive over `targets`; up to
   * `ancbufsize` bytes of ancillary data. `msg_flags` carries `MSG_TRUNC`
   * (a datagram longer than the targets) and `MSG_CTRUNC` as Linux sets
   * them.
   */
  recvmsg(
    targets: Uint8Array[],
    ancbufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Received>;
  /**
   * The kernel's `sendfile(2)` from `file` at `offset`, up to `count` bytes
   * (`null`: to the end), as CPython's `_sendfile_use_sendfile` loops it;
   * then (also when a later call fails) the file's position is `offset`
   * plus the bytes sent. Resolves to the bytes sent, or
   * `null` when the kernel path gives up before sending any (no
   * descriptor for the file, or the first call failed), and the caller
   * reads the file instead, as CPython does. Absent on an engine without
   * it (the default engine reads and sends).
   */
  sendfile?(
    file: Deno.FsFile,
    offset: number,
    count: number | null,
    timeout: Timeout,
  ): Promise<number | null>;
}

/**
 * How an engine makes and finds descriptors: what `socket.ts`'s
 * module-level functions (`socket(fileno=)`, `close(fd)`, `dup(fd)`) use.
 */
export interface Descriptors {
  /** A new socket's transport, or `undefined` for an unsupported pair. */
  create(family: number, type: number): Transport | undefined;
  /**
   * `socket(fileno=n)`: a transport for the open descriptor `n` (the same
   * descriptor, not a copy). EBADF if none is open, ENOTSOCK if `n` is not
   * a socket.
   */
  attach(fd: number): Transport;
  /** `socket.close(fd)`: EBADF if no such descriptor is open. */
  close(fd: number): void;
  /** `socket.dup(fd)`: a new number for the same descriptor; EBADF. */
  dup(fd: number): number;
}
