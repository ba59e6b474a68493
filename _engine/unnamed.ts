// A socketpair() end: Linux's pair has no names (getsockname() is '', a
// datagram comes from None), while Deno's pair goes through paths in a
// temporary directory. This transport shows the unnamed view and runs a
// clean-up when it closes.

import type { Address } from "../address.ts";
import type { Timeout } from "./stream.ts";
import type { Endpoint } from "./transport.ts";

/** A transport whose addresses read as an unnamed AF_UNIX socket's. */
export class Unnamed implements Endpoint {
  readonly #inner: Endpoint;
  readonly #onClose: () => void;
  #closed = false;

  constructor(inner: Endpoint, onClose: () => void = () => {}) {
    this.#inner = inner;
    this.#onClose = onClose;
  }

  bind(address: unknown): void {
    this.#inner.bind(address);
  }

  listen(backlog: number): void {
    this.#inner.listen(backlog);
  }

  accept(timeout: Timeout): Promise<[Endpoint, Address]> {
    return this.#inner.accept(timeout);
  }

  connect(address: unknown, timeout: Timeout, caller: string): Promise<void> {
    return this.#inner.connect(address, timeout, caller);
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    return this.#inner.recvInto(target, flags, timeout);
  }

  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array> {
    return this.#inner.recv(bufsize, flags, timeout);
  }

  async recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    const [data] = await this.#inner.recvfrom(bufsize, flags, timeout);
    return [data, null];
  }

  async recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    const [n] = await this.#inner.recvfromInto(target, flags, timeout);
    return [n, null];
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    return this.#inner.send(data, flags, timeout);
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    return this.#inner.sendall(data, flags, timeout);
  }

  sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    return this.#inner.sendto(data, flags, address, timeout);
  }

  shutdown(how: number): void {
    this.#inner.shutdown(how);
  }

  getsockname(): Address {
    this.#inner.getsockname(); // EBADF once closed
    return "";
  }

  getpeername(): Address {
    this.#inner.getpeername(); // EBADF once closed
    return "";
  }

  getsockopt(level: number, name: number): number {
    return this.#inner.getsockopt(level, name);
  }

  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array {
    return this.#inner.getsockoptBytes(level, name, buflen);
  }

  setsockoptBytes(level: number, name: number, value: Uint8Array): void {
    this.#inner.setsockoptBytes(level, name, value);
  }

  setsockopt(level: number, name: number, value: number): void {
    this.#inner.setsockopt(level, name, value);
  }

  get readable(): boolean {
    return this.#inner.readable;
  }

  get writable(): boolean {
    return this.#inner.writable;
  }

  whenReadable(): Promise<void> {
    return this.#inner.whenReadable();
  }

  whenWritable(): Promise<void> {
    return this.#inner.whenWritable();
  }

  close(): void {
    this.#inner.close();
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }
}
