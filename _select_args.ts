// Python's checks on select.select()'s arguments, for both entries'
// select(): each resolves the items through its own engine.

import { OverflowError, ValueError } from "./errors.ts";
import { oserror } from "./_oserror.ts";
import { checkEngine, type Engine, transportOf } from "./_engine/handles.ts";
import type { Transport } from "./_engine/transport.ts";

/** Read, write and exceptional conditions, as bits. */
export const READ = 1;
export const WRITE = 2;
export const EXCEPT = 4;

/**
 * Checks the arguments as CPython does; returns each descriptor's
 * transport once, with the conditions waited for on it (bit `i` for list
 * `i`), and each list's transports.
 */
export function selectArgs(
  lists: readonly unknown[],
  timeout: unknown,
  engine: Engine,
): [Map<Transport, number>, Transport[][]] {
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
  const wanted = new Map<Transport, number>();
  const each = (lists as unknown[][]).map((list, i) =>
    list.map((item) => {
      const transport = transportFor(item, engine);
      wanted.set(transport, (wanted.get(transport) ?? 0) | (1 << i));
      return transport;
    })
  );
  return [wanted, each];
}

// A socket, its descriptor number, or an object whose fileno() gives one.
function transportFor(item: unknown, engine: Engine): Transport {
  const n = descriptorOf(item, engine, "select()");
  const own = typeof item === "object" && item !== null
    ? transportOf.get(item)
    : undefined;
  if (own !== undefined) return own;
  const transport = engine.lookup(n);
  if (transport === undefined) throw oserror(9);
  return transport;
}

/**
 * CPython's `PyObject_AsFileDescriptor`: the descriptor number of an int or
 * of what `fileno()` returns, with its errors; a socket of the other
 * entry's engine is refused (a `ValueError` naming `caller`).
 */
export function descriptorOf(
  item: unknown,
  engine: Engine,
  caller: string,
): number {
  let fd: unknown;
  // Python looks fileno up and calls it: what either raises, escapes.
  const fileno = (item as { fileno?: unknown })?.fileno;
  if (typeof item === "number" && Number.isInteger(item)) {
    fd = item;
  } else if (typeof fileno === "function") {
    fd = fileno.call(item);
    if (typeof fd !== "number" || !Number.isInteger(fd)) {
      throw new TypeError("fileno() returned a non-integer");
    }
  } else {
    throw new TypeError("argument must be an int, or have a fileno() method.");
  }
  const n = fd as number;
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) {
    throw new OverflowError("Python int too large to convert to C int");
  }
  if (n < 0) {
    throw new ValueError(`file descriptor cannot be a negative integer (${n})`);
  }
  if (typeof item === "object" && item !== null && transportOf.has(item)) {
    checkEngine(item, engine, caller);
  }
  return n;
}
