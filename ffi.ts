/**
 * The native entry, `@pysocket/socket/ffi`: the same names as the main
 * entry, over the system calls themselves (libc through `Deno.dlopen`), so
 * every behaviour is the Linux kernel's and matches CPython: `bind` without
 * `listen`, exact backlogs, real descriptors, the kernel's options.
 *
 * Run with `--allow-ffi` plus the permissions the program's addresses need
 * (`--allow-net`, and read/write for UNIX paths): the engine asks Deno
 * before every bind, connect and new destination, as the main entry does.
 * Linux on x86_64 and aarch64; elsewhere the first socket raises an
 * `OSError` naming the main entry.
 *
 * @example An echo round trip
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 *
 * using srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * srv.bind(["127.0.0.1", 0]);
 * srv.listen(1);
 * using c = socket.socket();
 * await c.connect(srv.getsockname());
 * const [conn] = await srv.accept();
 * using _conn = conn;
 * await c.sendall(new TextEncoder().encode("hi"));
 * assert.deepStrictEqual(await conn.recv(10), new TextEncoder().encode("hi"));
 * ```
 *
 * @module
 */

import type {
  Address,
  AddressOf,
  Inet6Address,
  InetAddress,
  UnixAddress,
} from "./address.ts";
import type { CreateConnectionOptions } from "./create_connection.ts";
import type { AddrInfo } from "./getaddrinfo.ts";
import type { WaitOptions } from "./wait_options.ts";
import type { CreateServerOptions } from "./create_server.ts";
import { Socket as BaseSocket } from "./socket.ts";
import { connectVia } from "./_create_connection.ts";
import { serveVia } from "./_create_server.ts";
import { toCInt, toIndex, toSignal } from "./_validate.ts";
import { untilAborted } from "./_engine/deadline.ts";
import { hintsArgs, hostArg, nameinfoArgs, portArg } from "./_lookup_args.ts";
import { addrinfo, nameinfo } from "./_native/netdb.ts";
import { fsBytes, interfaceIndexArg } from "./_interface_args.ts";
import {
  indextoname,
  nameindex,
  nametoindex,
  setHostname,
} from "./_native/interfaces.ts";
import { adoptNext, setEngine } from "./_engine/handles.ts";
import { nativeEngine } from "./_native/engine.ts";
import { pair } from "./_native/socketpair.ts";

export * from "./mod.ts";
// The main entry's classes that this entry's Socket and selectors extend,
// public under Python's names for a base class: `SocketType` is CPython's
// `_socket.socket`, the base of `socket.socket`; `BaseSelector` the class
// every selector here extends (construct `DefaultSelector`: this one
// selects the main entry's sockets).
export { BaseSocket as SocketType };
export { DefaultSelector as BaseSelector } from "./selectors.ts";
export { nativeSelect as select } from "./_native/select.ts";
export {
  NativePollSelector as PollSelector,
  NativeSelector as DefaultSelector,
  NativeSelector as EpollSelector,
  NativeSelectSelector as SelectSelector,
} from "./_native/selectors.ts";

/**
 * Python's socket object over a real descriptor: the same methods as the
 * main entry's `Socket`, each a system call.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using s = new socket.Socket(socket.AF_INET, socket.SOCK_DGRAM);
 * assert(s.fileno() >= 3);
 * ```
 */
export class Socket<A extends Address = Address, K extends number = number>
  extends BaseSocket<A, K> {}
setEngine(Socket, nativeEngine);

/**
 * Python's `socket.socket(family, type, proto)` over the native engine.
 *
 * @param family `AF_INET` (default), `AF_INET6` or `AF_UNIX`.
 * @param type `SOCK_STREAM` (default), `SOCK_DGRAM`, `SOCK_SEQPACKET`, …
 * @param proto `0` (default) or a protocol number.
 * @returns The new socket.
 * @throws {OSError} As Linux's `socket(2)`: `EAFNOSUPPORT`,
 * `EPROTONOSUPPORT`, `EINVAL`, …
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * assert(s.type === socket.SOCK_STREAM);
 * ```
 */
