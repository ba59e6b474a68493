// select.select() and DefaultSelector over native sockets: the kernel's
// poll(2) answer, waited for through the reactor. Each refuses the main
// entry's sockets, as the main entry's refuse these.

import { OSError, ValueError } from "../errors.ts";
import type { Socket } from "../socket.ts";
import {
  DefaultSelector as BaseSelector,
  type FileObject,
  type SelectorKey,
} from "../selectors.ts";
import { EXCEPT, READ, selectArgs, WRITE } from "../_select_args.ts";
import { checkSelectorTimeout } from "../_selector_timeout.ts";
import { setEngine } from "../_engine/handles.ts";
import type { Transport } from "../_engine/transport.ts";
import { nativeEngine } from "./engine.ts";
import { C } from "./libc.ts";
import { Epoll } from "./epoll.ts";
import type { NativeSocket } from "./native_socket.ts";
import { type NativeInterest, waitNative } from "./readiness.ts";
import { toSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";

function interestOf(transport: NativeSocket, events: number): NativeInterest {
  // Exceptional conditions are seen while waiting to read.
  const waits = (events & (READ | EXCEPT) ? 1 : 0) | (events & WRITE ? 2 : 0);
  return { fd: transport.fd, entry: transport.entry, waits };
}

// select(2)'s sets: POLLIN_SET, POLLOUT_SET, POLLEX_SET.
function selectReady(revents: number): number {
  return (revents & (C.POLLIN | C.POLLHUP | C.POLLERR) ? READ : 0) |
    (revents & (C.POLLOUT | C.POLLERR) ? WRITE : 0) |
    (revents & C.POLLPRI ? EXCEPT : 0);
}

/**
 * Python's `select.select()` over native sockets.
 *
 * @param rlist Sockets to wait for reading.
 * @param wlist Sockets to wait for writing.
 * @param xlist Sockets to wait for exceptional conditions (urgent data).
 * @param timeout Seconds; `null` waits without limit, `0` polls.
 * @param options `signal`: stop waiting when it aborts, rejecting with its
 * reason ({@linkcode WaitOptions}).
 * @returns `[readable, writable, exceptional]`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.send(new Uint8Array([1]));
 * const [r, w] = await socket.select([b], [a], [], 1);
 * assert(r[0] === b && w[0] === a);
 * ```
 */
export async function nativeSelect<
  R extends FileObject,
  W extends FileObject,
  X extends FileObject,
>(
  rlist: readonly R[],
  wlist: readonly W[],
  xlist: readonly X[],
  timeout: number | null = null,
  options?: WaitOptions,
): Promise<[R[], W[], X[]]> {
  const signal = toSignal(options, "select");
  const [wanted, each] = selectArgs(
    [rlist, wlist, xlist],
    timeout,
    nativeEngine,
  );
  const transports = [...wanted.keys()] as NativeSocket[];
  const asked = transports.map((t) => wanted.get(t)!);
  const ready = await waitNative(
    transports.map((t, i) => interestOf(t, asked[i]!)),
    timeout,
    (revents, i) => selectReady(revents) & asked[i]!,
    signal,
  );
  const got = new Map<Transport, number>(
    transports.map((t, i) => [t, ready[i]!]),
  );
  return [
    rlist.filter((_, i) => got.get(each[0]![i]!)! & READ),
    wlist.filter((_, i) => got.get(each[1]![i]!)! & WRITE),
    xlist.filter((_, i) => got.get(each[2]![i]!)! & EXCEPT),
  ];
}

/**
 * Python's `selectors.EpollSelector` (which `DefaultSelector` is on Linux)
 * over native sockets: a kernel epoll instance of its own
 * ({@linkcode Epoll}), the registrations mirrored into it, each `select()`
 * the kernel's answer.
 *
 * @typeParam Data What the program attaches to each registration.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using sel = new socket.DefaultSelector();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * sel.register(b, socket.EVENT_READ);
 * assert.deepStrictEqual(await sel.select(0), []);
 * await a.send(new Uint8Array([1]));
 * const [[key, events]] = await sel.select(1) as [[socket.SelectorKey, number]];
 * assert(key.fileobj === b && events === socket.EVENT_READ);
 * ```
 */
export class NativeSelector<Data = unknown, F extends FileObject = Socket>
  extends BaseSelector<Data, F> {
  readonly #epoll: Epoll = new Epoll();

  /**
   * Registers `fileobj` for `events` in the selector's epoll instance.
   *
   * @param fileobj An open socket of this entry, its descriptor number, or
   * an object whose `fileno()` gives one.
   * @param events `EVENT_READ`, `EVENT_WRITE`, or both OR-ed.
   * @param data Anything the program wants back with the key.
   * @returns The new key.
   */
  override register(
    fileobj: F,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, F> {
    const key = super.register(fileobj, events, data);
    try {
      this.#epoll.register(key.fd, epollEvents(events));
    } catch (e) {
      super.unregister(fileobj);
      throw e;
    }
    return key;
  }

  /**
   * Stops watching `fileobj` (which may be closed already).
   *
   * @param fileobj A registered file object, or its descriptor number.
   * @returns Its key.
   */
  override unregister(fileobj: F | number): SelectorKey<Data, F> {
    const key = super.unregister(fileobj);
    try {
      this.#epoll.unregister(key.fd);
    } catch (e) {
      // The descriptor was closed since (the kernel dropped it), as
      // Python's selector ignores.
      if (!(e instanceof OSError)) throw e;
    }
    return key;
  }

  /**
   * Changes the events or the data of a registration.
   *
   * @param fileobj A registered file object, or its descriptor number.
   * @param events The new events.
   * @param data The new data.
   * @returns The new key.
   */
  override modify(
    fileobj: F | number,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, F> {
    const before = this.get_map()?.get(fileobj)?.events;
    const key = super.modify(fileobj, events, data);
    if (key.events !== before) {
      try {
        this.#epoll.modify(key.fd, epollEvents(events));
      } catch (e) {
        super.unregister(fileobj);
        throw e;
      }
    }
    return key;
  }

  /**
   * Waits until at least one registered socket is ready, or `timeout`
   * seconds pass: `epoll_wait(2)` on the selector's instance.
   *
   * @param timeout `null` waits without limit; `0` or less polls.
   * @param options `signal`: stop waiting when it aborts, rejecting with
   * its reason ({@linkcode WaitOptions}).
   * @returns `[key, events]` for every socket the kernel reports.
   */
  override async select(
    timeout: number | null = null,
    options?: WaitOptions,
  ): Promise<[SelectorKey<Data, F>, number][]> {
    checkSelectorTimeout(timeout);
    const map = this.get_map();
    if (map === null) {
      throw new ValueError("I/O operation on closed epoll object");
    }
    // Python's rounding: whole milliseconds, up.
    const limit = timeout === null
      ? null
      : timeout <= 0
      ? 0
      : Math.ceil(timeout * 1e3) * 1e-3;
    const events = await this.#epoll.poll(
      limit,
      Math.max(map.size, 1),
      options,
    );
    const ready: [SelectorKey<Data, F>, number][] = [];
    for (const [fd, event] of events) {
      const key = this.get_map()?.get(fd);
      if (key !== undefined) {
        ready.push([key, selectorEvents(event) & key.events]);
      }
    }
    return ready;
  }

  /**
   * The selector's epoll descriptor (Python's `EpollSelector.fileno()`).
   *
   * @returns Its number.
   */
  fileno(): number {
    return this.#epoll.fileno();
  }

  /** Forgets every registration and closes the epoll instance. */
  override close(): void {
    this.#epoll.close();
    super.close();
  }
}
setEngine(NativeSelector, nativeEngine);

function epollEvents(events: number): number {
  return (events & READ ? C.EPOLLIN : 0) | (events & WRITE ? C.EPOLLOUT : 0);
}

// CPython's reading of an epoll event: anything but EPOLLIN counts as
// writable, anything but EPOLLOUT as readable (HUP and ERR both ways).
function selectorEvents(event: number): number {
  return (event & ~C.EPOLLIN ? WRITE : 0) | (event & ~C.EPOLLOUT ? READ : 0);
}
