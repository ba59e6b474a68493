// The default engine's descriptors: a table of numbers, each naming an open
// endpoint, as the kernel's file table names sockets. dup() gives a second
// number for the same endpoint, which closes with the last number naming
// it; detach() leaves a number open with no Socket holding it, for
// socket(fileno=n) or close(n) to find.

import type { Address } from "../address.ts";
import { needsNative, oserror } from "../_oserror.ts";
import { allocateFd, releaseFd } from "./fd.ts";
import { Forwarding } from "./forwarding.ts";
import type { RawConn, Timeout } from "./stream.ts";
import type { Ancillary } from "../cmsg.ts";
import type {
  Descriptors,
  Endpoint,
  Received,
  Transport,
} from "./transport.ts";

const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SOCK_DGRAM = 2;
const MSG_TRUNC = 0x20;

// One open number: its endpoint (shared with the numbers dup() made from
// it), its own flags, and the handles holding it (one, or more after
// socket(fileno=n) of a number a socket holds).
class Entry {
  readonly fd: number = allocateFd();
  inheritable = false;
  readonly holders: Handle[] = [];
  constructor(readonly endpoint: Endpoint, readonly refs: { count: number }) {
    open.set(this.fd, this);
  }

  dup(): Entry {
    this.refs.count++;
    return new Entry(this.endpoint, this.refs);
  }

  close(): void {
    open.delete(this.fd);
    releaseFd(this.fd);
    if (--this.refs.count === 0) {
      // Its holders keep the closed endpoint: it answers in its own order
      // (argument errors first), as before there were descriptors.
      this.endpoint.close();
    } else {
      // Another number keeps the endpoint open: this one's holders must
      // not reach it any more.
      for (const holder of this.holders) holder.letGo();
    }
    this.holders.length = 0;
  }
}

const open = new Map<number, Entry>();

/** What a descriptor no longer held answers: EBADF, whatever is asked. */
const CLOSED: Endpoint = {
  bind: ebadf,
  listen: ebadf,
  accept: rejectEbadf,
  connect: rejectEbadf,
  recvInto: rejectEbadf,
  recv: rejectEbadf,
  recvfrom: rejectEbadf,
  recvfromInto: rejectEbadf,
  send: rejectEbadf,
  sendall: rejectEbadf,
  sendto: rejectEbadf,
  shutdown: ebadf,
  getsockname: ebadf,
  getpeername: ebadf,
  getsockopt: ebadf,
  setsockopt: ebadf,
  getsockoptBytes: ebadf,
  setsockoptBytes: ebadf,
  readable: false,
  writable: false,
  whenReadable: () => new Promise<void>(() => {}),
  whenWritable: () => new Promise<void>(() => {}),
  close: () => {},
};

function ebadf(): never {
  throw oserror(9);
}

function rejectEbadf(): Promise<never> {
  return Promise.reject(oserror(9));
}

/**
 * One Socket's hold on a descriptor. Once it lets go (detach, or its
 * number closed while a dup keeps the endpoint open) it answers EBADF.
 */
class Handle extends Forwarding implements Transport {
  #entry: Entry | null;

  constructor(entry: Entry) {
    super(entry.endpoint);
    this.#entry = entry;
    entry.holders.push(this);
  }

  fileno(): number {
    return this.#entry?.fd ?? -1;
  }

  dup(): Transport {
    return new Handle(this.#held().dup());
  }

  detach(): number {
    const entry = this.#held();
    entry.holders.splice(entry.holders.indexOf(this), 1);
    this.letGo();
    return entry.fd;
  }

  get inheritable(): boolean {
    return this.#held().inheritable;
  }

  set inheritable(value: boolean) {
    this.#held().inheritable = value;
  }

  // The entry, if this handle holds one that is still open.
  #held(): Entry {
    const entry = this.#entry;
    if (entry === null || open.get(entry.fd) !== entry) throw oserror(9);
    return entry;
  }

  /** Stops reaching the endpoint: every call is EBADF from now on. */
  letGo(): void {
    this.#entry = null;
    this.target = CLOSED;
  }

  override close(): void {
    const entry = this.#held();
    this.#entry = null;
    entry.close();
  }

  override async accept(timeout: Timeout): Promise<[Transport, Address]> {
    const [endpoint, address] = await this.target.accept(timeout);
    return [describe(endpoint), address];
  }

  sendmsg(
    buffers: Uint8Array[],
    ancdata: Ancillary[],
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    if (ancdata.length > 0) throw needsNative("sendmsg() with ancillary data");
    const data = buffers.length === 1 ? buffers[0]! : concat(buffers);
    return address === undefined
      ? this.target.send(data, flags, timeout)
      : this.target.sendto(data, flags, address, timeout);
  }

  async recvmsg(
    targets: Uint8Array[],
    ancbufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Received> {
    // Deno's API never hands over ancillary data: a caller that makes room
    // for some (descriptors a peer passes) learns it at once.
    if (ancbufsize > 0) {
      throw needsNative("recvmsg() with room for ancillary data");
    }
    const endpoint = this.target;
    const datagram = endpoint.getsockopt(SOL_SOCKET, SO_TYPE) === SOCK_DGRAM;
    let total = 0;
    for (const target of targets) total += target.length;
    const into = targets.length === 1 ? targets[0]! : new Uint8Array(total);
    const [n, address] = await endpoint.recvfromInto(
      into,
      datagram ? flags | MSG_TRUNC : flags,
      timeout,
    );
    const got = Math.min(n, total);
    if (into !== targets[0]) scatter(into.subarray(0, got), targets);
    // Linux returns a datagram's full length when asked with MSG_TRUNC.
    const nbytes = flags & MSG_TRUNC ? n : got;
    return [nbytes, [], n > total ? MSG_TRUNC : 0, address];
  }

  // ---- the endpoint's own calls (the rest are Forwarding's) -----------

  handOver(): RawConn {
    const endpoint = this.target;
    if (endpoint.handOver === undefined) throw oserror(95);
    return endpoint.handOver();
  }
}

function concat(buffers: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const buffer of buffers) total += buffer.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const buffer of buffers) {
    out.set(buffer, at);
    at += buffer.length;
  }
  return out;
}

function scatter(data: Uint8Array, targets: Uint8Array[]): void {
  let at = 0;
  for (const target of targets) {
    if (at >= data.length) return;
    const part = data.subarray(at, at + target.length);
    target.set(part);
    at += part.length;
  }
}

/** A new descriptor number for `endpoint`. */
export function describe(endpoint: Endpoint): Transport {
  return new Handle(new Entry(endpoint, { count: 1 }));
}

function entryOf(fd: number): Entry {
  const entry = open.get(fd);
  if (entry === undefined) throw oserror(9);
  return entry;
}

/** The default engine's table of descriptor numbers. */
export function descriptors(
  create: (family: number, type: number) => Endpoint | undefined,
): Descriptors {
  return {
    create(family: number, type: number): Transport | undefined {
      const endpoint = create(family, type);
      return endpoint === undefined ? undefined : describe(endpoint);
    },
    attach: (fd: number): Transport => new Handle(entryOf(fd)),
    close: (fd: number): void => entryOf(fd).close(),
    dup: (fd: number): number => entryOf(fd).dup().fd,
  };
}
