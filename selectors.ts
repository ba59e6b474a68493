// Python's `selectors` module over the engine's readiness: register sockets
// with the events to wait for, then `await sel.select()`.

import { OverflowError, RuntimeError, ValueError } from "./errors.ts";
import { oserror } from "./_oserror.ts";
import type { Socket } from "./socket.ts";
import { repr } from "./_pyrepr.ts";
import {
  checkEngine,
  type Engine,
  entryOf,
  setEngine,
  transportOf,
} from "./_engine/handles.ts";
import { defaultEngine } from "./_engine/transports.ts";
import { checkSelectorTimeout } from "./_selector_timeout.ts";
import { hold, release } from "./_engine/keepalive.ts";
import {
  kernelTurn,
  READ,
  watch,
  WRITE,
  yieldOnce,
} from "./_engine/readiness.ts";
import type { Transport } from "./_engine/transport.ts";
import { toSignal } from "./_validate.ts";
import type { WaitOptions } from "./wait_options.ts";

/**
 * Python's `selectors.EVENT_READ`: wait until the socket is readable (data,
 * EOF or an error to report; for a listening socket, a connection queued).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EVENT_READ === 1);
 * ```
 */
export const EVENT_READ: 1 = READ;

/**
 * Python's `selectors.EVENT_WRITE`: wait until a `send` would take at least
 * one byte, or a non-blocking connect has finished.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EVENT_WRITE === 2);
 * ```
 */
export const EVENT_WRITE: 2 = WRITE;

/**
 * Python's `KeyError`, as selectors raise it for a socket registered twice
 * or not registered. As in Python, `String(e)` is the repr of the message.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(String(new socket.KeyError("x is not registered")) === "'x is not registered'");
 * ```
 */
export class KeyError extends Error {
  /**
   * Builds the error; its message is `repr(key)`, as Python's `str(e)`.
   *
   * @param key The key (a number, as `poll.unregister` raises it) or the
   * explanation.
   */
  constructor(key: string | number) {
    super(repr(key));
  }

  /** The class name, as Python prints it. */
  override get name(): string {
    return "KeyError";
  }

  /**
   * Python's `str(e)`.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

/**
 * What selectors and `select()` watch, as Python's accept: a socket of this
 * module, its descriptor number (`fileno()`), or any object whose
 * `fileno()` returns one.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using s = socket.socket();
 * const watched: socket.FileObject[] = [s, s.fileno(), { fileno: () => s.fileno() }];
 * assert(watched.length === 3);
 * ```
 */
export type FileObject = Socket | number | { fileno(): number };

/**
 * Python's `selectors.SelectorKey`: a registered file object, its
 * descriptor number, the events waited for and the program's data.
 * Immutable.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers (sockets, unless it says so).
 */
export class SelectorKey<Data = unknown, F extends FileObject = Socket> {
  /** The registered file object, as given to `register`. */
  readonly fileobj: F;
  /** Its descriptor number when registered. */
  readonly fd: number;
  /** `EVENT_READ`, `EVENT_WRITE` or both. */
  readonly events: number;
  /** The data given to `register` or `modify` (`null` if none). */
  readonly data: Data | null;

  /**
   * Python builds keys inside `register`; so does this module.
   *
   * @param fileobj The file object.
   * @param fd Its descriptor number.
   * @param events The events waited for.
   * @param data The program's data.
   */
  constructor(fileobj: F, fd: number, events: number, data: Data | null) {
    this.fileobj = fileobj;
    this.fd = fd;
    this.events = events;
    this.data = data;
    Object.freeze(this);
  }

