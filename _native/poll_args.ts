// CPython's conversions of select.poll's and select.epoll's arguments, with
// its errors, before any system call.

import { OverflowError, ValueError } from "../errors.ts";
import { toIndex } from "../_validate.ts";

/** A C `int` argument as `_PyLong_AsInt` reads it. */
export function cIntArg(value: unknown): number {
  const n = toIndex(value);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) {
    throw new OverflowError("Python int too large to convert to C int");
  }
  return n;
}

/** epoll's event mask: an `unsigned int` taken modulo 2^32, as Python does. */
export function epollMask(value: unknown): number {
  return Number(BigInt.asUintN(32, BigInt(toIndex(value))));
}

/** poll's event mask: an `unsigned short`, range-checked as Python does. */
export function pollMask(value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError("an integer is required");
  }
  if (value < 0) throw new ValueError("value must be positive");
  if (value > 0xffff) {
    throw new OverflowError("Python int too large for C unsigned short");
  }
  return value;
}

// Python's _PyTime_ROUND_TIMEOUT: away from zero.
function away(x: number): number {
  return x < 0 ? -Math.ceil(-x) : Math.ceil(x);
}

/**
 * A timeout in `unit`s (1000 per second for epoll's seconds, 1 for poll's
 * milliseconds) as the whole milliseconds poll(2)/epoll_wait(2) take: `-1`
 * waits without limit (`null` or a negative timeout, as Python passes it).
 * epoll rounds the milliseconds up, poll away from zero, as CPython.
 */
export function timeoutMs(value: unknown, unit: 1 | 1000): number {
  if (value === null || value === undefined) return -1;
  if (typeof value === "boolean") value = value ? 1 : 0;
  if (typeof value !== "number") {
    throw new TypeError("timeout must be an integer or None");
  }
  if (Number.isNaN(value)) {
    throw new ValueError("Invalid value NaN (not a number)");
  }
  // Python holds the timeout in int64 nanoseconds first. (3.11.2 words
  // this "timestamp too large to convert to C _PyTime_t"; later 3.11
  // releases, the oracle and this module's other timeouts as here.)
  const ns = away(value * (unit === 1000 ? 1e9 : 1e6));
  if (!(Math.abs(ns) < 2 ** 63)) {
    throw new OverflowError("timestamp out of range for platform time_t");
  }
  const ms = unit === 1000 ? Math.ceil(ns / 1e6) : away(ns / 1e6);
  if (ms > 2 ** 31 - 1 || ms < -(2 ** 31)) {
    throw new OverflowError("timeout is too large");
  }
  return ms < 0 ? -1 : ms + 0;
}
