// The native engine as the Socket class sees it: which family serves a
// socket, and its descriptor number (the OS's own).

import { oserror } from "../_oserror.ts";
import type { Engine } from "../_engine/handles.ts";
import type { Transport } from "../_engine/transport.ts";
import type { NativeFamily } from "./family.ts";
import { NativeInet } from "./inet.ts";
import { NativeSocket, openSocket } from "./native_socket.ts";
import { NativeUnix } from "./unix.ts";

const FAMILIES: Record<number, NativeFamily> = {
  1: new NativeUnix(),
  2: new NativeInet(2),
  10: new NativeInet(10),
};

/** The family part of `family`, or EAFNOSUPPORT as Linux gives it. */
export function familyOf(family: number): NativeFamily {
  const found = FAMILIES[family];
  if (found === undefined) throw oserror(97);
  return found;
}

/** The native engine: the kernel checks family, type and protocol. */
export const nativeEngine: Engine = {
  entry: "@pysocket/socket/ffi",
  create(family: number, type: number, proto: number): Transport {
    return openSocket(familyOf(family), type, proto);
  },
  fileno(transport: Transport): number {
    return (transport as NativeSocket).fd;
  },
  // The descriptor closes with its transport.
  release(): void {},
};
