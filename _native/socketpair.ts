// socketpair(2): two connected sockets the kernel made, of any type.

import { oserror } from "../_oserror.ts";
import { errno, libc } from "./libc.ts";
import { C } from "./libc.ts";
import { own } from "./descriptors.ts";
import { familyOf } from "./engine.ts";
import { NativeSocket } from "./native_socket.ts";

/** The two ends of a new pair of `family`, `type` (flags allowed), `proto`. */
export function pair(
  family: number,
  type: number,
  proto: number,
): [NativeSocket, NativeSocket] {
  const fds = new Int32Array(2);
  const result = libc().socketpair(
    family,
    type | C.SOCK_NONBLOCK | C.SOCK_CLOEXEC,
    proto,
    new Uint8Array(fds.buffer),
  );
  if (result < 0) throw oserror(errno());
  // The kernel checked the family: AF_UNIX is the only one it pairs.
  const codec = familyOf(family);
  return [
    new NativeSocket(codec, own(fds[0]!), true),
    new NativeSocket(codec, own(fds[1]!), true),
  ];
}
