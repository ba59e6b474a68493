// `struct sockaddr_in`, `sockaddr_in6` and `sockaddr_un` as bytes, and
// Python's reading of whatever the kernel returns (CPython's makesockaddr).
// The layouts are the same on x86_64 and aarch64.

import type { Address } from "../address.ts";
import { formatIPv4, formatIPv6 } from "../_inet.ts";
import { tuple } from "../_engine/inet_address.ts";
import { libc } from "./libc.ts";

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
    case 16:
      // AF_NETLINK: (nl_pid, nl_groups).
      return tuple<[number, number]>([
        view.getUint32(4, true),
        view.getUint32(8, true),
      ]) as never;
    case 17:
      return packetAddress(buf, view);
    case 40:
      // AF_VSOCK: (svm_cid, svm_port).
      return tuple<[number, number]>([
        view.getUint32(8, true),
        view.getUint32(4, true),
      ]) as never;
    case 0:
      // AF_UNSPEC (a dissolved peer): nothing Python would name.
      return null;
  }
  // Any other family: CPython's (sa_family, sa_data) with 14 data bytes.
  const data = new Uint8Array(14);
  data.set(buf.subarray(2, Math.min(length, 16)));
  return [family, data] as never;
}

const nameBuffer = new Uint8Array(16);

// AF_PACKET: (ifname, proto, pkttype, hatype, addr), the interface's name
// from its index as CPython's SIOCGIFNAME ('' when it has none).
function packetAddress(buf: Uint8Array, view: DataView): Address {
  const index = view.getInt32(4, true);
  let ifname = "";
  if (index !== 0 && libc().if_indextoname(index, nameBuffer) !== null) {
    ifname = new TextDecoder().decode(
      nameBuffer.subarray(0, nameBuffer.indexOf(0)),
    );
  }
  const halen = Math.min(buf[11]!, 8);
  return [
    ifname,
    view.getUint16(2, false),
    view.getInt8(10),
    view.getInt16(8, true),
    buf.slice(12, 12 + halen),
  ] as never;
}
