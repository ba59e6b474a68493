// The link between public Socket objects and their engine transports, for
// the module's own files (accept, socketpair, selectors); never exported.

import type { Transport } from "./transport.ts";

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
