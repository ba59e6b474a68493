// The libc binding of the native engine: the symbols it calls, Linux's
// constants, errno, and the struct layouts of x86_64 and aarch64. Opened on
// first use, so importing the native entry costs nothing until a socket is
// made; where it cannot be opened every call raises one clear OSError.

import { OSError } from "../errors.ts";
import { fromRuntime } from "../_oserror.ts";

const SYMBOLS = {
  socket: { parameters: ["i32", "i32", "i32"], result: "i32" },
  socketpair: {
    parameters: ["i32", "i32", "i32", "buffer"],
    result: "i32",
  },
  bind: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  listen: { parameters: ["i32", "i32"], result: "i32" },
  accept4: {
    parameters: ["i32", "buffer", "buffer", "i32"],
    result: "i32",
  },
  connect: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  // Sizes are ssize_t; declared i32 (an isize comes back as a BigInt) and
  // every length passed is kept below 2^31.
  recv: { parameters: ["i32", "buffer", "usize", "i32"], result: "i32" },
  send: { parameters: ["i32", "buffer", "usize", "i32"], result: "i32" },
  recvfrom: {
    parameters: ["i32", "buffer", "usize", "i32", "buffer", "buffer"],
    result: "i32",
  },
  sendto: {
    parameters: ["i32", "buffer", "usize", "i32", "buffer", "u32"],
    result: "i32",
  },
  sendmsg: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  recvmsg: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  shutdown: { parameters: ["i32", "i32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  getsockname: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getpeername: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getsockopt: {
    parameters: ["i32", "i32", "i32", "buffer", "buffer"],
    result: "i32",
  },
  setsockopt: {
    parameters: ["i32", "i32", "i32", "buffer", "u32"],
    result: "i32",
  },
  // Called with an int third argument only (F_GETFD, F_SETFD, F_DUPFD_*).
  fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "i32" },
  write: { parameters: ["i32", "buffer", "usize"], result: "i32" },
  poll: { parameters: ["buffer", "u64", "i32"], result: "i32" },
  epoll_create1: { parameters: ["i32"], result: "i32" },
  epoll_ctl: { parameters: ["i32", "i32", "i32", "buffer"], result: "i32" },
  epoll_wait: {
    parameters: ["i32", "buffer", "i32", "i32"],
    result: "i32",
  },
  // The same call on Deno's blocking pool: the one wait that may block.
  epoll_wait_blocking: {
    name: "epoll_wait",
    parameters: ["i32", "buffer", "i32", "i32"],
    result: "i32",
    nonblocking: true,
  },
  eventfd: { parameters: ["u32", "i32"], result: "i32" },
  // ssize_t, at most 2^30 here (the count passed is kept below it).
  sendfile: {
    parameters: ["i32", "i32", "buffer", "usize"],
    result: "i32",
  },
  fstat: { parameters: ["i32", "buffer"], result: "i32" },
  lseek: { parameters: ["i32", "i64", "i32"], result: "i64" },
  getrlimit: { parameters: ["i32", "buffer"], result: "i32" },
  getaddrinfo: {
    parameters: ["buffer", "buffer", "buffer", "buffer"],
    result: "i32",
  },
  // The same call on Deno's blocking pool, for a name that may need the
  // network (netdb.ts runs one at a time).
  getaddrinfo_blocking: {
    name: "getaddrinfo",
    parameters: ["buffer", "buffer", "buffer", "buffer"],
    result: "i32",
    nonblocking: true,
  },
  getnameinfo: {
    parameters: ["buffer", "u32", "buffer", "u32", "buffer", "u32", "i32"],
    result: "i32",
  },
  getnameinfo_blocking: {
    name: "getnameinfo",
    parameters: ["buffer", "u32", "buffer", "u32", "buffer", "u32", "i32"],
    result: "i32",
    nonblocking: true,
  },
  gai_strerror: { parameters: ["i32"], result: "pointer" },
  freeaddrinfo: { parameters: ["pointer"], result: "void" },
  if_nameindex: { parameters: [], result: "pointer" },
  if_freenameindex: { parameters: ["pointer"], result: "void" },
  if_nametoindex: { parameters: ["buffer"], result: "u32" },
  if_indextoname: { parameters: ["u32", "buffer"], result: "pointer" },
  sethostname: { parameters: ["buffer", "usize"], result: "i32" },
  __errno_location: { parameters: [], result: "pointer" },
} as const;

/** The bound symbols. */
export type Libc = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

// glibc's name; musl's libc.so is tried second.
const LIBRARIES = ["libc.so.6", "libc.so"];

/**
 * Opens libc. Done once, as the module loads (a library opened inside a
 * test would count as a leak there); a failure is kept and raised by the
 * first call.
 */