  /**
   * Python's repr: `SelectorKey(fileobj=<socket.socket …>, fd=3, events=1, data=None)`.
   *
   * @returns The representation.
   */
  toString(): string {
    return `SelectorKey(fileobj=${
      repr(this.fileobj)
    }, fd=${this.fd}, events=${this.events}, data=${repr(this.data)})`;
  }
}

/**
 * Python's `selectors.DefaultSelector`: waits on many sockets at once.
 * `select()` resolves as soon as one registered socket is ready, with every
 * socket ready at that moment; a timeout of `0` polls, `null` waits.
 *
 * Python's `SelectSelector`, `PollSelector` and `EpollSelector` are other
 * names for it, as is `selectors.DefaultSelector` itself on Linux.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers: sockets, unless it says so
 * (`DefaultSelector<string, socket.FileObject>` for descriptor numbers too).
 *
 * @example Accepting and reading with one selector
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * using srv = socket.socket();
 * srv.bind(["127.0.0.1", 0]);
 * srv.listen();
 * srv.setblocking(false);
 * using sel = new socket.DefaultSelector<string, typeof srv>();
 * sel.register(srv, socket.EVENT_READ, "listener");
 * using client = socket.socket();
 * await client.connect(srv.getsockname());
 * const events = await sel.select(5);
 * assert.deepStrictEqual(events.length, 1);
 * for (const [key, mask] of events) {
 *   assert(key.fileobj === srv && key.data === "listener");
 *   assert.deepStrictEqual(mask, socket.EVENT_READ);
 *   // key.fileobj is typed as srv is: the peer is [host, port].
 *   const [conn, [host, port]] = await key.fileobj.accept();
 *   conn.close();
 *   assert.deepStrictEqual([host, port], client.getsockname());
 * }
 * ```
 */
export class DefaultSelector<Data = unknown, F extends FileObject = Socket>
  implements Disposable {
  #keys: Map<number, SelectorKey<Data, F>> | null = new Map();
  #map: SelectorMapping<Data, F> | null = null;
  // By descriptor number, as #keys: each registration's transport and
  // watches. Watches outlive select() so that one over many idle sockets
  // subscribes and allocates nothing for them.
  #watchers = new Map<number, Watcher>();
  // The wake-ups of the select() calls waiting now.
  #wakers = new Set<() => void>();
  // Whether the last look found a socket waited for reading not readable.
  #unreadyRead = false;

  /**
   * Registers `fileobj` for `events`.
   *
   * @param fileobj An open socket, its descriptor number, or an object
   * whose `fileno()` gives one.
   * @param events `EVENT_READ`, `EVENT_WRITE`, or both OR-ed.
   * @param data Anything the program wants back with the key.
   * @returns The new key.
   * @throws {ValueError} `Invalid events: 0`, `Invalid file object: …`,
   * `Invalid file descriptor: -1` (a closed socket), or
   * `I/O operation on closed epoll object` after `close()`.
   * @throws {KeyError} `… (FD 3) is already registered`.
   * @throws {OSError} `EBADF` (9) for a number no open socket of this
   * module has.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector();
   * using s = socket.socket();
   * const key = sel.register(s, socket.EVENT_READ | socket.EVENT_WRITE);
   * assert(key.fd === s.fileno() && key.data === null);
   * ```
   */
  register(
    fileobj: F,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, F> {
    checkEvents(events);
    const fd = fdOf(fileobj);
    const keys = this.#open();
    if (keys.has(fd)) {
      throw new KeyError(`${repr(fileobj)} (FD ${fd}) is already registered`);
    }
    // Python's epoll.register: only an open descriptor can be watched.
    if (fd > 2 ** 31 - 1) {
      throw new OverflowError("Python int too large to convert to C int");
    }
    // A socket of the other entry's engine is refused; a number is that of
    // this selector's engine.
    const engine = entryOf(this.constructor)[1];
    if (transportOf.has(fileobj as object)) {
      checkEngine(fileobj as object, engine, "DefaultSelector");
    }
    const transport = engine.lookup(fd);
    if (transport === undefined) throw oserror(9);
    const key = new SelectorKey(fileobj, fd, events, data);
    keys.set(fd, key);
    this.#watchers.set(fd, { transport, armed: [null, null], live: true });
    return key;
  }

  /**
   * Stops watching `fileobj` (which may be closed already).
   *
   * @param fileobj A registered file object, or its descriptor number.
   * @returns Its key.
   * @throws {KeyError} `… is not registered`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector();
   * const s = socket.socket();
   * sel.register(s, socket.EVENT_READ);
   * s.close();
   * assert(sel.unregister(s).fileobj === s);
   * ```
   */
  unregister(fileobj: F | number): SelectorKey<Data, F> {
    const key = this.#find(fileobj);
    this.#keys!.delete(key.fd);
    this.#disarm(key.fd, 0);
    return key;
  }

  /**
   * Changes the events or the data of a registration.
   *
   * @param fileobj A registered file object, or its descriptor number.
   * @param events The new events.
   * @param data The new data.
   * @returns The new key.
   * @throws {KeyError} `… is not registered`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector<string>();
   * using s = socket.socket();
   * sel.register(s, socket.EVENT_READ, "a");
   * const key = sel.modify(s, socket.EVENT_WRITE, "b");
   * assert(key.events === socket.EVENT_WRITE && key.data === "b");
   * ```
   */
  modify(
    fileobj: F | number,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, F> {
    const key = this.#find(fileobj);
    // Python's epoll selector checks no events here: 0 just stops watching.
    if (events === key.events && data === key.data) return key;
    const changed = new SelectorKey(key.fileobj, key.fd, events, data);
    this.#keys!.set(key.fd, changed);
    // A direction no longer waited for must not wake select(). Events that
    // are no number are not coerced here (select() meets them): dropping
    // both watches is always safe, as select() subscribes again.
    this.#disarm(key.fd, typeof events === "number" ? events : 0, true);
    return changed;
  }

  /**
   * Waits until at least one registered socket is ready, or `timeout`
   * seconds pass.
   *
   * @param timeout `null` (default) waits without limit; `0` or less polls:
   * when nothing is ready it waits one timer turn of the event loop (1–4 ms
   * in Deno) so that data the kernel already holds is seen.
   * @param options `signal`: stop waiting when it aborts, rejecting with its
   * reason ({@linkcode WaitOptions}); nothing is consumed, so nothing is lost.
   * @returns `[key, events]` for every socket ready now (empty on timeout).
   * @throws {ValueError} `I/O operation on closed epoll object`,
   * `cannot convert float NaN to integer`.
   * @throws {OverflowError} For an infinite or too large timeout.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector();
   * const [a, b] = await socket.socketpair();
   * using _a = a, _b = b;
   * sel.register(b, socket.EVENT_READ);
   * assert.deepStrictEqual(await sel.select(0), []);
   * await a.send(new Uint8Array([1]));
   * const events = await sel.select(5);
   * assert.deepStrictEqual(events.map(([key, mask]) => [key.fileobj, mask]), [
   *   [b, socket.EVENT_READ],
   * ]);
   * ```
   */
  async select(
    timeout: number | null = null,
    options?: WaitOptions,
  ): Promise<[SelectorKey<Data, F>, number][]> {
    checkSelectorTimeout(timeout);
    // The registrations this call watches, with their watchers: a socket
    // closed already is left out, as epoll drops it.
    const keys: SelectorKey<Data, F>[] = [];
    const watchers: Watcher[] = [];
    for (const key of this.#open().values()) {
      const watcher = this.#watchers.get(key.fd)!;
      if (!isOpen(key, watcher, defaultEngine)) continue;
      keys.push(key);
      watchers.push(watcher);
    }
    const limit = timeout === null ? null : Math.max(timeout, 0);
    const signal = toSignal(options, "select");
    signal?.throwIfAborted();
    let wake!: () => void;
    let woken = new Promise<void>((resolve) => wake = resolve);
    const waker = () => wake();
    this.#wakers.add(waker);
    // An abort wakes the wait as its timer does.
    signal?.addEventListener("abort", waker);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let held = false;
    try {
      const ready = this.#look(keys, watchers, true) !== null;
      if (ready || limit === 0) {
        // Ready already, or a poll: the answer is the kernel's now, so the
        // reads the watches keep in flight must see what it holds.
        await kernelTurn(woken, this.#unreadyRead, ready);
        return this.#look(keys, watchers, false) ?? [];
      }
      // The watches' reads do not keep the process alive: the wait does.
      if (limit !== null) timer = setTimeout(waker, limit * 1000);
      else {
        hold();
        held = true;
      }
      const expires = limit === null ? Infinity : performance.now() +
        limit * 1000;
      for (;;) {
        await woken;
        signal?.throwIfAborted();
        // Other reads that one look at the kernel completed land too.
        await yieldOnce();
        const out = this.#look(keys, watchers, false);
        if (out !== null) return out;
        if (performance.now() >= expires - 0.5) return [];
        // Woken by a socket whose readiness was already taken: wait again,
        // a turn later so a socket that keeps waking cannot starve the loop.
        woken = new Promise<void>((resolve) => wake = resolve);
        await yieldOnce();
        // A socket ready by now has no watch left to wake this call; a timer
        // or an abort that fired during the yields woke the old promise.
        if (
          this.#look(keys, watchers, true) !== null || signal?.aborted ||
          performance.now() >= expires - 0.5
        ) wake();
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", waker);
      if (held) release();
      this.#wakers.delete(waker);
    }
  }

  // `[key, events]` for every key of `keys` ready now, or `null` if none is
  // (a socket closed while waiting counts as ready, then is dropped, as
  // epoll drops it). With `arm`, each direction waited for and not ready
  // gets a watch if it has none: a read watch also starts the read that
  // finds out.
  #look(
    keys: readonly SelectorKey<Data, F>[],
    watchers: readonly Watcher[],
    arm: boolean,
  ): [SelectorKey<Data, F>, number][] | null {
    let out: [SelectorKey<Data, F>, number][] | null = null;
    this.#unreadyRead = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const watcher = watchers[i]!;
      const { transport } = watcher;
      let ready = 0;
      if (key.events & READ) {
        if (transport.readable) ready |= READ;
        else {
          this.#unreadyRead = true;
          if (arm) this.#arm(watcher, 0);
        }
      }
      if (key.events & WRITE) {
        if (transport.writable) ready |= WRITE;
        else if (arm) this.#arm(watcher, 1);
      }
      if (ready === 0) continue;
      out ??= [];
      if (isOpen(key, watcher, defaultEngine)) out.push([key, ready]);
    }
    return out;
  }

  #arm(watcher: Watcher, direction: 0 | 1): void {
    // An unregistered socket's watcher may still be in a waiting call's
    // snapshot: it gets no new watch.
    if (watcher.armed[direction] !== null || !watcher.live) return;
    watcher.armed[direction] = watch(watcher.transport, direction, () => {
      watcher.armed[direction] = null;
      for (const wake of this.#wakers) wake();
    });
  }

  // Unsubscribes the watches of `fd` for the events not in `keep`; unless
  // `registered`, forgets its watcher.
  #disarm(fd: number, keep: number, registered = false): void {
    const watcher = this.#watchers.get(fd);
    if (watcher === undefined) return;
    for (const direction of [0, 1] as const) {
      if (keep & (direction === 0 ? READ : WRITE)) continue;
      watcher.armed[direction]?.();
      watcher.armed[direction] = null;
    }
    if (!registered) {
      watcher.live = false;
      this.#watchers.delete(fd);
    }
  }

  /**
   * The key of a registered file object.
   *
   * @param fileobj The file object, or its descriptor number.
   * @returns Its key.
   * @throws {KeyError} `… is not registered`.
   * @throws {RuntimeError} `Selector is closed`.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector();
   * using s = socket.socket();
   * sel.register(s, socket.EVENT_READ);
   * assert(sel.get_key(s).fileobj === s);
   * assert(sel.get_key(s.fileno()).fileobj === s);
   * ```
   */
  get_key(fileobj: F | number): SelectorKey<Data, F> {
    if (this.#keys === null) throw new RuntimeError("Selector is closed");
    return this.#find(fileobj);
  }

  /**
   * Every registration, looked up by file object or descriptor number;
   * `null` once closed.
   *
   * @returns A live, read-only view of the registrations.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const sel = new socket.DefaultSelector();
   * using s = socket.socket();
   * sel.register(s, socket.EVENT_READ);
   * const map = sel.get_map()!;
   * assert(map.get(s)?.fileobj === s && map.get(s.fileno())?.fileobj === s);
   * assert.deepStrictEqual([...map.keys()], [s.fileno()]);
   * sel.close();
   * assert(sel.get_map() === null);
   * ```
   */
  get_map(): SelectorMapping<Data, F> | null {
    if (this.#keys === null) return null;
    return this.#map ??= new SelectorMapping(this.#keys, (fileobj) => {
      try {
        return this.#find(fileobj);
      } catch (e) {
        if (e instanceof KeyError) return undefined;
        throw e;
      }
    });
  }

  /**
   * Forgets every registration; the sockets stay open. Closing twice is fine.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * const sel = new socket.DefaultSelector();
   * sel.close();
   * sel.close();
   * assert(sel.get_map() === null);
   * ```
   */
  close(): void {
    for (const fd of [...this.#watchers.keys()]) this.#disarm(fd, 0);
    this.#keys?.clear();
    this.#keys = null;
    this.#map = null;
  }

  /** Closes the selector at the end of a `using` block. */
  [Symbol.dispose](): void {
    this.close();
  }

  #open(): Map<number, SelectorKey<Data, F>> {
    if (this.#keys === null) {
      throw new ValueError("I/O operation on closed epoll object");
    }
    return this.#keys;
  }

  // Python's `_fileobj_lookup`: by descriptor number, or, for an object
  // that has none any more (a closed socket), by identity.
  #find(fileobj: F | number): SelectorKey<Data, F> {
    const keys = this.#keys ?? new Map<number, SelectorKey<Data, F>>();
    let fd: number;
    try {
      fd = fdOf(fileobj);
    } catch (e) {
      for (const key of keys.values()) if (key.fileobj === fileobj) return key;
      throw e;
    }
    const key = keys.get(fd);
    if (key === undefined) {
      throw new KeyError(`${repr(fileobj)} is not registered`);
    }
    return key;
  }
}

setEngine(DefaultSelector, defaultEngine);

/**
 * Python's `_SelectorMapping`, what `get_map()` returns: a read-only, live
 * view of a selector's keys by descriptor number, that also finds a key by
 * its file object.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam F What the program registers.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using sel = new socket.DefaultSelector<string>();
 * using s = socket.socket();
 * sel.register(s, socket.EVENT_READ, "data");
 * const map = sel.get_map()!;
 * assert(map.size === 1 && map.has(s) && map.get(s)?.data === "data");
 * ```
 */
export class SelectorMapping<Data = unknown, F extends FileObject = Socket>
  implements ReadonlyMap<number, SelectorKey<Data, F>> {
  readonly #keys: ReadonlyMap<number, SelectorKey<Data, F>>;
  readonly #find: (fileobj: F | number) => SelectorKey<Data, F> | undefined;

  /**
   * Made by `get_map()`, over the selector's own registrations.
   *
   * @param keys The registrations by descriptor number.
   * @param find Looks a file object or a number up, as Python's selector.
   */
  constructor(
    keys: ReadonlyMap<number, SelectorKey<Data, F>>,
    find: (fileobj: F | number) => SelectorKey<Data, F> | undefined,
  ) {
    this.#keys = keys;
    this.#find = find;
  }

  /** How many file objects are registered (Python's `len()`). */
  get size(): number {
    return this.#keys.size;
  }

  /**
   * The key of a file object or descriptor number, `undefined` if it is
   * not registered.
   *
   * @param fileobj The file object, or its number.
   * @returns Its key.
   * @throws {ValueError} `Invalid file object: …` for what is none.
   */
  get(fileobj: F | number): SelectorKey<Data, F> | undefined {
    return this.#find(fileobj);
  }

  /**
   * Whether a file object or descriptor number is registered (Python's
   * `in`).
   *
   * @param fileobj The file object, or its number.
   * @returns `true` if it is.
   */
  has(fileobj: F | number): boolean {
    return this.#find(fileobj) !== undefined;
  }

  /**
   * The registered descriptor numbers.
   *
   * @returns An iterator over them.
   */
  keys(): MapIterator<number> {
    return this.#keys.keys();
  }

  /**
   * The keys of every registration.
   *
   * @returns An iterator over them.
   */
  values(): MapIterator<SelectorKey<Data, F>> {
    return this.#keys.values();
  }

  /**
   * `[number, key]` for every registration.
   *
   * @returns An iterator over them.
   */
  entries(): MapIterator<[number, SelectorKey<Data, F>]> {
    return this.#keys.entries();
  }

  /**
   * Calls `callback` for every registration.
   *
   * @param callback Called with each key, its number and this mapping.
   */
  forEach(
    callback: (
      key: SelectorKey<Data, F>,
      fd: number,
      map: ReadonlyMap<number, SelectorKey<Data, F>>,
    ) => void,
  ): void {
    for (const [fd, key] of this.#keys) callback(key, fd, this);
  }

  /**
   * `[number, key]` for every registration, as `entries()`.
   *
   * @returns An iterator over them.
   */
  [Symbol.iterator](): MapIterator<[number, SelectorKey<Data, F>]> {
    return this.#keys.entries();
  }
}

/**
 * Python's `selectors.SelectSelector`: here the one selector of this module,
 * {@linkcode DefaultSelector}.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.SelectSelector === socket.DefaultSelector);
 * ```
 */
export const SelectSelector: typeof DefaultSelector = DefaultSelector;

/**
 * Python's `selectors.PollSelector`: here the one selector of this module,
 * {@linkcode DefaultSelector}.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using sel = new socket.PollSelector();
 * assert(sel instanceof socket.DefaultSelector);
 * ```
 */
export const PollSelector: typeof DefaultSelector = DefaultSelector;

/**
 * Python's `selectors.EpollSelector`, which `DefaultSelector` is on Linux.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.EpollSelector === socket.DefaultSelector);
 * ```
 */
export const EpollSelector: typeof DefaultSelector = DefaultSelector;

// A registration's transport and the unsubscribes of its read and write
// watches (`null`: none subscribed); `live` until it is unregistered.
interface Watcher {
  readonly transport: Transport;
  readonly armed: [(() => void) | null, (() => void) | null];
  live: boolean;
}

// Whether the socket of a registration is still open under its number (a
// closed one is left out of select(), as epoll drops it).
function isOpen(
  key: { readonly fd: number },
  watcher: Watcher,
  engine: Engine,
): boolean {
  return engine.lookup(key.fd) === watcher.transport;
}

function checkEvents(events: number): void {
  if (!Number.isInteger(events) || !events || events & ~(READ | WRITE)) {
    throw new ValueError(`Invalid events: ${repr(events)}`);
  }
}

// Python's `_fileobj_to_fd`: a number, or what `fileno()` returns.
function fdOf(fileobj: unknown): number {
  let fd: number;
  if (typeof fileobj === "number" && Number.isInteger(fileobj)) {
    fd = fileobj;
  } else {
    let n: unknown;
    try {
      n = (fileobj as { fileno(): unknown }).fileno();
    } catch (e) {
      // Python turns AttributeError, TypeError and ValueError into its own
      // ValueError; anything else fileno() raises escapes.
      if (!(e instanceof TypeError || e instanceof ValueError)) throw e;
      n = undefined;
    }
    // Python takes int(fileno()): a float is truncated.
    if (typeof n !== "number" || !Number.isFinite(n)) {
      throw new ValueError(`Invalid file object: ${repr(fileobj)}`);
    }
    fd = Math.trunc(n);
  }
  if (fd < 0) throw new ValueError(`Invalid file descriptor: ${fd}`);
  return fd;
}
