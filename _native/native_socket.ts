// A socket of the native engine: a real non-blocking descriptor, every call
// a system call made on the JS thread, tried first and waited for (in the
// reactor) only on EAGAIN. The kernel keeps the state (bound, listening,
// connected, buffered bytes), so one class serves every family and type;
// an address family adds only its address checks and permissions.

import type { Address } from "../address.ts";
import { oserror } from "../_oserror.ts";
import {
  Deadlines,
  type Limit,
  secondsOf,
  shortened,
} from "../_engine/deadline.ts";
import type { Timeout } from "../_engine/stream.ts";
import type { Received, Transport } from "../_engine/transport.ts";
import type { Ancillary } from "../cmsg.ts";
import { releasedBuffer } from "../_validate.ts";
import { disown, own, release } from "./descriptors.ts";
import { descriptorOf } from "./file_descriptor.ts";
import type { NativeFamily, NativeTarget } from "./family.ts";
import { C, errno, libc, POLLFD, size, SOCKADDR_STORAGE } from "./libc.ts";
import {
  afterDrain,
  nudge,
  unwatch,
  wait,
  type Waiter,
  watch,
  type Watched,
  withdraw,
} from "./reactor.ts";
import { decodeSockaddr } from "./sockaddr.ts";
import { attempt, done, Retry } from "./retry.ts";
import { decodeControl, encodeControl, msghdr, received } from "./msghdr.ts";

/** The most bytes one call moves: results must fit the i32 they return. */
const MAX_IO = 1 << 30;
/** `recv(n)` reads into this scratch and copies out what came. */
const SCRATCH = 262144;

// Buffers for results copied out before any await (calls never overlap on
// the one JS thread).
const scratch = new Uint8Array(SCRATCH);
const addrBuf = new Uint8Array(SOCKADDR_STORAGE);
const lenCell = new Uint32Array(1);
const lenBuf = new Uint8Array(lenCell.buffer);
const optBuf = new Uint8Array(1024);
const pollBuf = new Uint8Array(POLLFD.size);
const pollView = new DataView(pollBuf.buffer);

// What select() counts as readable and writable (Linux's POLLIN_SET and
// POLLOUT_SET).
const READABLE = C.POLLIN | C.POLLHUP | C.POLLERR;
const WRITABLE = C.POLLOUT | C.POLLERR;

/** Opens a socket of `family` and `type` (flag bits allowed). */
export function openSocket(
  family: NativeFamily,
  type: number,
  proto: number,
): NativeSocket {
  const fd = libc().socket(
    family.family,
    type | C.SOCK_NONBLOCK | C.SOCK_CLOEXEC,
    proto,
  );
  if (fd < 0) throw oserror(errno());
  // The kernel's refusal first, as in Python; then Deno's permission.
  try {
    family.permitOpen(type & 0xf);
  } catch (e) {
    libc().close(fd);
    throw e;
  }
  return new NativeSocket(family, own(fd));
}

/** A socket over its own descriptor. */
export class NativeSocket implements Transport {
  readonly #family: NativeFamily;
  readonly fd: number;
  readonly #entry: Watched;
  // Made by the first timed wait: most sockets never have one.
  #deadlines: Deadlines | null = null;
  #closed = false;
  // Whether the socket has a name yet (bind, connect or accept gave it one).
  #named = false;
  // Destinations sendto() was allowed to reach (made by the first).
  #allowed: Set<string> | null = null;
  // The last sendto()/sendmsg() destination given as primitives (a copy:
  // the caller's array may change) and its sockaddr: a socket that keeps
  // answering one peer parses that address once.
  #lastTo: unknown[] | string | null = null;
  #lastSockaddr: Uint8Array | null = null;
  // The send or sendall in progress: writes never interleave.
  #writing: Promise<unknown> | null = null;

  constructor(family: NativeFamily, fd: number, named = false) {
    this.#family = family;
    this.fd = fd;
    this.#named = named;
    this.#entry = watch(fd);
  }

  /** The socket's place in the reactor, for select() and selectors. */
  get entry(): Watched {
    return this.#entry;
  }

  /** Whether close() or detach() ended the socket. */
  get closed(): boolean {
    return this.#closed;
  }

