// Wrappers that change a few of an endpoint's answers (a descriptor's hold
// on it, a socketpair() end's unnamed addresses) hand every other call on
// unchanged; this base does the handing on, once.

import type { Address } from "../address.ts";
import type { Timeout } from "./stream.ts";
import type { Endpoint } from "./transport.ts";

/** An endpoint that passes each call to `target`. */
export abstract class Forwarding implements Endpoint {
  /** Where calls go; a subclass may point it elsewhere later. */
  protected target: Endpoint;

  constructor(target: Endpoint) {
    this.target = target;
  }

  bind(address: unknown): void {
    this.target.bind(address);
  }

  listen(backlog: number): void {
    this.target.listen(backlog);
  }

  accept(timeout: Timeout): Promise<[Endpoint, Address]> {
    return this.target.accept(timeout);
  }

  connect(address: unknown, timeout: Timeout, caller: string): Promise<void> {
    return this.target.connect(address, timeout, caller);
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    return this.target.recvInto(target, flags, timeout);
  }

  recv(bufsize: number, flags: number, timeout: Timeout): Promise<Uint8Array> {
    return this.target.recv(bufsize, flags, timeout);
  }

  recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    return this.target.recvfrom(bufsize, flags, timeout);
  }

  recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    return this.target.recvfromInto(target, flags, timeout);
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    return this.target.send(data, flags, timeout);
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    return this.target.sendall(data, flags, timeout);
  }

  sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    return this.target.sendto(data, flags, address, timeout);
  }

  shutdown(how: number): void {
    this.target.shutdown(how);
  }

  getsockname(): Address {
    return this.target.getsockname();
  }

  getpeername(): Address {
    return this.target.getpeername();
  }

  getsockopt(level: number, name: number): number {
    return this.target.getsockopt(level, name);
  }

  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array {
    return this.target.getsockoptBytes(level, name, buflen);
  }

  setsockoptBytes(level: number, name: number, value: Uint8Array): void {
    this.target.setsockoptBytes(level, name, value);
  }

  setsockopt(level: number, name: number, value: number): void {
    this.target.setsockopt(level, name, value);
  }

  get readable(): boolean {
    return this.target.readable;
  }

  get writable(): boolean {
    return this.target.writable;
  }

  whenReadable(): Promise<void> {
    return this.target.whenReadable();
  }

  whenWritable(): Promise<void> {
    return this.target.whenWritable();
  }

  close(): void {
    this.target.close();
  }
}
