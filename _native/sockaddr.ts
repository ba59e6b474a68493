// `struct sockaddr_in`, `sockaddr_in6` and `sockaddr_un` as bytes, and
// Python's reading of whatever the kernel returns (CPython's makesockaddr).
// The layouts are the same on x86_64 and aarch64.

import type { Address } from "../address.ts";
import { formatIPv4, formatIPv6 } from "../_inet.ts";
import { tuple } from "../_engine/inet_address.ts";

/** `offsetof(struct sockaddr_un, sun_path)`. */
const SUN_PATH = 2;
/** `sizeof(struct sockaddr_un)`. */
export const SOCKADDR_UN = 110;

/** `struct sockaddr_in` (16 bytes): family, port (network order), addr. */
export function sockaddrIn(addr: Uint8Array, port: number): Uint8Array {
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  view.setUint16(0, 2, true);
  view.setUint16(2, port, false);
  out.set(addr, 4);
  return out;
}

/**
 * `struct sockaddr_in6` (28 bytes): family, port and flowinfo in network
 * order, addr, scope_id in host order.
 */
export function sockaddrIn6(
  addr: Uint8Array,
  port: number,
  flowinfo: number,
  scopeId: number,
): Uint8Array {
  const out = new Uint8Array(28);
  const view = new DataView(out.buffer);
  view.setUint16(0, 10, true);
  view.setUint16(2, port, false);
  view.setUint32(4, flowinfo, false);
  out.set(addr, 8);
  view.setUint32(24, scopeId, true);
  return out;
}

/**
 * `struct sockaddr_un` for `path` as CPython builds it: the length is the
 * path's (no NUL counted), so an abstract name (a leading NUL) is exact.
 */
export function sockaddrUn(path: Uint8Array): Uint8Array {
  const out = new Uint8Array(SUN_PATH + path.length);
  new DataView(out.buffer).setUint16(0, 1, true);
  out.set(path, SUN_PATH);
  return out;
}

/**
 * Python's address for the `length` bytes of `buf` the kernel filled:
 * `null` when it filled none (an unnamed sender, a TCP peer).
 */
export function decodeSockaddr(
  buf: Uint8Array,
  length: number,
): Address | null {
  if (length === 0) return null;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const family = view.getUint16(0, true);
  switch (family) {
    case 2:
      return tuple<[string, number]>([
        formatIPv4(buf.subarray(4, 8)),
        view.getUint16(2, false),
      ]);
    case 10:
      return tuple<[string, number, number, number]>([
        formatIPv6(buf.subarray(8, 24)),
        view.getUint16(2, false),
        view.getUint32(4, false),
        view.getUint32(24, true),
      ]);
    case 1: {
      const path = buf.subarray(SUN_PATH, length);
      if (path.length > 0 && path[0] === 0) {
        // A Linux abstract name: bytes, as Python returns it.
        return path.slice() as unknown as Address;
      }
      const nul = path.indexOf(0);
      return new TextDecoder().decode(
        nul === -1 ? path : path.subarray(0, nul),
      );
    }
  }
  // A family the engine never opens (AF_UNSPEC from a dissolved peer).
  return null;
}
