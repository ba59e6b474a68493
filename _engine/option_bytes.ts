// Options as bytes for the default engine, which keeps every option as an
// integer: the bytes are that integer, little-endian, as a C int reads.

import { oserror } from "../_oserror.ts";

const IPPROTO_IP = 0;

/**
 * The bytes Linux gives for an integer option read into `buflen` bytes:
 * the int's first `buflen` bytes, never more than its four (the kernel
 * trims the length). An IPv4-level option asked for fewer than four bytes
 * whose value fits one comes as that one byte (ip_getsockopt's char form).
 */
export function intBytes(
  level: number,
  value: number,
  buflen: number,
): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, value, true);
  if (level === IPPROTO_IP && buflen < 4 && value >= 0 && value <= 255) {
    return out.slice(0, 1);
  }
  return out.slice(0, Math.min(buflen, 4));
}

/** The integer in 4 bytes; other sizes are EINVAL, as for an int option. */
export function bytesInt(bytes: Uint8Array): number {
  if (bytes.length !== 4) throw oserror(22);
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
}
