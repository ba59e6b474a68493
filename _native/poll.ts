// Python's select.poll object: registrations kept here, each poll() one
// poll(2) over them with timeout 0 (the kernel's answer, POLLNVAL for a
// closed descriptor included). Only if nothing is ready does it wait: the
// registered descriptors go into an epoll instance made for that wait,
// whose own descriptor the reactor watches, so the reactor's rules hold.

import { setImmediate } from "node:timers";
import { KeyError } from "../selectors.ts";
import { RuntimeError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { descriptorOf } from "../_select_args.ts";
import { toSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";
import { nativeEngine } from "./engine.ts";
import { C, EPOLL_EVENT, errno, libc, POLLFD } from "./libc.ts";
import { pollMask, timeoutMs } from "./poll_args.ts";
import { spent, unwatch, watch } from "./reactor.ts";
import { wakeOrTimeout } from "./readiness.ts";

// The poll bits an epoll registration can wait for (the others, HUP, ERR
// and NVAL, are reported whatever was asked).
const EPOLL_BITS = C.POLLIN | C.POLLPRI | C.POLLOUT | C.POLLRDHUP;

/**
 * Python's `select.poll()` object: a set of descriptors and the events to
 * wait for on each; `poll()` returns what poll(2) reports.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const p = select.poll();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * p.register(b, select.POLLIN);
 * assert.deepStrictEqual(await p.poll(0), []);
 * await a.send(new Uint8Array([1]));
 * assert.deepStrictEqual(await p.poll(1000), [[b.fileno(), select.POLLIN]]);
 * ```
 */
export class Poll {
  // Descriptor → events, in registration order (poll(2)'s order).
  #fds = new Map<number, number>();
  #polling = false;

  /**
   * Python's `register(fd, eventmask=POLLIN|POLLPRI|POLLOUT)`; registering
   * again changes the events.
   *
   * @param fd A descriptor number or an object with `fileno()`.
   * @param eventmask `POLL*` bits.
   * @throws {TypeError} `an integer is required`.
   * @throws {ValueError} `value must be positive`.
   * @throws {OverflowError} `Python int too large for C unsigned short`.
   */
  register(
    fd: number | { fileno(): number },
    eventmask: number = C.POLLIN | C.POLLPRI | C.POLLOUT,
  ): void {
    const n = descriptorOf(fd, nativeEngine, "poll");
    this.#fds.set(n, pollMask(eventmask));
  }

  /**
   * Python's `modify(fd, eventmask)`.
   *
   * @param fd A registered descriptor.
   * @param eventmask The new `POLL*` bits.
   * @throws {FileNotFoundError} (2) if it is not registered.
   */
  modify(fd: number | { fileno(): number }, eventmask: number): void {
    const n = descriptorOf(fd, nativeEngine, "poll");
    const mask = pollMask(eventmask);
    if (!this.#fds.has(n)) throw oserror(2);
    this.#fds.set(n, mask);
  }

  /**
   * Python's `unregister(fd)`.
   *
   * @param fd A registered descriptor.
   * @throws {KeyError} The number, if it is not registered.
   */
  unregister(fd: number | { fileno(): number }): void {
    const n = descriptorOf(fd, nativeEngine, "poll");
    if (!this.#fds.delete(n)) throw new KeyError(n);
  }

  /**
   * Python's `poll(timeout=None)`: waits until a registered descriptor has
   * an event, or `timeout` milliseconds pass.
   *
   * @param timeout Milliseconds; `null` or a negative number waits without
   * limit, `0` looks once.
   * @param options `signal`: stop waiting when it aborts, rejecting with
   * its reason ({@linkcode WaitOptions}).
   * @returns `[fd, revents]` for each descriptor with events.
   * @throws {RuntimeError} `concurrent poll() invocation` while another
   * `poll()` of this object waits.
   */
  async poll(
    timeout: number | null = null,
    options?: WaitOptions,
  ): Promise<[number, number][]> {
    const ms = timeoutMs(timeout, 1);
    const signal = toSignal(options, "poll");
    if (this.#polling) {
      throw new RuntimeError("concurrent poll() invocation");
    }
    this.#polling = true;
    try {
      let found = this.#look();
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
        await this.#wait(left, signal);
        signal?.throwIfAborted();
        found = this.#look();
      }
      return found;
    } finally {
      this.#polling = false;
    }
  }

  // poll(2) with timeout 0 over the registrations.
  #look(): [number, number][] {
    const fds = [...this.#fds];
    const buf = new Uint8Array(Math.max(fds.length, 1) * POLLFD.size);
    const view = new DataView(buf.buffer);
    fds.forEach(([fd, events], i) => {
      view.setInt32(i * POLLFD.size, fd, true);
      view.setInt16(i * POLLFD.size + POLLFD.events, events, true);
    });
    let n: number;
    do n = libc().poll(buf, BigInt(fds.length), 0); while (
      n < 0 && errno() === C.EINTR
    );
    if (n < 0) throw oserror(errno());
    const out: [number, number][] = [];
    fds.forEach(([fd], i) => {
      const revents = view.getUint16(i * POLLFD.size + POLLFD.revents, true);
      if (revents !== 0) out.push([fd, revents]);
    });
    return out;
  }

  // Until a registered descriptor may have an event, `ms` pass or `signal`
  // aborts: an epoll instance of the registrations, watched by the reactor.
  async #wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    const lib = libc();
    const epfd = lib.epoll_create1(C.EPOLL_CLOEXEC);
    if (epfd < 0) throw oserror(errno());
    try {
      const ctl = new Uint8Array(EPOLL_EVENT.size);
      const view = new DataView(ctl.buffer);
      for (const [fd, events] of this.#fds) {
        view.setUint32(0, events & EPOLL_BITS, true);
        // A descriptor epoll refuses (a regular file, one closed since) is
        // reported by poll(2) at once: the look before this wait saw it.
        lib.epoll_ctl(epfd, C.EPOLL_CTL_ADD, fd, ctl);
      }
      const entry = watch(epfd);
      try {
        await wakeOrTimeout([{ fd: epfd, entry, waits: 1 }], ms, signal);
      } finally {
        unwatch(entry, oserror(9));
      }
    } finally {
      lib.close(epfd);
    }
  }
}

/**
 * Python's `select.poll()`.
 *
 * @returns A new poll object with no registrations.
 *
 * @example Usage
 * ```ts
 * import * as select from "@pysocket/socket/ffi/select";
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const p = select.poll();
 * assert.deepStrictEqual(await p.poll(0), []);
 * ```
 */
export function poll(): Poll {
  return new Poll();
}
