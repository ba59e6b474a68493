// Python's select.epoll over a real epoll instance of its own. poll() asks
// the kernel at once (epoll_wait with timeout 0); only if nothing is ready
// does it wait, by watching the instance's own descriptor in the reactor
// (an epoll descriptor is readable while it has events), so the reactor's
// rules hold: one pool call at most, none left when nobody waits.

import { setImmediate } from "node:timers";
import { OSError, ValueError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { descriptorOf } from "../_select_args.ts";
import { toSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";
import { own, release } from "./descriptors.ts";
import { nativeEngine } from "./engine.ts";
import { C, EPOLL_EVENT, errno, libc } from "./libc.ts";
import { cIntArg, epollMask, timeoutMs } from "./poll_args.ts";
import { spent, unwatch, watch, type Watched } from "./reactor.ts";
import { wakeOrTimeout } from "./readiness.ts";

/** Linux's FD_SETSIZE - 1: Python's maxevents when none is given. */
const DEFAULT_MAX_EVENTS = 1023;

// The descriptor fromfd() hands the constructor, while it runs.
let adopting: number | null = null;

/**
 * Python's `select.epoll` object: a kernel epoll instance. Registrations
 * take any descriptor the kernel can watch (sockets of this entry, pipes,
 * other epolls); `poll()` returns what the kernel reports.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using ep = select.epoll();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * ep.register(b, select.EPOLLIN);
 * assert.deepStrictEqual(await ep.poll(0), []);
 * await a.send(new Uint8Array([1]));
 * assert.deepStrictEqual(await ep.poll(1), [[b.fileno(), select.EPOLLIN]]);
 * ```
 */
export class Epoll implements Disposable {
  #fd: number;
  // Its place in the reactor, made at the first wait.
  #entry: Watched | null = null;
  #events: Uint8Array = new Uint8Array(0);
  #ctl: Uint8Array = new Uint8Array(EPOLL_EVENT.size);

  /**
   * Python's `select.epoll(sizehint=-1, flags=0)`: a new epoll instance,
   * not inheritable.
   *
   * @param sizehint Ignored by Linux; `-1` or a positive number.
   * @param flags `0` or `EPOLL_CLOEXEC` (deprecated, as in Python).
   * @throws {ValueError} `negative sizehint`.
   * @throws {OSError} `invalid flags`, or what `epoll_create1(2)` gives.
   */
  constructor(sizehint: number = -1, flags: number = 0) {
    if (cIntArg(sizehint) !== -1 && sizehint <= 0) {
      throw new ValueError("negative sizehint");
    }
    const given = cIntArg(flags);
    if (given !== 0 && given !== C.EPOLL_CLOEXEC) {
      throw new OSError("invalid flags");
    }
    if (adopting !== null) {
      this.#fd = adopting < 0 ? adopting : own(adopting);
      return;
    }
    const fd = libc().epoll_create1(C.EPOLL_CLOEXEC);
    if (fd < 0) throw oserror(errno());
    this.#fd = own(fd);
  }

  /**
   * Python's `select.epoll.fromfd(fd)`: an epoll object over an open epoll
   * descriptor, which it then owns (closes). `-1` makes a new instance, as
   * in CPython.
   *
   * @param fd The descriptor.
   * @returns The epoll object.
   */
  static fromfd(fd: number): Epoll {
    const n = cIntArg(fd);
    if (n === -1) return new Epoll();
    adopting = n;
    try {
      return new Epoll();
    } finally {
      adopting = null;
    }
  }

  /** Whether `close()` was called (Python's `closed`). */
  get closed(): boolean {
    return this.#fd < 0;
  }

  /**
   * The epoll descriptor.
   *
   * @returns Its number.
   * @throws {ValueError} `I/O operation on closed epoll object`.
   */
  fileno(): number {
    return this.#open();
  }

  /**
   * Python's `register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT)`.
   *
   * @param fd A descriptor number or an object with `fileno()`.
   * @param eventmask `EPOLL*` bits (taken modulo 2^32, as Python does).
   * @throws {OSError} As `epoll_ctl(2)`: `FileExistsError` (17) registered
   * already, `EBADF` (9), `PermissionError` (1) for a regular file.
   */
  register(
    fd: number | { fileno(): number },
    eventmask: number = C.EPOLLIN | C.EPOLLPRI | C.EPOLLOUT,
  ): void {
    this.#control(C.EPOLL_CTL_ADD, fd, epollMask(eventmask));
  }

  /**
   * Python's `modify(fd, eventmask)`.
   *
   * @param fd A registered descriptor.
   * @param eventmask The new `EPOLL*` bits.
   * @throws {FileNotFoundError} (2) if it is not registered.
   */
  modify(fd: number | { fileno(): number }, eventmask: number): void {
    this.#control(C.EPOLL_CTL_MOD, fd, epollMask(eventmask));
  }

  /**
   * Python's `unregister(fd)`.
   *
   * @param fd A registered descriptor.
   * @throws {FileNotFoundError} (2) if it is not registered.
   */
  unregister(fd: number | { fileno(): number }): void {
    this.#control(C.EPOLL_CTL_DEL, fd, 0);
  }

  #control(op: number, item: unknown, events: number): void {
    const epfd = this.#open();
    const fd = descriptorOf(item, nativeEngine, "epoll");
    const view = new DataView(this.#ctl.buffer);
    view.setUint32(0, events, true);
    // epoll_data_t holds the descriptor, as CPython's `data.fd`.
    view.setUint32(EPOLL_EVENT.data, fd, true);
    view.setUint32(EPOLL_EVENT.data + 4, 0, true);
    if (libc().epoll_ctl(epfd, op, fd, this.#ctl) < 0) throw oserror(errno());
  }

  /**
   * Python's `poll(timeout=None, maxevents=-1)`: waits until a registered
   * descriptor has an event, or `timeout` seconds pass.
   *
   * @param timeout Seconds, rounded up to milliseconds; `null` or a
   * negative number waits without limit, `0` looks once.
   * @param maxevents At most this many events (`-1`: 1023).
   * @param options `signal`: stop waiting when it aborts, rejecting with
   * its reason ({@linkcode WaitOptions}).
   * @returns `[fd, events]` for each descriptor with events.
   * @throws {ValueError} `maxevents must be greater than 0, got 0`.
   * @throws {OSError} `EBADF` (9) if the object is closed while it waits.
   */
  async poll(
    timeout: number | null = null,
    maxevents: number = -1,
    options?: WaitOptions,
  ): Promise<[number, number][]> {
    const ms = timeoutMs(timeout, 1000);
    let max = cIntArg(maxevents);
    if (max === -1) max = DEFAULT_MAX_EVENTS;
    else if (max < 1) {
      throw new ValueError(`maxevents must be greater than 0, got ${max}`);
    }
    const signal = toSignal(options, "poll");
    let found = this.#harvest(max);
    signal?.throwIfAborted();
    if (found.length > 0 || ms === 0) {
      // A loop of polls that always find something must let timers run.
      if (spent()) await new Promise((resolve) => setImmediate(resolve));
      return found;
    }
    const expires = ms < 0 ? Infinity : performance.now() + ms;
    while (found.length === 0) {
      const left = expires - performance.now();
      if (left <= 0) break;
      this.#entry ??= watch(this.#fd);
      const entry = this.#entry;
      await wakeOrTimeout([{ fd: this.#fd, entry, waits: 1 }], left, signal);
      signal?.throwIfAborted();
      if (this.#fd < 0) throw oserror(9);
      found = this.#harvest(max);
    }
    return found;
  }

  // epoll_wait(0): what the kernel has now, at most `max` events.
  #harvest(max: number): [number, number][] {
    const epfd = this.#open();
    if (this.#events.length < max * EPOLL_EVENT.size) {
      this.#events = new Uint8Array(max * EPOLL_EVENT.size);
    }
    let n: number;
    do n = libc().epoll_wait(epfd, this.#events, max, 0); while (
      n < 0 && errno() === C.EINTR
    );
    if (n < 0) throw oserror(errno());
    const view = new DataView(this.#events.buffer);
    const out: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const at = i * EPOLL_EVENT.size;
      out.push([
        view.getInt32(at + EPOLL_EVENT.data, true),
        view.getUint32(at, true),
      ]);
    }
    return out;
  }

  /**
   * Closes the epoll descriptor; a `poll()` waiting rejects with `EBADF`.
   * Closing twice is fine.
   */
  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    if (this.#entry !== null) unwatch(this.#entry, oserror(9));
    this.#entry = null;
    release(fd);
  }

  /** Closes the epoll object at the end of a `using` block. */
  [Symbol.dispose](): void {
    this.close();
  }

  #open(): number {
    if (this.#fd < 0) {
      throw new ValueError("I/O operation on closed epoll object");
    }
    return this.#fd;
  }
}

/**
 * Python's `select.epoll(sizehint=-1, flags=0)`.
 *
 * @param sizehint Ignored by Linux; `-1` or a positive number.
 * @param flags `0` or `EPOLL_CLOEXEC`.
 * @returns A new epoll object.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const ep = select.epoll();
 * assert(ep.fileno() >= 3 && !ep.closed);
 * ep.close();
 * assert(ep.closed);
 * ```
 */
export function epoll(sizehint: number = -1, flags: number = 0): Epoll {
  return new Epoll(sizehint, flags);
}
