// File descriptor numbers: process-unique small integers, lowest free first,
// as the kernel hands them out (0-2 are the standard streams). Released
// numbers wait in a binary min-heap, so taking one costs O(log n) rather
// than a scan from 3 (quadratic for a server holding 10,000 sockets).

const inUse = new Set<number>();
const released: number[] = [];
let next = 3;

/** Takes the lowest free descriptor number. */
export function allocateFd(): number {
  let fd = next;
  if (released.length > 0) {
    fd = released[0]!;
    const last = released.pop()!;
    if (released.length > 0) siftDown(last);
  } else {
    next++;
  }
  inUse.add(fd);
  return fd;
}

/** Gives a descriptor number back; giving one back twice does nothing. */
export function releaseFd(fd: number): void {
  if (!inUse.delete(fd)) return;
  let i = released.length;
  released.push(fd);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (released[parent]! <= fd) break;
    released[i] = released[parent]!;
    i = parent;
  }
  released[i] = fd;
}

// Puts `value` at the root and moves it down to its place.
function siftDown(value: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= released.length) break;
    if (
      child + 1 < released.length && released[child + 1]! < released[child]!
    ) child++;
    if (released[child]! >= value) break;
    released[i] = released[child]!;
    i = child;
  }
  released[i] = value;
}