export function socket<F extends number = 2, K extends number = 1>(
  family?: F,
  type?: K,
  proto?: number,
): Socket<AddressOf<F>, K>;
/**
 * Python's `socket.socket(family, type, proto, fileno)`: a socket over the
 * open descriptor `fileno`, its family and type read from it when `-1`.
 *
 * @param family The family, or `-1` to read it.
 * @param type The type, or `-1` to read it.
 * @param proto The protocol, or `-1` to read it.
 * @param fileno The open descriptor.
 * @returns The socket.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
 * const t = socket.socket(-1, -1, -1, s.fileno());
 * assert(t.type === socket.SOCK_DGRAM && t.fileno() === s.fileno());
 * ```
 */
export function socket<F extends number = number, K extends number = number>(
  family: F | undefined,
  type: K | undefined,
  proto: number | undefined,
  fileno: number | null,
): Socket<AddressOf<F>, K>;
export function socket(
  family: number = -1,
  type: number = -1,
  proto: number = -1,
  fileno: number | null = null,
): Socket {
  return new Socket(family, type, proto, fileno);
}

/**
 * Python's `socket.socketpair()`: two connected sockets from Linux's
 * `socketpair(2)`, of any type `AF_UNIX` has. A Promise, as in the main
 * entry, though nothing waits.
 *
 * @param family `AF_UNIX` (the default and the only family Linux pairs).
 * @param type `SOCK_STREAM` (default), `SOCK_DGRAM` or `SOCK_SEQPACKET`.
 * @param proto `0`.
 * @returns The two sockets.
 * @throws {OSError} `EOPNOTSUPP` (95) for `AF_INET`, as Linux.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.sendall(new Uint8Array([42]));
 * assert.deepStrictEqual(await b.recv(1), new Uint8Array([42]));
 * ```
 */