  #open(): void {
    if (this.#closed) throw oserror(9);
  }

  // Runs the system call `call` until it succeeds and resolves to
  // `take(result)`, run at once (before anything else can reuse the shared
  // buffers); on EAGAIN waits (read 0, write 1) as `timeout` allows, one
  // deadline from `since` for the whole operation. The first try is made
  // synchronously: a call that needs no wait costs one promise.
  #retry<T>(
    direction: 0 | 1,
    timeout: Timeout,
    call: () => number,
    take: (result: number) => T,
    since: number = clock(timeout),
  ): Promise<T> {
    let result: number;
    try {
      result = attempt(this, timeout, call);
      if (result >= 0) return done(take(result));
    } catch (e) {
      return Promise.reject(e);
    }
    const retry = new Retry(this, direction, timeout, call, take);
    if (timeout === null) return retry.promise;
    this.#deadlines ??= new Deadlines();
    const limit = remaining(timeout, since);
    return this.#deadlines.race(retry.promise, limit).catch((e) => {
      retry.abandon();
      return new Promise<never>((_, reject) => afterDrain(() => reject(e)));
    });
  }

  #wait(direction: 0 | 1, timeout: Timeout, since: number): Promise<void> {
    const entry = this.#entry;
    let waiter!: Waiter;
    const ready = new Promise<void>((resolve, reject) => {
      waiter = { resolve, reject };
    });
    wait(entry, direction, waiter);
    if (timeout === null) return ready;
    this.#deadlines ??= new Deadlines();
    return this.#deadlines.race(ready, remaining(timeout, since)).catch((e) => {
      withdraw(entry, direction, waiter);
      return new Promise<never>((_, reject) => afterDrain(() => reject(e)));
    });
  }

  // Waits a few milliseconds, within the deadline.
  #pause(timeout: Timeout, since: number): Promise<void> {
    const ready = new Promise<void>((resolve) => setTimeout(resolve, 5));
    if (timeout === null) return ready;
    this.#deadlines ??= new Deadlines();
    return this.#deadlines.race(ready, remaining(timeout, since));
  }

  #target(address: unknown, caller: string): NativeTarget {
    const target = this.#family.parse(address, caller);
    this.#open();
    target.permit();
    return target;
  }

  bind(address: unknown): void {
    const sockaddr = this.#target(address, "bind").sockaddrSync();
    if (libc().bind(this.fd, sockaddr, sockaddr.length) < 0) {
      throw oserror(errno());
    }
    this.#named = true;
  }

  listen(backlog: number): void {
    this.#open();
    if (!this.#named) this.#family.permitAutobind();
    if (libc().listen(this.fd, backlog) < 0) throw oserror(errno());
    this.#named = true;
  }

  accept(timeout: Timeout): Promise<[Transport, Address]> {
    return this.#retry(0, timeout, () => {
      lenCell[0] = SOCKADDR_STORAGE;
      return libc().accept4(
        this.fd,
        addrBuf,
        lenBuf,
        C.SOCK_NONBLOCK | C.SOCK_CLOEXEC,
      );
    }, (fd): [Transport, Address] => {
      const address = decodeSockaddr(addrBuf, lenCell[0]!);
      const conn = new NativeSocket(this.#family, own(fd), true);
      // An unnamed AF_UNIX peer reads as '' (Python's makesockaddr).
      return [conn, address ?? ""];
    });
  }

  async connect(
    address: unknown,
    timeout: Timeout,
    caller: string,
  ): Promise<void> {
    const since = performance.now();
    const target = this.#target(address, caller);
    const sockaddr = await target.sockaddr();
    const lib = libc();
    for (let waited = false;; waited = true) {
      this.#open();
      if (lib.connect(this.fd, sockaddr, sockaddr.length) === 0) break;
      const e = errno();
      if (e === C.EINTR) continue;
      const nonblocking = secondsOf(timeout) === 0;
      if (e === C.EAGAIN && !nonblocking) {
        // A UNIX stream listener with a full queue, which signals no
        // readiness to the connecting socket: try again shortly.
        await this.#pause(timeout, since);
        continue;
      }
      const pending = e === C.EINPROGRESS || (waited && e === C.EALREADY);
      if (!pending || nonblocking) throw oserror(e);
      await this.#wait(1, timeout, since);
      if (secondsOf(timeout) !== null) {
        // CPython's timed connect reads SO_ERROR: the next connect() on
        // the socket then still says 0 (or ECONNABORTED after a failure).
        const error = this.getsockopt(C.SOL_SOCKET, C.SO_ERROR);
        if (error !== 0) throw oserror(error);
        break;
      }
      // A blocking connect(2) ends as the next call reports: connected
      // (then EISCONN), the error, or still in progress.
    }
    this.#named = true;
  }

  recvInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<number> {
    const length = target.length;
    return this.#receive(
      flags,
      timeout,
      length,
      (offset, limit) =>
        intact(target, length) && libc().recv(
          this.fd,
          target.subarray(offset),
          size(Math.min(limit, MAX_IO)),
          flags,
        ),
    );
  }

  recv(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Uint8Array> {
    if (flags & C.MSG_WAITALL) {
      // Takes several calls: into memory of its own.
      const own = new Uint8Array(Math.min(bufsize, MAX_IO));
      return this.recvInto(own, flags, timeout).then((n) => own.subarray(0, n));
    }
    // A larger bufsize reads at most SCRATCH bytes (a stream returns the
    // rest next time), so recv(1 << 30) allocates no GiB.
    if (bufsize === 0) {
      return this.#closed
        ? Promise.reject(oserror(9))
        : Promise.resolve(new Uint8Array(0));
    }
    const limit = Math.min(bufsize, SCRATCH);
    return this.#retry(
      0,
      this.#effective(flags, timeout),
      () => libc().recv(this.fd, scratch, size(limit), flags),
      (n) => scratch.slice(0, n),
    );
  }

  // Reads into `length` bytes by `call(offset, limit)`; with MSG_WAITALL on
  // a blocking socket, until all of them came or the stream ended (a
  // socket with a timeout is O_NONBLOCK in CPython, where the kernel's
  // MSG_WAITALL returns what is there).
  async #receive(
    flags: number,
    timeout: Timeout,
    length: number,
    call: (offset: number, limit: number) => number,
  ): Promise<number> {
    // CPython returns at once for nothing asked (Linux would say EAGAIN).
    if (length === 0) {
      this.#open();
      return 0;
    }
    const effective = this.#effective(flags, timeout);
    const since = clock(effective);
    let got = 0;
    do {
      const n = await this.#retry(
        0,
        effective,
        () => call(got, length - got),
        same,
        since,
      );
      if (n === 0) break;
      got += n;
    } while (flags & C.MSG_WAITALL && effective === null && got < length);
    return got;
  }

  // CPython makes one call without waiting for a blocking socket given
  // MSG_DONTWAIT; with a timeout it waits for readiness first, as always.
  #effective(flags: number, timeout: Timeout): Timeout {
    return flags & C.MSG_DONTWAIT && secondsOf(timeout) === null ? 0 : timeout;
  }

  recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    const limit = Math.min(bufsize, SCRATCH);
    return this.#retry(0, this.#effective(flags, timeout), () => {
      lenCell[0] = SOCKADDR_STORAGE;
      return libc().recvfrom(
        this.fd,
        scratch,
        size(limit),
        flags,
        addrBuf,
        lenBuf,
      );
    }, (n): [Uint8Array, Address | null] => [
      scratch.slice(0, n),
      decodeSockaddr(addrBuf, lenCell[0]!),
    ]);
  }

  recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    const length = target.length;
    return this.#retry(0, this.#effective(flags, timeout), () => {
      intact(target, length);
      lenCell[0] = SOCKADDR_STORAGE;
      return libc().recvfrom(
        this.fd,
        target,
        size(Math.min(target.length, MAX_IO)),
        flags,
        addrBuf,
        lenBuf,
      );
    }, (n): [number, Address | null] => [
      n,
      decodeSockaddr(addrBuf, lenCell[0]!),
    ]);
  }

  send(data: Uint8Array, flags: number, timeout: Timeout): Promise<number> {
    const length = data.length;
    const effective = this.#effective(flags, timeout);
    const call = () =>
      intact(data, length) && libc().send(
        this.fd,
        data,
        size(Math.min(length, MAX_IO)),
        flags | C.MSG_NOSIGNAL,
      );
    if (this.#writing === null) {
      // No write in progress: one that the kernel takes now costs no
      // queueing; one that must wait queues below.
      let n: number;
      try {
        n = attempt(this, effective, call);
      } catch (e) {
        return Promise.reject(e);
      }
      if (n >= 0) return done(n);
    }
    const since = clock(effective);
    return this.#serialised(() => this.#retry(1, effective, call, same, since));
  }

  sendall(data: Uint8Array, flags: number, timeout: Timeout): Promise<void> {
    const length = data.length;
    const effective = this.#effective(flags, timeout);
    let sent = 0;
    const call = () =>
      intact(data, length) && libc().send(
        this.fd,
        sent === 0 ? data : data.subarray(sent),
        size(Math.min(length - sent, MAX_IO)),
        flags | C.MSG_NOSIGNAL,
      );
    if (this.#writing === null) {
      // As send(): what the kernel takes now is sent at once (at least
      // one call, as CPython's sendall makes even for no bytes), and only
      // the rest queues.
      try {
        do {
          const n = attempt(this, effective, call);
          if (n < 0) break;
          sent += n;
        } while (sent < length);
      } catch (e) {
        return Promise.reject(e);
      }
      if (sent === length) return done(undefined);
      if (sent > 0) nudge();
    }
    const since = clock(effective);
    return this.#serialised(async () => {
      do {
        sent += await this.#retry(1, effective, call, same, since);
      } while (sent < length);
    });
  }

  // Runs `write` after the write in progress, if any.
  #serialised<T>(write: () => Promise<T>): Promise<T> {
    const previous = this.#writing;
    const run = previous === null ? write() : previous.then(write, write);
    const settled = run.then(() => {}, () => {});
    this.#writing = settled;
    settled.then(() => {
      if (this.#writing === settled) this.#writing = null;
    });
    return run;
  }

  async sendto(
    data: Uint8Array,
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    const found = this.#destination(address, "sendto");
    const sockaddr = found instanceof Uint8Array ? found : await found;
    const n = await this.#retry(
      1,
      this.#effective(flags, timeout),
      () =>
        libc().sendto(
          this.fd,
          data,
          size(Math.min(data.length, MAX_IO)),
          flags | C.MSG_NOSIGNAL,
          sockaddr,
          sockaddr.length,
        ),
      same,
    );
    this.#named = true;
    return n;
  }

  shutdown(how: number): void {
    this.#open();
    if (libc().shutdown(this.fd, how) < 0) throw oserror(errno());
  }

  getsockname(): Address {
    return this.#name(libc().getsockname);
  }

  getpeername(): Address {
    return this.#name(libc().getpeername);
  }

  #name(
    call: (fd: number, addr: Uint8Array, len: Uint8Array) => number,
  ): Address {
    this.#open();
    lenCell[0] = SOCKADDR_STORAGE;
    if (call(this.fd, addrBuf, lenBuf) < 0) throw oserror(errno());
    return decodeSockaddr(addrBuf, lenCell[0]!) ?? "";
  }

  getsockopt(level: number, name: number): number {
    const bytes = this.getsockoptBytes(level, name, 4);
    const padded = new Uint8Array(4);
    padded.set(bytes);
    return new DataView(padded.buffer).getInt32(0, true);
  }

  getsockoptBytes(level: number, name: number, buflen: number): Uint8Array {
    this.#open();
    lenCell[0] = buflen;
    optBuf.fill(0, 0, buflen);
    if (libc().getsockopt(this.fd, level, name, optBuf, lenBuf) < 0) {
      throw oserror(errno());
    }
    return optBuf.slice(0, lenCell[0]!);
  }

  setsockopt(level: number, name: number, value: number): void {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setInt32(0, value, true);
    this.setsockoptBytes(level, name, bytes);
  }

  setsockoptBytes(level: number, name: number, value: Uint8Array): void {
    this.#open();
    if (libc().setsockopt(this.fd, level, name, value, value.length) < 0) {
      throw oserror(errno());
    }
  }

  #poll(): number {
    if (this.#closed) return 0;
    pollView.setInt32(0, this.fd, true);
    pollView.setInt16(POLLFD.events, C.POLLIN | C.POLLOUT | C.POLLPRI, true);
    pollView.setInt16(POLLFD.revents, 0, true);
    if (libc().poll(pollBuf, 1n, 0) < 0) return 0;
    return pollView.getInt16(POLLFD.revents, true);
  }

  get readable(): boolean {
    return (this.#poll() & READABLE) !== 0;
  }

  get writable(): boolean {
    return (this.#poll() & WRITABLE) !== 0;
  }

  whenReadable(): Promise<void> {
    return this.#when(0, READABLE);
  }

  whenWritable(): Promise<void> {
    return this.#when(1, WRITABLE);
  }

  async #when(direction: 0 | 1, mask: number): Promise<void> {
    while (!this.#closed && !(this.#poll() & mask)) {
      await this.#wait(direction, null, 0).catch(() => {});
    }
  }

  fileno(): number {
    return this.#closed ? -1 : this.fd;
  }

  dup(): Transport {
    this.#open();
    const fd = libc().fcntl(this.fd, C.F_DUPFD_CLOEXEC, 0);
    if (fd < 0) throw oserror(errno());
    return new NativeSocket(this.#family, own(fd), this.#named);
  }

  detach(): number {
    this.#open();
    this.#closed = true;
    const error = oserror(9);
    unwatch(this.#entry, error);
    this.#deadlines?.close(error);
    return disown(this.fd);
  }

  get inheritable(): boolean {
    this.#open();
    const flags = libc().fcntl(this.fd, C.F_GETFD, 0);
    if (flags < 0) throw oserror(errno());
    return (flags & C.FD_CLOEXEC) === 0;
  }

  set inheritable(value: boolean) {
    this.#open();
    const lib = libc();
    const flags = lib.fcntl(this.fd, C.F_GETFD, 0);
    const next = value ? flags & ~C.FD_CLOEXEC : flags | C.FD_CLOEXEC;
    if (flags < 0 || lib.fcntl(this.fd, C.F_SETFD, next) < 0) {
      throw oserror(errno());
    }
  }

  async sendmsg(
    buffers: Uint8Array[],
    ancdata: Ancillary[],
    flags: number,
    address: unknown,
    timeout: Timeout,
  ): Promise<number> {
    const name = address === undefined
      ? null
      : await this.#destination(address, "sendmsg");
    const control = encodeControl(ancdata);
    const lengths = buffers.map((b) => b.length);
    return await this.#serialised(() =>
      this.#retry(1, this.#effective(flags, timeout), () => {
        buffers.forEach((b, i) => intact(b, lengths[i]!));
        const { header, iov } = msghdr(buffers, name, control);
        const n = libc().sendmsg(this.fd, header, flags | C.MSG_NOSIGNAL);
        // The iovecs point into `buffers`; keep them referenced until here.
        iov.fill(0);
        return n;
      }, same)
    );
  }

  async recvmsg(
    targets: Uint8Array[],
    ancbufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<Received> {
    const lengths = targets.map((t) => t.length);
    const name = new Uint8Array(SOCKADDR_STORAGE);
    const control = new Uint8Array(ancbufsize);
    let result!: Received;
    await this.#retry(0, this.#effective(flags, timeout), () => {
      targets.forEach((t, i) => intact(t, lengths[i]!));
      const { header, iov } = msghdr(targets, name, control);
      new DataView(header.buffer).setUint32(8, SOCKADDR_STORAGE, true);
      const n = libc().recvmsg(this.fd, header, flags);
      iov.fill(0);
      if (n >= 0) {
        const got = received(header);
        result = [
          n,
          decodeControl(control, got.controllen),
          got.flags,
          decodeSockaddr(name, got.namelen),
        ];
      }
      return n;
    }, same);
    return result;
  }

  sendfile(
    file: Deno.FsFile,
    offset: number,
    count: number | null,
    timeout: Timeout,
  ): Promise<number | null> {
    const source = descriptorOf(file);
    if (source === null) return Promise.resolve(null);
    // sendfile(2) reads from `at` and moves it on, not the file's position.
    const at = new BigInt64Array([BigInt(offset)]);
    const atBytes = new Uint8Array(at.buffer);
    return this.#serialised(async () => {
      let total = 0;
      try {
        for (;;) {
          const block = count === null
            ? MAX_IO
            : Math.min(count - total, MAX_IO);
          if (block <= 0) break;
          let failed = 0;
          // Each call has the whole timeout, as CPython selects before each.
          const sent = await this.#retry(1, timeout, () => {
            const n = libc().sendfile(this.fd, source, atBytes, size(block));
            if (n < 0 && errno() !== C.EAGAIN && errno() !== C.EINTR) {
              failed = errno();
              return 0;
            }
            return n;
          }, (n) => n);
          if (failed !== 0) {
            // CPython's _GiveupOnSendfile: nothing sent yet, so the file is
            // read and sent instead (which raises the error again if it is
            // the socket's).
            if (total === 0) return null;
            throw oserror(failed);
          }
          if (sent === 0) break;
          total += sent;
        }
      } finally {
        // As socket.py's finally: the position follows what was sent, even
        // when a later call fails or times out.
        if (total > 0) file.seekSync(offset + total, Deno.SeekMode.Start);
      }
      return total;
    });
  }

  // A sendto/sendmsg destination: checked, permitted once, as a sockaddr.
  #destination(
    address: unknown,
    caller: string,
  ): Uint8Array | Promise<Uint8Array> {
    // Each element is read once a call (a getter runs once, as Python reads
    // its tuple once), into a copy that the checks and the cache then use.
    const parts = Array.isArray(address) ? address.slice() : address;
    if (this.#lastTo !== null && sameAddress(parts, this.#lastTo)) {
      this.#open();
      return this.#lastSockaddr!;
    }
    const target = this.#family.parse(parts, caller);
    this.#open();
    this.#allowed ??= new Set();
    if (!this.#allowed.has(target.key)) {
      // As the default engine: an unnamed socket binds a wildcard first.
      if (!this.#named) this.#family.permitAutobind();
      target.permit();
      // A server answering many peers asks again rather than grow.
      if (this.#allowed.size >= 64) this.#allowed.clear();
      this.#allowed.add(target.key);
    }
    const sockaddr = target.sockaddr();
    // A looked-up name is looked up again next time, as CPython does.
    if (sockaddr instanceof Uint8Array) {
      this.#lastTo = primitives(parts);
      this.#lastSockaddr = sockaddr;
    }
    return sockaddr;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const error = oserror(9);
    unwatch(this.#entry, error);
    this.#deadlines?.close(error);
    release(this.fd);
  }
}

// The caller's buffer as it was when the call began: a buffer transferred
// or shrunk since is Python's released memoryview, never memory libc may
// not touch.
function intact(data: Uint8Array, length: number): true {
  const buffer = data.buffer;
  const detached = buffer instanceof ArrayBuffer && buffer.detached;
  if (detached || data.length < length) throw releasedBuffer();
  return true;
}

// An address (a copy made for this call) that the next call may match, or
// null if it has other parts than strings and numbers (an object's
// __index__ or bytes may give another result next time).
function primitives(parts: unknown): unknown[] | string | null {
  if (typeof parts === "string") return parts;
  if (!Array.isArray(parts)) return null;
  return parts.every((p) => typeof p === "string" || typeof p === "number")
    ? parts
    : null;
}

// Whether `address` has the parts of `last` (see primitives).
function sameAddress(address: unknown, last: unknown[] | string): boolean {
  if (typeof last === "string") return address === last;
  if (!Array.isArray(address) || address.length !== last.length) return false;
  for (let i = 0; i < last.length; i++) {
    if (address[i] !== last[i]) return false;
  }
  return true;
}

// The result of a call that returns its system call's result.
function same(n: number): number {
  return n;
}

// A call's start, for its deadline: only a timed call reads the clock.
function clock(timeout: Timeout): number {
  return timeout === null ? 0 : performance.now();
}

// What is left of `timeout` (seconds, or a signal's limit) since `since`.
function remaining(timeout: number | Limit, since: number): number | Limit {
  const seconds = secondsOf(timeout);
  const left = seconds === null
    ? null
    : Math.max((since + seconds * 1000 - performance.now()) / 1000, 0);
  return typeof timeout === "number"
    ? left!
    : shortened(timeout, left) as Limit;
}
