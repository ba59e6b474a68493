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
