// `struct msghdr`, `struct iovec` and `struct cmsghdr` for sendmsg(2) and
// recvmsg(2). LP64 on both x86_64 and aarch64: msghdr is 56 bytes (name,
// namelen, iov, iovlen, control, controllen, flags), iovec 16, cmsghdr 16
// (len as size_t, level, type) with data aligned to 8.

import type { Ancillary } from "../cmsg.ts";

/** `sizeof(struct msghdr)`. */
export const MSGHDR = 56;
const CMSG_HEADER = 16;

const align = (n: number) => (n + 7) & ~7;

// The address of `view`'s first byte (0 for an empty view).
function address(view: Uint8Array): bigint {
  if (view.byteLength === 0) return 0n;
  return Deno.UnsafePointer.value(Deno.UnsafePointer.of(view));
}

/**
 * A msghdr over `buffers` (iovecs pointing at the caller's memory), `name`
 * and `control`. Every view must stay alive, undetached, during the call
 * (the call is synchronous: the caller holds them).
 */
export function msghdr(
  buffers: readonly Uint8Array[],
  name: Uint8Array | null,
  control: Uint8Array | null,
): { header: Uint8Array; iov: Uint8Array } {
  const iov = new Uint8Array(Math.max(buffers.length, 1) * 16);
  const iovView = new DataView(iov.buffer);
  buffers.forEach((b, i) => {
    iovView.setBigUint64(i * 16, address(b), true);
    iovView.setBigUint64(i * 16 + 8, BigInt(b.byteLength), true);
  });
  const header = new Uint8Array(MSGHDR);
  const view = new DataView(header.buffer);
  if (name !== null) {
    view.setBigUint64(0, address(name), true);
    view.setUint32(8, name.byteLength, true);
  }
  view.setBigUint64(16, address(iov), true);
  view.setBigUint64(24, BigInt(buffers.length), true);
  if (control !== null && control.byteLength > 0) {
    view.setBigUint64(32, address(control), true);
    view.setBigUint64(40, BigInt(control.byteLength), true);
  }
  return { header, iov };
}

/** The msghdr's fields the kernel set: namelen, controllen, flags. */
export function received(header: Uint8Array): {
  namelen: number;
  controllen: number;
  flags: number;
} {
  const view = new DataView(header.buffer);
  return {
    namelen: view.getUint32(8, true),
    controllen: Number(view.getBigUint64(40, true)),
    flags: view.getInt32(48, true),
  };
}

/** Ancillary items as cmsghdrs, each CMSG_SPACE(len) bytes, as CPython. */
export function encodeControl(items: readonly Ancillary[]): Uint8Array {
  const size = items.reduce(
    (n, [, , d]) => n + CMSG_HEADER + align(d.length),
    0,
  );
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [level, type, data] of items) {
    view.setBigUint64(at, BigInt(CMSG_HEADER + data.length), true);
    view.setInt32(at + 8, level, true);
    view.setInt32(at + 12, type, true);
    out.set(data, at + CMSG_HEADER);
    at += CMSG_HEADER + align(data.length);
  }
  return out;
}

/** The ancillary items in the first `length` bytes of `control`. */
export function decodeControl(
  control: Uint8Array,
  length: number,
): Ancillary[] {
  const view = new DataView(control.buffer, control.byteOffset, length);
  const items: Ancillary[] = [];
  for (let at = 0; at + CMSG_HEADER <= length;) {
    const len = Number(view.getBigUint64(at, true));
    if (len < CMSG_HEADER) break;
    const end = Math.min(at + len, length);
    items.push([
      view.getInt32(at + 8, true),
      view.getInt32(at + 12, true),
      control.slice(at + CMSG_HEADER, end),
    ]);
    at += align(len);
  }
  return items;
}
