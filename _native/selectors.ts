// Python's selectors over native sockets, shaped as CPython's: the base
// selector's keys, mirrored into a kernel object. EpollSelector (Linux's
// DefaultSelector) owns an epoll instance, PollSelector a poll object,
// SelectSelector two descriptor sets for select(). Each refuses the main
// entry's sockets, as the main entry's refuse these.

import { OSError, ValueError } from "../errors.ts";
import type { Socket } from "../socket.ts";
import {
  DefaultSelector as BaseSelector,
  type FileObject,
  type SelectorKey,
} from "../selectors.ts";
import { READ, WRITE } from "../_select_args.ts";
import { checkSelectorTimeout } from "../_selector_timeout.ts";
import { setEngine } from "../_engine/handles.ts";
import { pyTypeName } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";
import { nativeEngine } from "./engine.ts";
import { Epoll } from "./epoll.ts";
import { C } from "./libc.ts";
import { Poll } from "./poll.ts";
import { nativeSelect } from "./select.ts";

// What an epoll and a poll object both offer (EPOLLIN/EPOLLOUT are
// POLLIN/POLLOUT, 1 and 4).
interface Poller {
  register(fd: number, eventmask: number): void;
  modify(fd: number, eventmask: number): void;
  unregister(fd: number): void;
}

// CPython's _PollLikeSelector, shared by the epoll and poll selectors: each
// change of a selector's keys is mirrored into its poller; `undo` takes a
// key back out of the base selector when the poller refuses it.
function mirrorRegister(
  poller: Poller,
  key: SelectorKey<unknown, FileObject>,
  undo: () => void,
): void {
  try {
    poller.register(key.fd, pollerEvents(key.events));
  } catch (e) {
    undo();
    throw e;
  }
}

function mirrorUnregister(poller: Poller, fd: number): void {
  try {
    poller.unregister(fd);
  } catch (e) {
    // The descriptor was closed since (the kernel dropped it), as
    // Python's selector ignores.
    if (!(e instanceof OSError)) throw e;
  }
}

// CPython reads the new events before it changes anything: the poller's
// new mask, or `null` if the events stay (or the key is not there: the
// base selector's modify() raises).
function newMask<Data, F extends FileObject>(
  selector: BaseSelector<Data, F>,
  fileobj: F | number,
  events: unknown,
): number | null {
  const before = selector.get_map()?.get(fileobj);
  return before !== undefined && events !== before.events
    ? pollerEvents(events)
    : null;
}

function mirrorModify(
  poller: Poller,
  fd: number,
  mask: number | null,
  undo: () => void,
): void {
  if (mask === null) return;
  try {
    poller.modify(fd, mask);
  } catch (e) {
    undo();
    throw e;
  }
}

// CPython's reading of `[fd, event]`s: anything but IN counts as
// writable, anything but OUT as readable (HUP, ERR, NVAL both ways),
// within what the key waits for.
function readyKeys<Data, F extends FileObject>(
  selector: BaseSelector<Data, F>,
  events: readonly [number, number][],
): [SelectorKey<Data, F>, number][] {
  const ready: [SelectorKey<Data, F>, number][] = [];
  for (const [fd, event] of events) {
    const key = selector.get_map()?.get(fd);
    if (key === undefined) continue;
    const mask = (event & ~C.EPOLLIN ? WRITE : 0) |
      (event & ~C.EPOLLOUT ? READ : 0);
    ready.push([key, mask & key.events]);
  }
  return ready;
}

// The selector's poller mask for selector events; what is no int is
// Python's TypeError of `events & EVENT_READ`.
function pollerEvents(events: unknown): number {
  if (typeof events === "boolean") events = Number(events);
  if (typeof events !== "number" || !Number.isInteger(events)) {
    throw new TypeError(
      `unsupported operand type(s) for &: '${pyTypeName(events)}' and 'int'`,
    );
  }
  return (events & READ ? C.EPOLLIN : 0) | (events & WRITE ? C.EPOLLOUT : 0);
}

function checkOpen(selector: { get_map(): unknown }): void {
  if (selector.get_map() === null) {
    throw new ValueError("I/O operation on closed epoll object");
  }
}