function open(): Libc | OSError {
  const unsupported = (why: string, cause?: unknown) =>
    new OSError(
      `the native engine (@pysocket/socket/ffi) ${why}; ` +
        `use the default entry @pysocket/socket instead`,
      undefined,
      cause === undefined ? {} : { cause },
    );
  if (Deno.build.os !== "linux") {
    return unsupported(`runs on Linux only, not ${Deno.build.os}`);
  }
  if (Deno.build.arch !== "x86_64" && Deno.build.arch !== "aarch64") {
    return unsupported(`supports x86_64 and aarch64, not ${Deno.build.arch}`);
  }
  let lastError: unknown;
  for (const name of LIBRARIES) {
    try {
      return Deno.dlopen(name, SYMBOLS).symbols;
    } catch (e) {
      // Without --allow-ffi: the default engine's PermissionError.
      if (e instanceof Deno.errors.NotCapable) return fromRuntime(e) as OSError;
      lastError = e;
    }
  }
  return unsupported(
    `cannot open libc (${LIBRARIES.join(", ")}): ${
      (lastError as Error)?.message
    }`,
    lastError,
  );
}

const opened = open();
// errno is thread-local: the JS thread's cell stays put for its life.
const errnoCell = opened instanceof OSError
  ? new Int32Array(1)
  : new Int32Array(
    Deno.UnsafePointerView.getArrayBuffer(opened.__errno_location()!, 4),
  );

/**
 * The libc symbols.
 *
 * @throws {OSError} On an OS or architecture the engine does not support,
 * or when libc cannot be opened; the message names the default entry.
 * `PermissionError` without `--allow-ffi`.
 */
export function libc(): Libc {
  if (opened instanceof OSError) throw opened;
  return opened;
}

/** The JS thread's errno, as the last failed call left it. */
export function errno(): number {
  return errnoCell[0]!;
}

/**
 * A size_t argument. Deno converts a number at run time where its types ask
 * for a bigint; converting to BigInt would cost every call.
 */
export function size(n: number): bigint {
  return n as unknown as bigint;
}

/** Linux's numbers the engine passes to the kernel. */
export const C = {
  AF_UNIX: 1,
  AF_INET: 2,
  AF_INET6: 10,
  SOCK_STREAM: 1,
  SOCK_DGRAM: 2,
  SOCK_SEQPACKET: 5,
  SOCK_NONBLOCK: 0o4000,
  SOCK_CLOEXEC: 0o2000000,
  SOL_SOCKET: 1,
  SO_ERROR: 4,
  SO_TYPE: 3,
  SO_DOMAIN: 39,
  F_GETFD: 1,
  F_SETFD: 2,
  F_DUPFD_CLOEXEC: 1030,
  F_GETFL: 3,
  O_ACCMODE: 3,
  O_WRONLY: 1,
  O_PATH: 0o10000000,
  SEEK_CUR: 1,
  RLIMIT_NOFILE: 7,
  FD_CLOEXEC: 1,
  MSG_PEEK: 0x2,
  MSG_DONTWAIT: 0x40,
  MSG_WAITALL: 0x100,
  MSG_NOSIGNAL: 0x4000,
  EINTR: 4,
  EAGAIN: 11,
  EALREADY: 114,
  EINPROGRESS: 115,
  POLLIN: 0x1,
  POLLPRI: 0x2,
  POLLOUT: 0x4,
  POLLERR: 0x8,
  POLLHUP: 0x10,
  POLLNVAL: 0x20,
  POLLRDHUP: 0x2000,
  EPOLLIN: 0x1,
  EPOLLPRI: 0x2,
  EPOLLOUT: 0x4,
  EPOLLERR: 0x8,
  EPOLLHUP: 0x10,
  EPOLLRDHUP: 0x2000,
  EPOLLET: 0x80000000,
  EPOLL_CTL_ADD: 1,
  EPOLL_CTL_DEL: 2,
  EPOLL_CTL_MOD: 3,
  EPOLL_CLOEXEC: 0o2000000,
  EFD_NONBLOCK: 0o4000,
  EFD_CLOEXEC: 0o2000000,
} as const;

/**
 * `struct epoll_event`: `{ uint32_t events; epoll_data_t data; }`, packed
 * (12 bytes) on x86_64, naturally aligned (16) on aarch64.
 */
export const EPOLL_EVENT: { size: number; data: number } =
  Deno.build.arch === "x86_64" ? { size: 12, data: 4 } : { size: 16, data: 8 };

/** `struct pollfd`: `{ int fd; short events; short revents; }` on both. */
export const POLLFD = { size: 8, events: 4, revents: 6 } as const;

/**
 * `struct addrinfo` (LP64, both architectures): flags, family, socktype,
 * protocol (int each), addrlen (socklen_t, padded), then the pointers
 * addr, canonname, next.
 */
export const ADDRINFO = {
  size: 48,
  flags: 0,
  family: 4,
  socktype: 8,
  protocol: 12,
  addrlen: 16,
  addr: 24,
  canonname: 32,
  next: 40,
} as const;

/**
 * `struct stat`: `st_dev` and `st_ino` (u64 each) lead on both
 * architectures; the whole struct is 144 bytes on x86_64, 128 on aarch64.
 */
export const STAT = { size: 144, dev: 0, ino: 8 } as const;

/** `sizeof(struct sockaddr_storage)`: room for any address. */
export const SOCKADDR_STORAGE = 128;
