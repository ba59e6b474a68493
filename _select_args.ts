// Python's checks on select.select()'s arguments, shared by both entries.

import { OverflowError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { checkEngine, type Engine, transportOf } from "./_engine/handles.ts";

/** Read, write and exceptional conditions, as bits. */
export const READ = 1;
export const WRITE = 2;
export const EXCEPT = 4;

/**
 * Checks the arguments as CPython does; returns each socket once, with the
 * conditions waited for on it.
 */
export function selectArgs(
  lists: readonly unknown[],
  timeout: unknown,
  engine: Engine,
): Map<Socket, number> {
  if (!lists.every(Array.isArray)) {
    throw new TypeError("arguments 1-3 must be sequences");
  }
  if (timeout !== null && typeof timeout !== "number") {
    throw new TypeError("timeout must be a float or None");
  }
  if (Number.isNaN(timeout)) {
    throw new ValueError("Invalid value NaN (not a number)");
  }
  if (timeout !== null && timeout > 9.2e9) {
    throw new OverflowError("timestamp out of range for platform time_t");
  }
  if (timeout !== null && timeout < 0) {
    throw new ValueError("timeout must be non-negative");
  }
  const wanted = new Map<Socket, number>();
  (lists as Socket[][]).forEach((list, i) => {
    for (const sock of list) {
      check(sock, engine);
      wanted.set(sock, (wanted.get(sock) ?? 0) | (1 << i));
    }
  });
  return wanted;
}

function check(sock: Socket, engine: Engine): void {
  if (!transportOf.has(sock as object)) {
    throw new TypeError("argument must be an int, or have a fileno() method.");
  }
  checkEngine(sock, engine, "select()");
  const fd = sock.fileno();
  if (fd < 0) {
    throw new ValueError(
      `file descriptor cannot be a negative integer (${fd})`,
    );
  }
}
