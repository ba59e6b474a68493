// Waiting until some of many sockets are ready, for selectors and select().
// A transport's whenReadable()/whenWritable() cannot be cancelled, so each
// transport gets at most one such promise per direction (a "watch") and
// callers subscribe to it and unsubscribe when they return: a selector that
// polls an idle socket a million times adds no handler to it.

import { setImmediate } from "node:timers";
import { settlesThisTurn } from "./deadline.ts";
import type { Transport } from "./transport.ts";

/** Python's `EVENT_READ`: readable. */
export const READ = 1;
/** Python's `EVENT_WRITE`: writable. */
export const WRITE = 2;

type Watch = Set<() => void>;

const watches = [
  new WeakMap<Transport, Watch>(),
  new WeakMap<Transport, Watch>(),
];

/**
 * Subscribes `wake` to `transport` becoming ready in `direction` (0 read,
 * 1 write), once; returns the unsubscribe.
 */
export function watch(
  transport: Transport,
  direction: 0 | 1,
  wake: () => void,
): () => void {
  const byTransport = watches[direction]!;
  let listeners = byTransport.get(transport);
  if (listeners === undefined) {
    const fresh: Watch = new Set();
    listeners = fresh;
    byTransport.set(transport, fresh);
    const fire = () => {
      byTransport.delete(transport);
      for (const listener of fresh) listener();
    };
    (direction === 0 ? transport.whenReadable() : transport.whenWritable())
      .then(fire, fire);
  }
  listeners.add(wake);
  const subscribed = listeners;
  return () => subscribed.delete(wake);
}

/** One socket and the events a caller waits for on it. */
export interface Interest {
  transport: Transport;
  events: number;
}

// The events of `interest` that hold now.
function readyNow(interest: Interest): number {
  const { transport, events } = interest;
  return (events & READ && transport.readable ? READ : 0) |
    (events & WRITE && transport.writable ? WRITE : 0);
}

/**
 * Waits until at least one interest is ready or `timeout` seconds pass
 * (`null`: no limit; `0`: one look after one event-loop turn), then returns
 * every interest's ready events at that moment (0 for those not ready).
 * An abort of `signal` ends the wait as the timeout does, rejecting with
 * its reason. Nothing is left behind: no timer, no subscription.
 */
export async function waitReady(
  interests: readonly Interest[],
  timeout: number | null,
  signal?: AbortSignal,
): Promise<number[]> {
  signal?.throwIfAborted();
  let wake!: () => void;
  let woken = new Promise<void>((resolve) => wake = resolve);
  const unsubscribe: (() => void)[] = [];
  // Only directions not ready yet need a watch (a read watch also starts
  // the read that finds out).
  const subscribe = () => {
    for (const { transport, events } of interests) {
      if (events & READ && !transport.readable) {
        unsubscribe.push(watch(transport, 0, () => wake()));
      }
      if (events & WRITE && !transport.writable) {
        unsubscribe.push(watch(transport, 1, () => wake()));
      }
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const abort = () => wake();
  signal?.addEventListener("abort", abort);
  try {
    subscribe();
    let ready = interests.map(readyNow);
    if (ready.some((events) => events !== 0)) {
      // Ready already: still yield once, so a program that always finds a
      // socket ready (writable, say) cannot starve the event loop.
      await yieldOnce();
      return interests.map(readyNow);
    }
    if (timeout === 0) {
      // A poll: one turn of the event loop lets data the kernel already
      // holds reach the reads the watches started.
      await settlesThisTurn(woken);
      return interests.map(readyNow);
    }
    if (timeout !== null) {
      timer = setTimeout(() => wake(), timeout * 1000);
    }
    const expires = timeout === null ? Infinity : performance.now() +
      timeout * 1000;
    for (;;) {
      await woken;
      signal?.throwIfAborted();
      ready = interests.map(readyNow);
      if (ready.some((events) => events !== 0)) return ready;
      if (performance.now() >= expires - 0.5) return ready;
      // Woken by a socket whose readiness was already taken: wait again,
      // a turn later so a socket that keeps waking cannot starve the loop.
      for (const done of unsubscribe.splice(0)) done();
      await yieldOnce();
      woken = new Promise<void>((resolve) => wake = resolve);
      subscribe();
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
    for (const done of unsubscribe) done();
  }
}

/** A macrotask turn without a timer: ~6 µs where setTimeout(0) costs 1-4 ms. */
export function yieldOnce(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
