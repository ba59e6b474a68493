// The link between public Socket objects and their engine transports, for
// the module's own files (accept, socketpair, selectors); never exported.

import { ValueError } from "../errors.ts";
import type { Transport } from "./transport.ts";

/**
 * What an entry's Socket class needs of its engine: transports, and the
 * descriptor numbers its sockets report.
 */
export interface Engine {
  /** The entry that serves it, for messages. */
  readonly entry: string;
  /** A new transport; throws the OSError the kernel would give. */
  create(family: number, type: number, proto: number): Transport;
  /** The descriptor number of a socket over `transport`. */
  fileno(transport: Transport): number;
  /** Gives a socket's descriptor number back when it closes. */
  release(fd: number): void;
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

// Each entry's Socket class and its engine.
const engines = new WeakMap<object, Engine>();

/** Makes `cls` (an entry's Socket class) build its sockets over `engine`. */
export function setEngine(cls: object, engine: Engine): void {
  engines.set(cls, engine);
}

/**
 * The entry class `cls` is or extends (a program's subclass of an entry's
 * Socket keeps that entry's engine), with its engine.
 */
export function entryOf(cls: object): [object, Engine] {
  for (let c: object | null = cls; c !== null; c = Object.getPrototypeOf(c)) {
    const engine = engines.get(c);
    if (engine !== undefined) return [c, engine];
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
