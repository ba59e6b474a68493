// The one interface the Socket class talks to. Each kind of socket (TCP,
// UNIX stream, UDP, UNIX datagram) is a transport behind it, so Socket holds
// Python's argument checks and no per-kind branches.

import type { Address } from "../address.ts";
import type { RawConn, Timeout } from "./stream.ts";

/** A socket's kernel-side behaviour, as the engine provides it. */
export interface Transport {
  bind(address: unknown): void;
  listen(backlog: number): void;
  accept(timeout: Timeout): Promise<[Transport, Address]>;
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
