// The link between public Socket objects and their engine transports, for
// the module's own files (accept, socketpair, selectors); never exported.

import { ValueError } from "../errors.ts";
import type { Descriptors, Transport } from "./transport.ts";

/**
 * What an entry's Socket class needs of its engine: new transports (with
 * the kernel's checks on family, type and protocol), its descriptor
 * functions, and how its descriptor numbers are found again.
 */
export interface Engine {
  /** The entry that serves it, for messages. */
  readonly entry: string;
  /** A new transport; throws the OSError the kernel would give. */
  create(family: number, type: number, proto: number): Transport;
  /** `socket(fileno=)`, `close(fd)`, `dup(fd)`. */
  readonly descriptors: Descriptors;
  /** Records that `sock` holds descriptor number `fd`, until `forget`. */
  remember(fd: number, sock: object): void;
  forget(fd: number): void;
  /** The transport of the open socket numbered `fd`, if there is one. */
  lookup(fd: number): Transport | undefined;
}

let adopting: Transport | null = null;

/** The next Socket constructed wraps `transport` instead of a new one. */
export function adoptNext(transport: Transport): void {
  adopting = transport;
}

/** The transport a constructor should wrap, if one is waiting. */
export function takeAdopted(): Transport | null {
  const transport = adopting;
  adopting = null;
  return transport;
}

/** Every open Socket's transport. */
export const transportOf: WeakMap<object, Transport> = new WeakMap();

// Open sockets by descriptor number, for select() and selectors given an
// integer. Weak, so a socket the program dropped can still be collected.
const byNumber = new Map<number, WeakRef<object>>();

/** Records that `sock` holds descriptor number `fd`. */
export function numberSocket(fd: number, sock: object): void {
  byNumber.set(fd, new WeakRef(sock));
}

/** Forgets descriptor number `fd` (its socket closed). */
export function forgetNumber(fd: number): void {
  byNumber.delete(fd);
}

/** The transport of the open socket numbered `fd`, if there is one. */
export function transportOfNumber(fd: number): Transport | undefined {
  const sock = byNumber.get(fd)?.deref();
  return sock === undefined ? undefined : transportOf.get(sock);
}

// Each entry's Socket class (or a class of its own over the entry's
// engine, such as its SSLSocket) with its entry class and engine.
const engines = new WeakMap<object, [object, Engine]>();

/**
 * Makes `cls` (an entry's Socket class) build its sockets over `engine`.
 * A class of an entry that is not its Socket (its SSLSocket) names the
 * entry's Socket as `entry`: accepted connections are made of that.
 */
export function setEngine(
  cls: object,
  engine: Engine,
  entry: object = cls,
): void {
  engines.set(cls, [entry, engine]);
}

/**
 * The entry class `cls` is or extends (a program's subclass of an entry's
 * Socket keeps that entry's engine), with its engine.
 */
export function entryOf(cls: object): [object, Engine] {
  for (let c: object | null = cls; c !== null; c = Object.getPrototypeOf(c)) {
    const found = engines.get(c);
    if (found !== undefined) return found;
  }
  throw new TypeError("not a socket class of this module");
}

/**
 * Refuses a socket of another entry's engine: `watcher` (a selector or
 * select()) of `engine` cannot wait on its descriptor.
 */
export function checkEngine(
  sock: object,
  engine: Engine,
  watcher: string,
): void {
  const own = entryOf(sock.constructor)[1];
  if (own === engine) return;
  throw new ValueError(
    `${watcher} of ${engine.entry} cannot wait on a socket of ${own.entry}: ` +
      `use the ${watcher} of the entry that made the socket`,
  );
}
