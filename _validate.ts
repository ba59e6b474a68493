// Python's argument conversions: the TypeErrors, ValueErrors and
// OverflowErrors CPython raises before any I/O, with its exact messages.

import { OverflowError, ValueError } from "./errors.ts";

/** The name Python would print for the type of a value passed from JavaScript. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  switch (typeof value) {
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "function":
      return "function";
    case "symbol":
      return "symbol";
  }
  if (Array.isArray(value)) return "tuple";
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    return "bytes";
  }
  if (ArrayBuffer.isView(value)) return "memoryview";
  return "dict";
}

/**
 * Python's `operator.index()`: an integer argument, as CPython reads one. A
 * float, string or None is a TypeError; a boolean is 0 or 1; a bigint is
 * narrowed to a number.
 */
export function toIndex(value: unknown): number {
  if (typeof value === "number") {
    // Python's int has no negative zero (and FFI's i32 refuses -0).
    if (Number.isInteger(value)) return value === 0 ? 0 : value;
    if (Number.isNaN(value) || !Number.isFinite(value)) {
      throw new TypeError("'float' object cannot be interpreted as an integer");
    }
  } else if (typeof value === "boolean") {
    return value ? 1 : 0;
  } else if (typeof value === "bigint") {
    return Number(value);
  }
  throw new TypeError(
    `'${pyTypeName(value)}' object cannot be interpreted as an integer`,
  );
}

/**
 * A C `int` argument (`listen(backlog)`, flags): an index that fits 32 bits,
 * else Python's OverflowError.
 */
export function toCInt(value: unknown): number {
  const n = toIndex(value);
  if (n > 2 ** 31 - 1) {
    throw new OverflowError(
      n >= 2 ** 63
        ? "Python int too large to convert to C long"
        : "signed integer is greater than maximum",
    );
  }
  if (n < -(2 ** 31)) {
    throw new OverflowError(
      n < -(2 ** 63)
        ? "Python int too large to convert to C long"
        : "signed integer is less than minimum",
    );
  }
  return n;
}

/**
 * A C `ssize_t` argument (`read1(size)`, `peek(size)`, a raw file's
 * `read(size)`): an index that fits 64 bits; None is refused.
 */
export function toSsize(value: unknown): number {
  const n = toIndex(value);
  if (n >= 2 ** 63 || n < -(2 ** 63)) {
    throw new OverflowError("Python int too large to convert to C ssize_t");
  }
  return n;
}

/** A `ssize_t` buffer size (`recv(bufsize)`). */
export function toSize(value: unknown, negativeMessage: string): number {
  const n = toSsize(value);
  if (n < 0) throw new ValueError(negativeMessage);
  return n;
}

/**
 * The size or hint of a file's `read()`, `readline()` or `readlines()`
 * where Python takes an integer or None: None (or nothing) is -1, and
 * CPython words the errors differently from {@linkcode toSsize}.
 */
export function toOptionalSize(value: unknown): number {
  if (value === null || value === undefined) return -1;
  const integral = typeof value === "bigint" || typeof value === "boolean" ||
    (typeof value === "number" && Number.isInteger(value));
  if (!integral) {
    throw new TypeError(
      `argument should be integer or None, not '${pyTypeName(value)}'`,
    );
  }
  const n = toIndex(value);
  if (n >= 2 ** 63 || n < -(2 ** 63)) {
    throw new OverflowError("cannot fit 'int' into an index-sized integer");
  }
  return n;
}

/**
 * What a call raises when the caller's buffer is transferred or shrunk
 * while the call still uses it: Python's error for a released memoryview
 * (Python's own buffers cannot change under a call at all).
 */
export function releasedBuffer(): ValueError {
  return new ValueError("operation forbidden on released memoryview object");
}

/**
 * A bytes-like argument as a byte view over the caller's memory (no copy).
 * Strings and other values are Python's TypeError; a detached buffer is the
 * ValueError of a released memoryview.
 */
