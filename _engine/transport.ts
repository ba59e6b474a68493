// The one interface the Socket class talks to. Each kind of socket (TCP,
// UNIX stream, UDP, UNIX datagram) is a transport behind it, so Socket holds
// Python's argument checks and no per-kind branches.

import type { Address } from "../address.ts";
import type { Timeout } from "./stream.ts";

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
}
