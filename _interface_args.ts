// The arguments of Python's if_nametoindex(), if_indextoname() and
// sethostname(), converted as CPython converts them: both entries' calls
// start here.

import { OverflowError, ValueError } from "./errors.ts";
import { pyTypeName, toBytes } from "./_validate.ts";

/**
 * PyUnicode_FSConverter: a name (a string or its bytes) as bytes without
 * a NUL.
 */
export function fsBytes(name: unknown): Uint8Array {
  let bytes: Uint8Array;
  if (typeof name === "string") {
    bytes = new TextEncoder().encode(name);
  } else if (name instanceof Uint8Array) {
    // A detached buffer is Python's released memoryview (ValueError).
    bytes = toBytes(name);
  } else {
    throw new TypeError(
      `expected str, bytes or os.PathLike object, not ${pyTypeName(name)}`,
    );
  }
  if (bytes.includes(0)) throw new ValueError("embedded null byte");
  return bytes;
}

/**
 * if_indextoname's index: an integer as a C unsigned long, then cut to the
 * unsigned int libc takes (CPython's cast: 2**32 + 1 is index 1).
 */
export function interfaceIndexArg(index: unknown): number {
  if (typeof index === "boolean") index = Number(index);
  if (
    (typeof index !== "number" || !Number.isInteger(index)) &&
    typeof index !== "bigint"
  ) {
    throw new TypeError("an integer is required");
  }
  const wide = BigInt(index);
  if (wide < 0n) {
    throw new OverflowError("can't convert negative value to unsigned int");
  }
  if (wide >= 2n ** 64n) {
    throw new OverflowError(
      "Python int too large to convert to C unsigned long",
    );
  }
  return Number(BigInt.asUintN(32, wide));
}
