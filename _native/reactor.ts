// The native engine's one wait mechanism. Every socket is O_NONBLOCK and
// every call is tried first on the JS thread; only a call that got EAGAIN
// waits here. One edge-triggered epoll instance holds every socket,
// registered once. While someone waits, each macrotask boundary
// (setImmediate) runs a synchronous epoll_wait(0); only when that finds
// nothing does one epoll_wait run on Deno's blocking pool (never two: the
// pool's 32 threads are shared with Deno's file operations), and an eventfd
// ends it when the last waiter leaves, so no pool call is pending while
// nobody waits (it would keep the process alive).

import { setImmediate } from "node:timers";
import { C, EPOLL_EVENT, errno, libc, size } from "./libc.ts";
import { oserror } from "../_oserror.ts";

/** A call waiting for its socket to become ready. */
export interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/**
 * The calls waiting in one direction: none, one (the usual case, which
 * allocates nothing: 10,000 idle connections each have a read waiting), or
 * several in an array.
 */
type Waiting = Waiter | Waiter[] | null;

/** A socket's place in the epoll set and the calls waiting on it. */
export class Watched {
  readonly fd: number;
  /** Waiting to read (or accept): woken by EPOLLIN, HUP, ERR. */
  readers: Waiting = null;
  /** Waiting to write (or connect): woken by EPOLLOUT, HUP, ERR. */
  writers: Waiting = null;

  constructor(fd: number) {
    this.fd = fd;
  }
}

/** How many events one epoll_wait hands out. */
const MAX_EVENTS = 256;
/** Consecutive successful calls before a call yields to the event loop. */
const STREAK = 64;

const READ_EVENTS = C.EPOLLIN | C.EPOLLHUP | C.EPOLLERR | C.EPOLLRDHUP;
const WRITE_EVENTS = C.EPOLLOUT | C.EPOLLHUP | C.EPOLLERR;

interface State {
  epfd: number;
  wakeFd: number;
  /** The JS thread's event buffer, and the pool call's own. */
  events: Uint8Array;
  poolEvents: Uint8Array;
  eventsView: DataView;
  poolEventsView: DataView;
  ctl: Uint8Array;
}

let state: State | null = null;
const watched = new Map<number, Watched>();
let waiting = 0;
let tickScheduled = false;
let poolPending = false;
let poolCancelled = false;
// Called once the pending pool call has returned.
let onDrained: (() => void)[] = [];
let streak = 0;
// Successful calls since the last tick: while the process is busy, a tick
// that finds nothing ready looks again at the next boundary instead of
// starting the pool call (whose wake-up crosses threads).
let activity = 0;
const wakeValue = new BigUint64Array([1n]);
const drainBuffer = new Uint8Array(8);

function open(): State {
  if (state !== null) return state;
  const lib = libc();
  const epfd = lib.epoll_create1(C.EPOLL_CLOEXEC);
  if (epfd < 0) throw oserror(errno());
  const wakeFd = lib.eventfd(0, C.EFD_NONBLOCK | C.EFD_CLOEXEC);
  if (wakeFd < 0) {
    const e = errno();
    lib.close(epfd);
    throw oserror(e);
  }
  const events = new Uint8Array(MAX_EVENTS * EPOLL_EVENT.size);
  const poolEvents = new Uint8Array(MAX_EVENTS * EPOLL_EVENT.size);
  state = {
    epfd,
    wakeFd,
    events,
    poolEvents,
    eventsView: new DataView(events.buffer),
    poolEventsView: new DataView(poolEvents.buffer),
    ctl: new Uint8Array(EPOLL_EVENT.size),
  };
  // Level-triggered, unlike the sockets: a synchronous epoll_wait on the JS
  // thread may see the wake meant for the pool call first, and must leave
  // it there, or that call never returns (see dispatch).
  control(state, C.EPOLL_CTL_ADD, wakeFd, C.EPOLLIN);
  return state;
}

function control(s: State, op: number, fd: number, events: number): void {
  const view = new DataView(s.ctl.buffer);
  view.setUint32(0, events, true);
  view.setUint32(EPOLL_EVENT.data, fd, true);
  view.setUint32(EPOLL_EVENT.data + 4, 0, true);
  if (libc().epoll_ctl(s.epfd, op, fd, s.ctl) < 0) throw oserror(errno());
}

/** Adds `fd` (a fresh non-blocking socket) to the epoll set. */
export function watch(fd: number): Watched {
  const s = open();
  // A descriptor watched already (socket(fileno=) of an open socket's
  // number): the newest socket object over it takes its wake-ups.
  if (!watched.has(fd)) {
    control(
      s,
      C.EPOLL_CTL_ADD,
      fd,
      C.EPOLLIN | C.EPOLLOUT | C.EPOLLRDHUP | C.EPOLLET,
    );
  }
  const entry = new Watched(fd);
  watched.set(fd, entry);
  return entry;
}

/**
 * Takes `entry` out of the epoll set (before its descriptor closes) and
 * settles every call waiting on it with `error`.
 */
export function unwatch(entry: Watched, error: Error): void {
  if (watched.get(entry.fd) === entry) {
    watched.delete(entry.fd);
    control(state!, C.EPOLL_CTL_DEL, entry.fd, 0);
  }
  const waiters: Waiter[] = [];
  take(entry, 0, waiters);
  take(entry, 1, waiters);
  settle();
  afterDrain(() => {
    for (const waiter of waiters) waiter.reject(error);
  });
}

