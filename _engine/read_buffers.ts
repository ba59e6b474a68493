// Read-ahead buffers recycled across the process. A fresh ArrayBuffer costs
// more than the read it serves (≈5 µs for 4 KiB, 11 µs for 64 KiB here, and
// GC work later), so a socket that drains its buffer hands it back instead
// of dropping it, and the next read anywhere takes it. Sockets never hold a
// buffer while idle; the pool holds at most KEPT_BYTES of each size, enough
// for thousands of connections taking turns without a 4 KiB allocation each.

const KEPT_BYTES = 1 << 20;
const free = new Map<number, Uint8Array[]>();

/** A buffer of exactly `size` bytes; its old contents are garbage. */
export function takeBuffer(size: number): Uint8Array {
  return free.get(size)?.pop() ?? new Uint8Array(size);
}

/**
 * Returns `buf` to the pool. Only for a buffer no read is still writing
 * into and no caller has a view of.
 */
export function giveBack(buf: Uint8Array): void {
  let list = free.get(buf.length);
  if (list === undefined) free.set(buf.length, list = []);
  if ((list.length + 1) * buf.length <= KEPT_BYTES) list.push(buf);
}
