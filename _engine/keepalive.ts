// Keeping the process alive while the program waits on something that
// cannot be ref'd itself: Deno's node:dgram sockets honour unref() only
// before they start receiving, and never ref() after it. One timer serves
// every waiter.

let holders = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** The process stays alive until a matching `release()`. */
export function hold(): void {
  if (holders++ === 0) timer = setInterval(() => {}, 2 ** 30);
}

/** Undoes one `hold()`. */
export function release(): void {
  if (--holders === 0) {
    clearInterval(timer);
    timer = undefined;
  }
}