export function toBytes(value: unknown): Uint8Array {
  const buffer = ArrayBuffer.isView(value) ? value.buffer : value;
  if (buffer instanceof ArrayBuffer && buffer.detached) {
    // A transferred buffer is JavaScript's released memoryview.
    throw releasedBuffer();
  }
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new TypeError(
    `a bytes-like object is required, not '${pyTypeName(value)}'`,
  );
}

/**
 * A buffer a call writes into (Python's `w*` conversion), with Python's
 * TypeError for anything else: `argument` names it, as
 * `readinto() argument` or `recv_into() argument 1`.
 */
export function toWritableBytes(value: unknown, argument: string): Uint8Array {
  if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
    const type = value === null || value === undefined
      ? "None"
      : pyTypeName(value);
    throw new TypeError(
      `${argument} must be read-write bytes-like object, not ${type}`,
    );
  }
  return toBytes(value);
}

/**
 * A timeout in seconds as `settimeout()` takes it: `null` blocks, `0` is
 * non-blocking, a positive number waits that long.
 */
export function toTimeout(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  let seconds: number;
  if (typeof value === "number") {
    seconds = value;
  } else if (typeof value === "boolean" || typeof value === "bigint") {
    seconds = Number(value);
  } else {
    throw new TypeError(
      `'${pyTypeName(value)}' object cannot be interpreted as an integer`,
    );
  }
  if (Number.isNaN(seconds)) {
    throw new ValueError("Invalid value NaN (not a number)");
  }
  if (seconds < 0) throw new ValueError("Timeout value out of range");
  if (seconds > 9.2e9) {
    throw new OverflowError("timestamp out of range for platform time_t");
  }
  return seconds;
}

/**
 * A C string argument (Python's `s` format): a `str` with no NUL
 * character, as argument `position` of `caller`.
 */
export function toCString(
  value: unknown,
  caller: string,
  position: number,
): string {
  if (typeof value !== "string") {
    const type = value === null || value === undefined
      ? "None"
      : pyTypeName(value);
    throw new TypeError(
      `${caller}() argument ${position} must be str, not ${type}`,
    );
  }
  if (value.includes("\0")) throw new ValueError("embedded null character");
  return value;
}

/**
 * The `signal` of a call's trailing options (`null` and a missing one read
 * as none), checked the way CPython checks a keyword argument's type.
 */
export function toSignal(
  options: unknown,
  caller: string,
): AbortSignal | undefined {
  if (options === undefined || options === null) return undefined;
  let signal: unknown;
  try {
    signal = (options as { signal?: unknown }).signal;
  } catch (cause) {
    // A proxy or getter that throws: the options cannot be read, which is
    // a bad argument, not the engine's failure.
    throw new TypeError(`${caller}() options must be a readable object`, {
      cause,
    });
  }
  if (signal === undefined || signal === null) return undefined;
  if (!(signal instanceof AbortSignal)) {
    throw new TypeError(
      `${caller}() argument 'signal' must be AbortSignal or None, not ${
        pyTypeName(signal)
      }`,
    );
  }
  return signal;
}

/**
 * {@linkcode toSignal}, for a call that then waits: a signal aborted
 * already rejects the call before it does anything.
 */
export function waitSignal(
  options: unknown,
  caller: string,
): AbortSignal | undefined {
  const signal = toSignal(options, caller);
  signal?.throwIfAborted();
  return signal;
}

/**
 * An iterable argument's items (Python's `iter()`): `notIterable` is the
 * TypeError for a value that is not iterable; a view over a detached
 * buffer is the ValueError of a released memoryview.
 */
export function toList<T>(value: Iterable<T>, notIterable: string): T[] {
  if (
    value === null || value === undefined ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !==
      "function"
  ) {
    throw new TypeError(notIterable);
  }
  if (ArrayBuffer.isView(value)) toBytes(value);
  return Array.from(value);
}
