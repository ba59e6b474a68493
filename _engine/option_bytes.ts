// Options as bytes for the default engine, which keeps every option as an
// integer: the bytes are that integer, little-endian, as a C int reads.

import { oserror } from "../_oserror.ts";

/** `buflen` bytes of the integer `value` (zero beyond its four). */
export function intBytes(value: number, buflen: number): Uint8Array {
  const out = new Uint8Array(Math.max(buflen, 4));
  new DataView(out.buffer).setInt32(0, value, true);
  return out.slice(0, buflen);
}

/** The integer in 4 bytes; other sizes are EINVAL, as for an int option. */
export function bytesInt(bytes: Uint8Array): number {
  if (bytes.length !== 4) throw oserror(22);
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
}
