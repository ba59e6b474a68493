// Python's `selectors` module over the engine's readiness: register sockets
// with the events to wait for, then `await sel.select()`.

import { OverflowError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { repr, reprStr } from "./_pyrepr.ts";
import { transportOf } from "./_engine/handles.ts";
import { settlesThisTurn } from "./_engine/deadline.ts";
import { READ, watch, WRITE, yieldOnce } from "./_engine/readiness.ts";
import type { Transport } from "./_engine/transport.ts";

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
   * Builds the error; its message is `repr(text)`, as Python's `str(e)`.
   *
   * @param text The key or the explanation.
   */
  constructor(text: string) {
    super(reprStr(text));
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
 * Python's `selectors.SelectorKey`: a registered socket, its descriptor
 * number, the events waited for and the program's data. Immutable.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam S The registered sockets' type.
 */
export class SelectorKey<Data = unknown, S extends Socket = Socket> {
  /** The registered socket. */
  readonly fileobj: S;
  /** Its descriptor number when registered. */
  readonly fd: number;
  /** `EVENT_READ`, `EVENT_WRITE` or both. */
  readonly events: number;
  /** The data given to `register` or `modify` (`null` if none). */
  readonly data: Data | null;

  /**
   * Python builds keys inside `register`; so does this module.
   *
   * @param fileobj The socket.
   * @param fd Its descriptor number.
   * @param events The events waited for.
   * @param data The program's data.
   */
  constructor(fileobj: S, fd: number, events: number, data: Data | null) {
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
    return `SelectorKey(fileobj=${this.fileobj}, fd=${this.fd}, events=${this.events}, data=${
      repr(this.data)
    })`;
  }
}

/**
 * Python's `selectors.DefaultSelector`: waits on many sockets at once.
 * `select()` resolves as soon as one registered socket is ready, with every
 * socket ready at that moment; a timeout of `0` polls, `null` waits.
 *
 * @typeParam Data What the program attaches to each registration.
 * @typeParam S The sockets it watches (any {@linkcode Socket} when left
 * out): the type of each key's `fileobj`, so a selector of
 * `Socket<InetAddress, 1>` gives `[host, port]` from `key.fileobj.accept()`.
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
export class DefaultSelector<Data = unknown, S extends Socket = Socket>
  implements Disposable {
  #keys: Map<number, SelectorKey<Data, S>> | null = new Map();
  // By descriptor number, as #keys: each registration's transport and
  // watches. Watches outlive select() so that one over many idle sockets
  // subscribes and allocates nothing for them.
  #watchers = new Map<number, Watcher>();
  // The wake-ups of the select() calls waiting now.
  #wakers = new Set<() => void>();

  /**
   * Registers `fileobj` for `events`.
   *
   * @param fileobj An open socket.
   * @param events `EVENT_READ`, `EVENT_WRITE`, or both OR-ed.
   * @param data Anything the program wants back with the key.
   * @returns The new key.
   * @throws {ValueError} `Invalid events: 0`, `Invalid file object: …`,
   * `Invalid file descriptor: -1` (a closed socket), or
   * `I/O operation on closed epoll object` after `close()`.
   * @throws {KeyError} `… (FD 3) is already registered`.
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
    fileobj: S,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, S> {
    checkEvents(events);
    const fd = fdOf(fileobj);
    const keys = this.#open();
    if (keys.has(fd)) {
      throw new KeyError(`${repr(fileobj)} (FD ${fd}) is already registered`);
    }
    const key = new SelectorKey(fileobj, fd, events, data);
    keys.set(fd, key);
    this.#watchers.set(fd, {
      transport: transportOf.get(fileobj) as Transport,
      armed: [null, null],
      live: true,
    });
    return key;
  }

  /**
   * Stops watching `fileobj` (which may be closed already).
   *
   * @param fileobj A registered socket.
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
  unregister(fileobj: Socket): SelectorKey<Data, S> {
    const key = this.#find(fileobj);
    this.#keys!.delete(key.fd);
    this.#disarm(key.fd, 0);
    return key;
  }

  /**
   * Changes the events or the data of a registration.
   *
   * @param fileobj A registered socket.
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
    fileobj: Socket,
    events: number,
    data: Data | null = null,
  ): SelectorKey<Data, S> {
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
  ): Promise<[SelectorKey<Data, S>, number][]> {
    if (timeout !== null && typeof timeout !== "number") {
      throw new TypeError("timeout must be a float or None");
    }
    // Python rounds the timeout up to whole milliseconds with math.ceil,
    // which rejects NaN and infinity; epoll then rejects what overflows.
    if (Number.isNaN(timeout)) {
      throw new ValueError("cannot convert float NaN to integer");
    }
    if (timeout === Infinity || timeout === -Infinity) {
      throw new OverflowError("cannot convert float infinity to integer");
    }
    if (timeout !== null && timeout > 9.2e9) {
      throw new OverflowError("timestamp out of range for platform time_t");
    }
    // The registrations this call watches, with their watchers: a socket
    // closed already is left out, as epoll drops it.
    const keys: SelectorKey<Data, S>[] = [];
    const watchers: Watcher[] = [];
    for (const key of this.#open().values()) {
      if (key.fileobj.fileno() === -1) continue;
      keys.push(key);
      watchers.push(this.#watchers.get(key.fd)!);
    }
    const limit = timeout === null ? null : Math.max(timeout, 0);
    let wake!: () => void;
    let woken = new Promise<void>((resolve) => wake = resolve);
    const waker = () => wake();
    this.#wakers.add(waker);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (this.#look(keys, watchers, true) !== null) {
        // Ready already: still yield once, so a program that always finds a
        // socket ready (writable, say) cannot starve the event loop.
        await yieldOnce();
        return this.#look(keys, watchers, false) ?? [];
      }
      if (limit === 0) {
        // A poll: one turn of the event loop lets data the kernel already
        // holds reach the reads the watches started.
        await settlesThisTurn(woken);
        return this.#look(keys, watchers, false) ?? [];
      }
      if (limit !== null) timer = setTimeout(waker, limit * 1000);
      const expires = limit === null ? Infinity : performance.now() +
        limit * 1000;
      for (;;) {
        await woken;
        const out = this.#look(keys, watchers, false);
        if (out !== null) return out;
        if (performance.now() >= expires - 0.5) return [];
        // Woken by a socket whose readiness was already taken: wait again,
        // a turn later so a socket that keeps waking cannot starve the loop.
        woken = new Promise<void>((resolve) => wake = resolve);
        await yieldOnce();
        // A socket ready by now has no watch left to wake this call.
        if (this.#look(keys, watchers, true) !== null) wake();
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this.#wakers.delete(waker);
    }
  }

  // `[key, events]` for every key of `keys` ready now, or `null` if none is
  // (a socket closed while waiting counts as ready, then is dropped, as
  // epoll drops it). With `arm`, each direction waited for and not ready
  // gets a watch if it has none: a read watch also starts the read that
  // finds out.
  #look(
    keys: readonly SelectorKey<Data, S>[],
    watchers: readonly Watcher[],
    arm: boolean,
  ): [SelectorKey<Data, S>, number][] | null {
    let out: [SelectorKey<Data, S>, number][] | null = null;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const watcher = watchers[i]!;
      const { transport } = watcher;
      let ready = 0;
      if (key.events & READ) {
        if (transport.readable) ready |= READ;
        else if (arm) this.#arm(watcher, 0);
      }
      if (key.events & WRITE) {
        if (transport.writable) ready |= WRITE;
        else if (arm) this.#arm(watcher, 1);
      }
      if (ready === 0) continue;
      out ??= [];
      if (key.fileobj.fileno() !== -1) out.push([key, ready]);
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
   * The key of a registered socket.
   *
   * @param fileobj The socket.
   * @returns Its key.
   * @throws {KeyError} `… is not registered`.
   * @throws {Error} `Selector is closed` (Python's RuntimeError).
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import assert from "node:assert/strict";
   * using sel = new socket.DefaultSelector();
   * using s = socket.socket();
   * sel.register(s, socket.EVENT_READ);
   * assert(sel.get_key(s).fileobj === s);
   * ```
   */
  get_key(fileobj: Socket): SelectorKey<Data, S> {
    if (this.#keys === null) throw new Error("Selector is closed");
    return this.#find(fileobj);
  }

  /**
   * Every registration, by descriptor number; `null` once closed.
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
   * assert(sel.get_map()?.get(s.fileno())?.fileobj === s);
   * sel.close();
   * assert(sel.get_map() === null);
   * ```
   */
  get_map(): ReadonlyMap<number, SelectorKey<Data, S>> | null {
    return this.#keys;
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
  }

  /** Closes the selector at the end of a `using` block. */
  [Symbol.dispose](): void {
    this.close();
  }

  #open(): Map<number, SelectorKey<Data, S>> {
    if (this.#keys === null) {
      throw new ValueError("I/O operation on closed epoll object");
    }
    return this.#keys;
  }

  // A closed socket is found by identity, so it can still be unregistered.
  #find(fileobj: Socket): SelectorKey<Data, S> {
    const keys = this.#keys ?? new Map<number, SelectorKey<Data, S>>();
    let fd: number;
    try {
      fd = fdOf(fileobj);
    } catch (e) {
      const key = [...keys.values()].find((k) => k.fileobj === fileobj);
      if (key !== undefined) return key;
      if (!(e instanceof ValueError)) throw e;
      throw new KeyError(`${repr(fileobj)} is not registered`);
    }
    const key = keys.get(fd);
    if (key === undefined) {
      throw new KeyError(`${repr(fileobj)} is not registered`);
    }
    return key;
  }
}

// A registration's transport and the unsubscribes of its read and write
// watches (`null`: none subscribed); `live` until it is unregistered.
interface Watcher {
  readonly transport: Transport;
  readonly armed: [(() => void) | null, (() => void) | null];
  live: boolean;
}

function checkEvents(events: number): void {
  if (!Number.isInteger(events) || !events || events & ~(READ | WRITE)) {
    throw new ValueError(`Invalid events: ${repr(events)}`);
  }
}

// Python's `_fileobj_to_fd`, for the objects this module can watch.
function fdOf(fileobj: Socket): number {
  if (!transportOf.has(fileobj as object)) {
    throw new ValueError(`Invalid file object: ${repr(fileobj)}`);
  }
  const fd = fileobj.fileno();
  if (fd < 0) throw new ValueError(`Invalid file descriptor: ${fd}`);
  return fd;
}
