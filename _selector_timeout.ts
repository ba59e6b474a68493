// The checks Python's EpollSelector.select() makes on its timeout, shared
// by both entries' selectors.

import { OverflowError, ValueError } from "./errors.ts";

/** Raises what Python raises for a timeout `select()` cannot take. */
export function checkSelectorTimeout(timeout: unknown): void {
  if (timeout !== null && typeof timeout !== "number") {
    throw new TypeError("timeout must be a float or None");
  }
  // Python rounds the timeout up to whole milliseconds with math.ceil,
  // which rejects NaN and infinity; epoll then rejects what overflows.
  if (Number.isNaN(timeout)) {
    throw new ValueError("cannot convert float NaN to integer");
  }
  if (timeout === Infinity || timeout === -Infinity) {
    throw new OverflowError("cannot convert float infinity to integer");
  }
  if (timeout !== null && timeout > 9.2e9) {
    throw new OverflowError("timestamp out of range for platform time_t");
  }
}
