// The link between public Socket objects and their engine transports, for
// the module's own files (accept, socketpair, selectors, ssl); never exported.

import type { Transport } from "./transport.ts";

/** A transport waiting for its Socket, and the descriptor number it keeps. */
export interface Adopted {
  transport: Transport;
  /** A number already allocated to it (a detached socket's), or `null`. */
  fd: number | null;
}

let adopting: Adopted | null = null;

/**
 * The next Socket constructed wraps `transport` instead of a new one, under
 * descriptor number `fd` when given (it stays allocated) or a new one.
 */
export function adoptNext(
  transport: Transport,
  fd: number | null = null,
): void {
  adopting = { transport, fd };
}

/** The transport a constructor should wrap, if one is waiting. */
export function takeAdopted(): Adopted | null {
  const adopted = adopting;
  adopting = null;
  return adopted;
}

/** Every open Socket's transport. */
export const transportOf: WeakMap<object, Transport> = new WeakMap();
