// The descriptors the native engine holds open. Deno's resource sanitizer
// cannot see them, so the engine counts them itself and the tests check
// the count comes back to where it was.

import { errno, libc } from "./libc.ts";
import { oserror } from "../_oserror.ts";

const open = new Set<number>();

/** Records a descriptor the engine now owns. */
export function own(fd: number): number {
  open.add(fd);
  return fd;
}

/** Gives up a descriptor without closing it (detach()); returns it. */
export function disown(fd: number): number {
  open.delete(fd);
  return fd;
}

/**
 * Closes a descriptor the engine owns. One closed under its socket already
 * (another socket over the same number, or `close(fd)`) is EBADF, as
 * CPython's close() says (oracle L32).
 */
export function release(fd: number): void {
  if (!open.delete(fd)) throw oserror(9);
  if (libc().close(fd) < 0) throw oserror(errno());
}

/**
 * How many descriptors the native engine holds open now (its epoll and
 * eventfd not counted).
 */
export function openDescriptors(): number {
  return open.size;
}