export function socketpair<K extends number = 1>(
  family: number = 1,
  type?: K,
  proto = 0,
): Promise<[Socket<UnixAddress, K>, Socket<UnixAddress, K>]> {
  try {
    family = toCInt(family);
    const kind = toCInt(type ?? 1);
    proto = toCInt(proto);
    const [a, b] = pair(family, kind, proto);
    adoptNext(a);
    const first = new Socket<UnixAddress, K>(family, kind, proto);
    adoptNext(b);
    return Promise.resolve([first, new Socket(family, kind, proto)]);
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Python's `socket.create_connection()` over native sockets: resolves
 * `[host, port]` and connects to each address in turn.
 *
 * @param address `[host, port]`.
 * @param timeout Seconds for the new socket; left out, the default.
 * @param source_address A local `[host, port]` to bind first.
 * @param options `all_errors`: raise every error, grouped.
 * @returns The connected socket.
 * @throws {OSError} The last attempt's error.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using srv = socket.create_server(["127.0.0.1", 0]);
 * using conn = await socket.create_connection(srv.getsockname() as [string, number]);
 * assert(conn instanceof socket.Socket);
 * ```
 */
export async function create_connection(
  address: [string, number] | Address,
  timeout?: number | null,
  source_address?: Address | null,
  options: CreateConnectionOptions = {},
): Promise<Socket<InetAddress | Inet6Address, 1>> {
  return await connectVia(
    Socket,
    address,
    timeout,
    source_address,
    options,
    getaddrinfo,
  ) as Socket<InetAddress | Inet6Address, 1>;
}

/**
 * Python's `socket.getaddrinfo(host, port, family, type, proto, flags)`
 * through glibc's own `getaddrinfo(3)`: its results in its order, its
 * `EAI_*` errors with `gai_strerror`'s messages. A numeric host (or none)
 * is answered at once; a host name is looked up on Deno's blocking pool
 * (one look-up at a time) and needs Deno's net permission for it.
 *
 * @param host A host name, a numeric address, or `null`.
 * @param port A port number, a service name, or `null`.
 * @param family `AF_INET`, `AF_INET6` or `0` (any).
 * @param type A socket type, or `0` (each glibc gives).
 * @param proto A protocol number, or `0`.
 * @param flags `AI_*` flags, OR-ed.
 * @param options `signal`: stop waiting when it aborts.
 * @returns `[family, type, proto, canonname, sockaddr]` entries.
 * @throws {gaierror} glibc's code and message, e.g. `[Errno -2] Name or
 * service not known`.
 * @throws {PermissionError} A name look-up without `--allow-net` for it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const infos = await socket.getaddrinfo("127.0.0.1", "http", 0, socket.SOCK_STREAM);
 * assert.deepStrictEqual(infos, [[socket.AF_INET, socket.SOCK_STREAM, 6, "", ["127.0.0.1", 80]]]);
 * ```
 */
export async function getaddrinfo(
  host: string | Uint8Array | null,
  port: number | string | Uint8Array | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
  options?: WaitOptions,
): Promise<AddrInfo[]> {
  const hints = hintsArgs(family, type, proto, flags);
  const signal = toSignal(options, "getaddrinfo");
  const found = addrinfo(hostArg(host), portArg(port), ...hints);
  return await untilAborted(found, signal) as AddrInfo[];
}

/**
 * Python's `socket.getnameinfo(sockaddr, flags)` through glibc's own
 * `getnameinfo(3)`. A reverse look-up (without `NI_NUMERICHOST`) runs on
 * Deno's blocking pool and needs Deno's net permission for the address.
 *
 * @param sockaddr `[host, port]` or `[host, port, flowinfo, scope_id]`,
 * with a numeric host.
 * @param flags `NI_*` flags, OR-ed.
 * @param options `signal`: stop waiting when it aborts.
 * @returns `[host, service]`.
 * @throws {gaierror} glibc's code and message.
 * @throws {OSError} `IPv4 sockaddr must be 2 tuple`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const flags = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV;
 * assert.deepStrictEqual(await socket.getnameinfo(["::1", 80, 0, 0], flags), ["::1", "80"]);
 * ```
 */
export async function getnameinfo(
  sockaddr: Address,
  flags: number,
  options?: WaitOptions,
): Promise<[string, string]> {
  const { host, port, flow, scope, niFlags, size } = nameinfoArgs(
    sockaddr,
    flags,
  );
  const signal = toSignal(options, "getnameinfo");
  const found = nameinfo(host, port, flow, scope, size, niFlags);
  return await untilAborted(found, signal);
}

/**
 * Python's `socket.create_server()` over native sockets: `SO_REUSEADDR`,
 * `reuse_port` (`SO_REUSEPORT`) and an IPv6-only `AF_INET6` server unless
 * `dualstack_ipv6`, exactly as Python sets them.
 *
 * @param address `[host, port]` (a path for `AF_UNIX`).
 * @param options `family`, `backlog`, `reuse_port`, `dualstack_ipv6`.
 * @returns The listening socket.
 * @throws {OSError} A bind error with the address added.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using srv = socket.create_server(["127.0.0.1", 0], { reuse_port: true });
 * assert(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) === 1);
 * ```
 */
export function create_server<F extends number = 2>(
  address: Address,
  options: CreateServerOptions<F> = {},
): Socket<AddressOf<F>, 1> {
  return serveVia(Socket, address, options, {
    reusePort: true,
    v6only: true,
  }) as Socket<AddressOf<F>, 1>;
}

/**
 * Python's `socket.close(fd)`: closes an OS descriptor.
 *
 * @param fd The descriptor.
 * @throws {OSError} `EBADF` (9) if it is not open.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * const s = socket.socket();
 * socket.close(s.detach());
 * assert(s.fileno() === -1);
 * ```
 */
export function close(fd: number): void {
  nativeEngine.descriptors.close(toIndex(fd));
}

/**
 * Python's `socket.dup(fd)`: a new OS descriptor for the same socket, not
 * inheritable.
 *
 * @param fd The descriptor.
 * @returns The new descriptor.
 * @throws {OSError} `EBADF` (9) if it is not open.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using s = socket.socket();
 * const copy = socket.dup(s.fileno());
 * assert(copy !== s.fileno());
 * socket.close(copy);
 * ```
 */
export function dup(fd: number): number {
  return nativeEngine.descriptors.dup(toIndex(fd));
}

/**
 * Python's `socket.fromfd(fd, family, type, proto)`: a socket over a
 * duplicate of `fd`.
 *
 * @typeParam F The family.
 * @typeParam K The type.
 * @param fd The descriptor (left open).
 * @param family The family.
 * @param type The type.
 * @param proto The protocol.
 * @returns The new socket.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
 * using t = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_DGRAM);
 * assert(t.fileno() !== s.fileno());
 * ```
 */
export function fromfd<F extends number, K extends number>(
  fd: number,
  family: F,
  type: K,
  proto = 0,
): Socket<AddressOf<F>, K> {
  const copy = dup(fd);
  try {
    return new Socket<AddressOf<F>, K>(family, type, proto, copy);
  } catch (e) {
    close(copy);
    throw e;
  }
}

/**
 * Python's `socket.if_nameindex()` through libc's `if_nameindex(3)`:
 * every network interface as `[index, name]`. Needs the permission the
 * default entry needs, `--allow-read=/sys/class/net` (as do
 * `if_nametoindex` and `if_indextoname`).
 *
 * @returns The interfaces, in libc's order.
 * @throws {PermissionError} Without `--allow-read`.
 *
 * @example The loopback interface is there
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * assert(socket.if_nameindex().some(([, name]) => name === "lo"));
 * ```
 */
export function if_nameindex(): [number, string][] {
  return nameindex();
}

/**
 * Python's `socket.if_nametoindex(name)` through libc.
 *
 * @param name The interface's name (a string or its bytes).
 * @returns The index.
 * @throws {OSError} `no interface with this name`.
 * @throws {TypeError} `expected str, bytes or os.PathLike object, not int`.
 * @throws {ValueError} `embedded null byte`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * assert(socket.if_nametoindex("lo") >= 1);
 * ```
 */
export function if_nametoindex(name: string | Uint8Array): number {
  return nametoindex(fsBytes(name));
}

/**
 * Python's `socket.if_indextoname(index)` through libc.
 *
 * @param index The interface's index (cut to a C unsigned int, as CPython
 * does).
 * @returns The name.
 * @throws {OSError} `[Errno 6] No such device or address`.
 * @throws {OverflowError} `can't convert negative value to unsigned int`.
 * @throws {TypeError} `an integer is required`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * assert(socket.if_indextoname(socket.if_nametoindex("lo")) === "lo");
 * ```
 */
export function if_indextoname(index: number): string {
  return indextoname(interfaceIndexArg(index));
}

/**
 * Python's `socket.sethostname(name)` through `sethostname(2)`: only a
 * process with the privilege may (`PermissionError` `[Errno 1]`
 * otherwise, as in Python). Needs the write permission the default entry
 * needs, `--allow-write=/proc/sys/kernel/hostname`.
 *
 * @param name The new name (a string or its bytes).
 * @throws {PermissionError} `[Errno 1] Operation not permitted` without
 * the privilege; without the Deno permission, one naming `--allow-write`.
 * @throws {OSError} `[Errno 22] Invalid argument` for a name over 64 bytes.
 * @throws {TypeError} `expected str, bytes or os.PathLike object, not int`.
 * @throws {ValueError} `embedded null byte`.
 *
 * @example A name too long for Linux
 * ```ts
 * import * as socket from "@pysocket/socket/ffi";
 * import assert from "node:assert/strict";
 * assert.throws(() => socket.sethostname("x".repeat(65)), socket.OSError);
 * ```
 */
export function sethostname(name: string | Uint8Array): void {
  setHostname(fsBytes(name));
}
