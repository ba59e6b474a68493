// A host name turned into a socket address by glibc's getaddrinfo, called
// synchronously: bind() never waits, and CPython's bind resolves a name the
// same way (setipaddr). Only a name that is no numeric address gets here.

import { gaiError } from "../_oserror.ts";
import { ADDRINFO, C, libc } from "./libc.ts";

/**
 * The first address glibc gives for `host` in `family` (AF_INET or
 * AF_INET6), as the bytes of a sockaddr whose port is still 0.
 */
export function lookupSync(family: number, host: string): Uint8Array {
  const lib = libc();
  const hints = new Uint8Array(ADDRINFO.size);
  const view = new DataView(hints.buffer);
  view.setInt32(ADDRINFO.family, family, true);
  view.setInt32(ADDRINFO.socktype, C.SOCK_DGRAM, true);
  const name = new TextEncoder().encode(host + "\0");
  const result = new BigUint64Array(1);
  const code = lib.getaddrinfo(
    name,
    null,
    hints,
    new Uint8Array(result.buffer),
  );
  if (code !== 0) throw gaiError(code);
  const head = Deno.UnsafePointer.create(result[0]!);
  try {
    const info = new Deno.UnsafePointerView(head!);
    const length = info.getUint32(ADDRINFO.addrlen);
    const addr = info.getPointer(ADDRINFO.addr)!;
    return new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(addr, length))
      .slice();
  } finally {
    lib.freeaddrinfo(head);
  }
}