/**
 * Python's `selectors.EpollSelector` (which `DefaultSelector` is on Linux)
 * over native sockets: a kernel epoll instance of its own
 * ({@linkcode Epoll}), each `select()` one `epoll_wait(2)` on it.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers.
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
   * Registers `fileobj` for `events`, in the epoll instance too.
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
    mirrorRegister(this.#epoll, key, () => super.unregister(fileobj));
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
    mirrorUnregister(this.#epoll, key.fd);
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
    const mask = newMask(this, fileobj, events);
    const key = super.modify(fileobj, events, data);
    mirrorModify(this.#epoll, key.fd, mask, () => super.unregister(fileobj));
    return key;
  }

  /**
   * Waits until at least one registered socket is ready, or `timeout`
   * seconds pass.
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
    checkOpen(this);
    // Python's rounding: whole milliseconds, up.
    const limit = timeout === null
      ? null
      : timeout <= 0
      ? 0
      : Math.ceil(timeout * 1e3) * 1e-3;
    const size = Math.max(this.get_map()!.size, 1);
    return readyKeys(this, await this.#epoll.poll(limit, size, options));
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

/**
 * Python's `selectors.PollSelector` over native sockets: a poll object
 * ({@linkcode Poll}) of its own, each `select()` one `poll(2)`, so a
 * registered descriptor closed since is ready both ways (`POLLNVAL`).
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using sel = new socket.PollSelector();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * sel.register(a, socket.EVENT_WRITE);
 * assert.deepStrictEqual((await sel.select(0))[0]?.[1], socket.EVENT_WRITE);
 * ```
 */
export class NativePollSelector<Data = unknown, F extends FileObject = Socket>
  extends BaseSelector<Data, F> {
  readonly #poll: Poll = new Poll();

  /**
   * Registers `fileobj` for `events`, in the poll object too.
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
    mirrorRegister(this.#poll, key, () => super.unregister(fileobj));
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
    mirrorUnregister(this.#poll, key.fd);
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
    const mask = newMask(this, fileobj, events);
    const key = super.modify(fileobj, events, data);
    mirrorModify(this.#poll, key.fd, mask, () => super.unregister(fileobj));
    return key;
  }

  /**
   * Waits until at least one registered socket is ready, or `timeout`
   * seconds pass.
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
    checkOpen(this);
    // Python's rounding: whole milliseconds, up.
    const ms = timeout === null
      ? null
      : timeout <= 0
      ? 0
      : Math.ceil(timeout * 1e3);
    return readyKeys(this, await this.#poll.poll(ms, options));
  }
}

/**
 * Python's `selectors.SelectSelector` over native sockets: each `select()`
 * one `select()` of the sockets waited for reading and writing, so a
 * registered socket closed since raises `EBADF`.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using sel = new socket.SelectSelector();
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * sel.register(a, socket.EVENT_WRITE);
 * assert.deepStrictEqual((await sel.select(0))[0]?.[1], socket.EVENT_WRITE);
 * ```
 */
export class NativeSelectSelector<
  Data = unknown,
  F extends FileObject = Socket,
> extends BaseSelector<Data, F> {
  // Descriptor numbers waited for reading, and for writing.
  readonly #readers = new Set<number>();
  readonly #writers = new Set<number>();

  /**
   * Registers `fileobj` for `events`.
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
    this.#track(key);
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
    this.#readers.delete(key.fd);
    this.#writers.delete(key.fd);
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
    // CPython's BaseSelector.modify: new events register anew.
    if (this.get_map()?.get(fileobj)?.events === events) {
      return super.modify(fileobj, events, data);
    }
    this.unregister(fileobj);
    return this.register(fileobj as F, events, data);
  }

  #track(key: SelectorKey<Data, F>): void {
    const sets = [[this.#readers, READ], [this.#writers, WRITE]] as const;
    for (const [set, event] of sets) {
      if (key.events & event) set.add(key.fd);
      else set.delete(key.fd);
    }
  }

  /**
   * Waits until at least one registered socket is ready, or `timeout`
   * seconds pass.
   *
   * @param timeout `null` waits without limit; `0` or less polls.
   * @param options `signal`: stop waiting when it aborts, rejecting with
   * its reason ({@linkcode WaitOptions}).
   * @returns `[key, events]` for every socket `select()` reports.
   * @throws {OSError} `EBADF` (9) for a registered socket closed since.
   */
  override async select(
    timeout: number | null = null,
    options?: WaitOptions,
  ): Promise<[SelectorKey<Data, F>, number][]> {
    checkOpen(this);
    const [r, w] = await nativeSelect(
      [...this.#readers],
      [...this.#writers],
      [],
      timeout === null ? null : Math.max(timeout, 0),
      options,
    );
    const readable = new Set(r);
    const writable = new Set(w);
    const ready: [SelectorKey<Data, F>, number][] = [];
    for (const fd of new Set([...r, ...w])) {
      const key = this.get_map()?.get(fd);
      if (key === undefined) continue;
      const mask = (readable.has(fd) ? READ : 0) |
        (writable.has(fd) ? WRITE : 0);
      ready.push([key, mask & key.events]);
    }
    return ready;
  }

  /** Forgets every registration. */
  override close(): void {
    this.#readers.clear();
    this.#writers.clear();
    super.close();
  }
}
setEngine(NativeSelector, nativeEngine);
setEngine(NativePollSelector, nativeEngine);
setEngine(NativeSelectSelector, nativeEngine);
