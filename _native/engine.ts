// The native engine as the Socket class sees it: which family serves a
// socket, the kernel's own descriptors, and how their numbers are found.

import { oserror } from "../_oserror.ts";
import { type Engine, transportOf } from "../_engine/handles.ts";
import type { Descriptors, Transport } from "../_engine/transport.ts";
import { disown, own } from "./descriptors.ts";
import type { NativeFamily } from "./family.ts";
import { NativeInet } from "./inet.ts";
import { C, errno, libc } from "./libc.ts";
import { NativeSocket, openSocket } from "./native_socket.ts";
import { NativeOther } from "./other.ts";
import { NativeUnix } from "./unix.ts";

const FAMILIES: Record<number, NativeFamily> = {
  1: new NativeUnix(),
  2: new NativeInet(2),
  10: new NativeInet(10),
};

/**
 * The family part of `family`; one beyond IP and UNIX opens as the kernel
 * allows (EAFNOSUPPORT where it has none).
 */
export function familyOf(family: number): NativeFamily {
  return FAMILIES[family] ?? new NativeOther(family);
}

// An int option of any descriptor (ENOTSOCK for one that is no socket).
function optionOf(fd: number, name: number): number {
  const value = new Int32Array(1);
  const length = new Uint32Array([4]);
  const result = libc().getsockopt(
    fd,
    C.SOL_SOCKET,
    name,
    new Uint8Array(value.buffer),
    new Uint8Array(length.buffer),
  );
  if (result < 0) throw oserror(errno());
  return value[0]!;
}

const descriptors: Descriptors = {
  create: (family, type) => openSocket(familyOf(family), type, 0),
  attach(fd: number): Transport {
    const family = familyOf(optionOf(fd, C.SO_DOMAIN));
    return new NativeSocket(family, own(fd), true);
  },
  close(fd: number): void {
    // A descriptor a socket of this engine holds is closed by the kernel
    // all the same: the socket then answers EBADF.
    if (libc().close(fd) < 0) throw oserror(errno());
    disown(fd);
  },
  dup(fd: number): number {
    const copy = libc().fcntl(fd, C.F_DUPFD_CLOEXEC, 0);
    if (copy < 0) throw oserror(errno());
    return own(copy);
  },
};

// Open sockets by descriptor number, for selectors given an integer.
const byNumber = new Map<number, WeakRef<object>>();

/** The native engine: the kernel checks family, type and protocol. */
export const nativeEngine: Engine = {
  entry: "@pysocket/socket/ffi",
  create(family: number, type: number, proto: number): Transport {
    return openSocket(familyOf(family), type, proto);
  },
  descriptors,
  remember(fd: number, sock: object): void {
    byNumber.set(fd, new WeakRef(sock));
  },
  forget(fd: number): void {
    byNumber.delete(fd);
  },
  lookup(fd: number): Transport | undefined {
    const sock = byNumber.get(fd)?.deref();
    return sock === undefined ? undefined : transportOf.get(sock);
  },
};
