// File descriptor numbers: process-unique small integers, lowest free first,
// as the kernel hands them out (0-2 are the standard streams). Freed numbers
// wait in a min-heap, so taking one costs O(log n) even with 10,000 open.

const freed: number[] = [];
let next = 3;

/** Takes the lowest free descriptor number. */
export function allocateFd(): number {
  if (freed.length === 0) return next++;
  const fd = freed[0]!;
  const last = freed.pop()!;
  if (freed.length > 0) {
    // Sift the last element down from the root.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= freed.length) break;
      const right = left + 1;
      const child = right < freed.length && freed[right]! < freed[left]!
        ? right
        : left;
      if (freed[child]! >= last) break;
      freed[i] = freed[child]!;
      i = child;
    }
    freed[i] = last;
  }
  return fd;
}

/** Gives a descriptor number back. */
export function releaseFd(fd: number): void {
  let i = freed.length;
  freed.push(fd);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (freed[parent]! <= fd) break;
    freed[i] = freed[parent]!;
    i = parent;
  }
  freed[i] = fd;
}
