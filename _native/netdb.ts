// glibc's getaddrinfo(3) and getnameinfo(3) themselves, for the native
// entry: exact glibc results and EAI_* codes (messages from gai_strerror).
// A call that cannot reach the network (a numeric host, no host, numeric
// flags) is made on the JS thread; a host name, or a reverse look-up, may
// wait on DNS, so it runs on Deno's blocking pool, after Deno's net
// permission for the name allows it, as Deno's own resolver asks. Pool
// calls here run one at a time (the reactor's epoll_wait is the only other
// pool call the engine makes), so look-ups never crowd Deno's file
// operations off the pool's threads.

import type { Address } from "../address.ts";
import { gaierror, OSError } from "../errors.ts";
import { permissionError } from "../_resolve.ts";
import { ADDRINFO, errno, libc } from "./libc.ts";
import { oserror } from "../_oserror.ts";
import { decodeSockaddr } from "./sockaddr.ts";

const AI_NUMERICHOST = 4;
const NI_NUMERICHOST = 1;
const EAI_NONAME = -2;
const EAI_SYSTEM = -11;
const NI_MAXHOST = 1025;
const NI_MAXSERV = 32;

/** One result: `[family, type, proto, canonname, sockaddr]`. */
export type NativeAddrInfo = [number, number, number, string, Address];

// The look-up on the pool now, or the promise it waits behind.
let queue: Promise<unknown> = Promise.resolve();

function onPool<T>(call: () => Promise<T>): Promise<T> {
  const run = queue.then(call, call);
  queue = run.then(() => {}, () => {});
  return run;
}

// Python's gaierror for an EAI_* code; EAI_SYSTEM is the OSError of errno,
// as CPython's set_gaierror (the pool thread's errno cannot be read here,
// so a pool call's EAI_SYSTEM stays a gaierror).
function failure(code: number, sync: boolean): Error {
  if (code === EAI_SYSTEM && sync) return oserror(errno());
  const text = libc().gai_strerror(code);
  const message = text === null
    ? `Unknown error ${code}`
    : Deno.UnsafePointerView.getCString(text);
  return new gaierror(code, message);
}