/**
 * Runs `done` once no pool call is pending: a call that gives up (timed
 * out, closed) returns only after the pool call it may have been the last
 * reason for, so a program (or a test) that then ends leaves none behind.
 */
export function afterDrain(done: () => void): void {
  if (poolPending && waiting === 0) onDrained.push(done);
  else done();
}

/** Waits until `entry` is ready to read (0) or write (1). */
export function wait(entry: Watched, direction: 0 | 1, waiter: Waiter): void {
  const now = direction === 0 ? entry.readers : entry.writers;
  const next = now === null
    ? waiter
    : Array.isArray(now)
    ? (now.push(waiter), now)
    : [now, waiter];
  if (direction === 0) entry.readers = next;
  else entry.writers = next;
  waiting++;
  if (!tickScheduled) {
    tickScheduled = true;
    setImmediate(tick);
  }
}

/** Withdraws a waiter (its call timed out); a no-op if it was woken. */
export function withdraw(
  entry: Watched,
  direction: 0 | 1,
  waiter: Waiter,
): void {
  const now = direction === 0 ? entry.readers : entry.writers;
  if (now === waiter) {
    if (direction === 0) entry.readers = null;
    else entry.writers = null;
  } else {
    const at = Array.isArray(now) ? now.indexOf(waiter) : -1;
    if (at === -1) return;
    (now as Waiter[]).splice(at, 1);
  }
  waiting--;
  settle();
}

/**
 * Counts a successful call; true once every {@link STREAK} calls, when the
 * caller must yield a macrotask turn so timers and I/O elsewhere run.
 */
export function spent(): boolean {
  activity++;
  if (++streak < STREAK) return false;
  streak = 0;
  return true;
}

/**
 * After a call that may have made another socket of this process ready (a
 * send): hands out what is ready now, so a peer in the same process runs
 * on without waiting for the next macrotask boundary. Callers still yield
 * every {@link STREAK} calls, so timers run.
 */
export function nudge(): void {
  if (waiting === 0) return;
  const s = state!;
  const n = libc().epoll_wait(s.epfd, s.events, MAX_EVENTS, 0);
  if (n > 0) dispatch(s, s.events, n);
}

// When nobody waits any more, a pending pool call is ended.
function settle(): void {
  if (waiting === 0 && poolPending && !poolCancelled) {
    poolCancelled = true;
    libc().write(state!.wakeFd, wakeValue, size(8));
  }
}

function tick(): void {
  tickScheduled = false;
  streak = 0;
  if (waiting === 0) return;
  const s = state!;
  const n = libc().epoll_wait(s.epfd, s.events, MAX_EVENTS, 0);
  const busy = activity > 0;
  activity = 0;
  if (n > 0) dispatch(s, s.events, n);
  if (n > 0 || busy) {
    // The woken calls, or the others at work, run next; look again at the
    // next boundary.
    if (waiting > 0 && !tickScheduled) {
      tickScheduled = true;
      setImmediate(tick);
    }
  } else if (!poolPending) {
    startPool(s);
  }
}

function startPool(s: State): void {
  poolPending = true;
  poolCancelled = false;
  libc().epoll_wait_blocking(s.epfd, s.poolEvents, MAX_EVENTS, -1).then(
    (n) => {
      poolPending = false;
      if (n > 0) dispatch(s, s.poolEvents, n, true);
      const drained = onDrained;
      onDrained = [];
      for (const done of drained) done();
      if (waiting > 0 && !tickScheduled) {
        tickScheduled = true;
        setImmediate(tick);
      }
    },
  );
}

function dispatch(
  s: State,
  events: Uint8Array,
  n: number,
  fromPool = false,
): void {
  const view = events === s.events ? s.eventsView : s.poolEventsView;
  const woken: Waiter[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * EPOLL_EVENT.size;
    const mask = view.getUint32(at, true);
    const fd = view.getUint32(at + EPOLL_EVENT.data, true);
    if (fd === s.wakeFd) {
      // Only the pool call it ends reads the wake; one seen with no pool
      // call pending is left over from one that returned anyway.
      if (fromPool || !poolPending) {
        libc().read(s.wakeFd, drainBuffer, size(8));
      }
      continue;
    }
    const entry = watched.get(fd);
    if (entry === undefined) continue;
    if (mask & READ_EVENTS) take(entry, 0, woken);
    if (mask & WRITE_EVENTS) take(entry, 1, woken);
  }
  if (woken.length === 0) return;
  // If these were the last waiters, the pool call ends first (see
  // afterDrain), so the calls they resume leave none behind.
  settle();
  afterDrain(() => {
    for (const waiter of woken) waiter.resolve();
  });
}

// Moves the calls waiting on `entry` in `direction` to `into`.
function take(entry: Watched, direction: 0 | 1, into: Waiter[]): void {
  const now = direction === 0 ? entry.readers : entry.writers;
  if (now === null) return;
  if (direction === 0) entry.readers = null;
  else entry.writers = null;
  if (!Array.isArray(now)) {
    into.push(now);
    waiting--;
    return;
  }
  for (const waiter of now) into.push(waiter);
  waiting -= now.length;
}
