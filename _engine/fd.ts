// File descriptor numbers: process-unique small integers, lowest free first,
// as the kernel hands them out (0-2 are the standard streams).

const inUse = new Set<number>();

/** Takes the lowest free descriptor number. */
export function allocateFd(): number {
  let fd = 3;
  while (inUse.has(fd)) fd++;
  inUse.add(fd);
  return fd;
}

/** Gives a descriptor number back. */
export function releaseFd(fd: number): void {
  inUse.delete(fd);
}