// A C string: one byte per character, as the argument converters leave
// them (latin-1 for bytes, ASCII from IDNA); wider characters as UTF-8.
function cString(text: string | null): Uint8Array | null {
  if (text === null) return null;
  if (/[\u0100-\uffff]/.test(text)) {
    return new TextEncoder().encode(text + "\0");
  }
  const out = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function hintsOf(
  family: number,
  type: number,
  proto: number,
  flags: number,
): Uint8Array {
  const hints = new Uint8Array(ADDRINFO.size);
  const view = new DataView(hints.buffer);
  view.setInt32(ADDRINFO.flags, flags, true);
  view.setInt32(ADDRINFO.family, family, true);
  view.setInt32(ADDRINFO.socktype, type, true);
  view.setInt32(ADDRINFO.protocol, proto, true);
  return hints;
}

// The list glibc returned, as Python's tuples, then freed.
function readList(out: BigUint64Array): NativeAddrInfo[] {
  const head = Deno.UnsafePointer.create(out[0]!);
  const results: NativeAddrInfo[] = [];
  try {
    for (let p = head; p !== null;) {
      const info = new Deno.UnsafePointerView(p);
      const length = info.getUint32(ADDRINFO.addrlen);
      const addr = info.getPointer(ADDRINFO.addr);
      const canon = info.getPointer(ADDRINFO.canonname);
      const bytes = addr === null ? new Uint8Array(0) : new Uint8Array(
        Deno.UnsafePointerView.getArrayBuffer(addr, length),
      ).slice();
      results.push([
        info.getInt32(ADDRINFO.family),
        info.getInt32(ADDRINFO.socktype),
        info.getInt32(ADDRINFO.protocol),
        canon === null ? "" : Deno.UnsafePointerView.getCString(canon),
        decodeSockaddr(bytes, length) ?? "",
      ]);
      p = info.getPointer(ADDRINFO.next);
    }
  } finally {
    if (head !== null) libc().freeaddrinfo(head);
  }
  return results;
}

/**
 * glibc's getaddrinfo for Python's converted arguments (`null` for NULL):
 * its results in its order, or its error as Python raises it.
 */
export async function addrinfo(
  host: string | null,
  service: string | null,
  family: number,
  type: number,
  proto: number,
  flags: number,
): Promise<NativeAddrInfo[]> {
  const name = cString(host), serv = cString(service);
  const out = new BigUint64Array(1);
  const outBytes = new Uint8Array(out.buffer);
  const lib = libc();
  // Numeric first, on this thread: no host, or one that needs no resolver
  // (glibc checks flags, family and service before the host, so any
  // error but EAI_NONAME is the answer too).
  const numeric = hintsOf(family, type, proto, flags | AI_NUMERICHOST);
  const code = lib.getaddrinfo(name, serv, numeric, outBytes);
  if (code === 0) return readList(out);
  if (host === null || code !== EAI_NONAME || flags & AI_NUMERICHOST) {
    throw failure(code, true);
  }
  permitLookup(host);
  const hints = hintsOf(family, type, proto, flags);
  const result = await onPool(() =>
    lib.getaddrinfo_blocking(name, serv, hints, outBytes)
  );
  if (result !== 0) throw failure(result, false);
  return readList(out);
}

/**
 * glibc's getaddrinfo on the JS thread, for bind(), which never waits (as
 * CPython's setipaddr, it may block on the resolver for a name).
 */
export function addrinfoSync(
  host: string,
  family: number,
  type: number,
): NativeAddrInfo[] {
  const out = new BigUint64Array(1);
  const code = libc().getaddrinfo(
    cString(host),
    null,
    hintsOf(family, type, 0, 0),
    new Uint8Array(out.buffer),
  );
  if (code !== 0) throw failure(code, true);
  return readList(out);
}

/**
 * CPython's getnameinfo: `host` (numeric) and `port` made a datagram
 * sockaddr by getaddrinfo, its IPv6 flowinfo and scope set, then
 * glibc's getnameinfo with `flags`.
 */
export async function nameinfo(
  host: string,
  port: number,
  flow: number,
  scope: number,
  size: number,
  flags: number,
): Promise<[string, string]> {
  const lib = libc();
  const out = new BigUint64Array(1);
  const code = lib.getaddrinfo(
    cString(host),
    cString(String(port)),
    hintsOf(0, 2, 0, AI_NUMERICHOST),
    new Uint8Array(out.buffer),
  );
  if (code !== 0) throw failure(code, true);
  const head = Deno.UnsafePointer.create(out[0]!)!;
  let sockaddr: Uint8Array;
  let family: number;
  try {
    const info = new Deno.UnsafePointerView(head);
    if (info.getPointer(ADDRINFO.next) !== null) {
      throw new OSError("sockaddr resolved to multiple addresses");
    }
    family = info.getInt32(ADDRINFO.family);
    sockaddr = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(
      info.getPointer(ADDRINFO.addr)!,
      info.getUint32(ADDRINFO.addrlen),
    )).slice();
  } finally {
    lib.freeaddrinfo(head);
  }
  if (family === 2 && size !== 2) {
    throw new OSError("IPv4 sockaddr must be 2 tuple");
  }
  if (family === 10) {
    const view = new DataView(sockaddr.buffer);
    view.setUint32(4, flow, false);
    view.setUint32(24, scope, true);
  }
  const hostBuf = new Uint8Array(NI_MAXHOST);
  const servBuf = new Uint8Array(NI_MAXSERV);
  const args = [
    sockaddr,
    sockaddr.length,
    hostBuf,
    NI_MAXHOST,
    servBuf,
    NI_MAXSERV,
    flags,
  ] as const;
  let result: number;
  if (flags & NI_NUMERICHOST) {
    result = lib.getnameinfo(...args);
  } else {
    // A reverse look-up may ask DNS.
    permitLookup(host);
    result = await onPool(() => lib.getnameinfo_blocking(...args));
  }
  if (result !== 0) throw failure(result, (flags & NI_NUMERICHOST) !== 0);
  return [text(hostBuf), text(servBuf)];
}

// A NUL-terminated buffer glibc filled, as Python's "s" decodes it.
function text(buffer: Uint8Array): string {
  const end = buffer.indexOf(0);
  return new TextDecoder().decode(
    buffer.subarray(0, end === -1 ? buffer.length : end),
  );
}

// Deno's net permission for a name look-up (as its resolver asks), else
// the default engine's PermissionError. A name Deno cannot write as a host
// (a space, an empty label) needs the whole network.
function permitLookup(host: string): void {
  const name = host.includes(":") ? `[${host.replace(/%.*/, "")}]` : host;
  let descriptor: Deno.NetPermissionDescriptor = { name: "net", host: name };
  let state: Deno.PermissionState;
  try {
    state = Deno.permissions.querySync(descriptor).state;
  } catch {
    descriptor = { name: "net" };
    state = Deno.permissions.querySync(descriptor).state;
  }
  if (state === "prompt") {
    state = Deno.permissions.requestSync(descriptor).state;
  }
  if (state !== "granted") throw permissionError(host);
}
