// Python's if_nameindex(), if_nametoindex(), if_indextoname() and
// sethostname() through libc's functions of those names, as CPython calls
// them, after Deno's permissions for them (see permissions.ts).

import { OSError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { errno, libc, size } from "./libc.ts";
import { permitHostname, permitInterfaces } from "./permissions.ts";

/** `struct if_nameindex` (LP64): `unsigned if_index; char *if_name;`. */
const ENTRY = { size: 16, name: 8 } as const;
/** Linux's IF_NAMESIZE, the terminating NUL included. */
const IF_NAMESIZE = 16;

function cBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/** libc's if_nameindex() list, `[index, name]` in its order. */
export function nameindex(): [number, string][] {
  const lib = libc();
  permitInterfaces();
  const head = lib.if_nameindex();
  if (head === null) throw oserror(errno());
  const out: [number, string][] = [];
  try {
    const view = new Deno.UnsafePointerView(head);
    for (let at = 0;; at += ENTRY.size) {
      const index = view.getUint32(at);
      const name = view.getPointer(at + ENTRY.name);
      if (index === 0 && name === null) break;
      out.push([index, Deno.UnsafePointerView.getCString(name!)]);
    }
  } finally {
    lib.if_freenameindex(head);
  }
  return out;
}

/** libc's if_nametoindex(); 0 is CPython's OSError without errno. */
export function nametoindex(name: Uint8Array): number {
  const lib = libc();
  permitInterfaces();
  const index = lib.if_nametoindex(cBytes(name));
  if (index === 0) throw new OSError("no interface with this name");
  return index;
}

/** libc's if_indextoname(); NULL is the OSError of its errno. */
export function indextoname(index: number): string {
  const lib = libc();
  permitInterfaces();
  const buffer = new Uint8Array(IF_NAMESIZE);
  if (lib.if_indextoname(index, buffer) === null) throw oserror(errno());
  return new TextDecoder().decode(buffer.subarray(0, buffer.indexOf(0)));
}

/** sethostname(2): the kernel checks the length and the privilege. */
export function setHostname(name: Uint8Array): void {
  const lib = libc();
  permitHostname();
  if (lib.sethostname(name, size(name.length)) < 0) throw oserror(errno());
}
