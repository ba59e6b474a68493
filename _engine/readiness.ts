// Waiting until some of many sockets are ready, for selectors and select().
// A transport's whenReadable()/whenWritable() cannot be cancelled, so each
// transport gets at most one such promise per direction (a "watch") and
// callers subscribe to it and unsubscribe when they return: a selector that
// polls an idle socket a million times adds no handler to it.

import { setImmediate } from "node:timers";
import { timerTurn } from "./deadline.ts";
import { kernelPolled } from "./kernel_poll.ts";
import { hold, release } from "./keepalive.ts";
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
  let held = false;
  try {
    subscribe();
    let ready = interests.map(readyNow);
    if (timeout === 0 || ready.some((events) => events !== 0)) {
      // Ready already, or a poll: the answer is the kernel's now, so the
      // reads the watches started must see what it holds.
      const reading = interests.some((interest, i) =>
        interest.events & READ && !(ready[i]! & READ)
      );
      await kernelTurn(woken, reading, ready.some((events) => events !== 0));
      return interests.map(readyNow);
    }
    // The watches' reads do not keep the process alive: the wait does.
    if (timeout !== null) {
      timer = setTimeout(() => wake(), timeout * 1000);
    } else {
      hold();
      held = true;
    }
    const expires = timeout === null ? Infinity : performance.now() +
      timeout * 1000;
    for (;;) {
      await woken;
      signal?.throwIfAborted();
      // Other reads that one look at the kernel completed land too.
      await yieldOnce();
      ready = interests.map(readyNow);
      if (ready.some((events) => events !== 0)) return ready;
      if (performance.now() >= expires - 0.5) return ready;
      // Woken by a socket whose readiness was already taken: wait again,
      // a turn later so a socket that keeps waking cannot starve the loop.
      for (const done of unsubscribe.splice(0)) done();
      await yieldOnce();
      woken = new Promise<void>((resolve) => wake = resolve);
      subscribe();
      // A timer or an abort that fired during the yields woke the old
      // promise: wake the new one, or the wait would outlive them.
      if (signal?.aborted || performance.now() >= expires - 0.5) wake();
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
    if (held) release();
    for (const done of unsubscribe) done();
  }
}

/**
 * What a readiness answer waits for before it is given. Deno's runtime asks
 * the kernel which sockets are ready only when the event loop goes idle (or
 * every 61 turns), so a read that a watch has just started has not seen the
 * data the kernel already holds, however many plain turns pass. With
 * `reading` (some read watch has not fired), this waits until the runtime
 * has asked the kernel since the call (`kernelPolled`, ≈35 µs). Without
 * that probe (no `--allow-net` for 127.0.0.1), a timer makes the loop idle
 * instead: it waits until a watch fires or a timer turn passes (two when
 * some socket is `ready`), 1-3 ms each when nothing arrives. Then one plain
 * turn, so that every read that same look at the kernel completed has
 * landed, and so that a program that always finds a socket ready (writable,
 * say) cannot starve the event loop.
 */
export async function kernelTurn(
  woken: Promise<void>,
  reading: boolean,
  ready: boolean,
): Promise<void> {
  // When some socket is ready, a second timer if the first found nothing:
  // a tick slow enough (GC, a loaded machine) lets a timer expire before
  // the loop idles. A poll that found nothing is asked again anyway.
  if (
    reading && !await kernelPolled() && !await timerTurn(woken) && ready
  ) {
    await timerTurn(woken);
  }
  await yieldOnce();
}

/** A macrotask turn without a timer: ~6 µs where setTimeout(0) costs 1-4 ms. */
export function yieldOnce(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
