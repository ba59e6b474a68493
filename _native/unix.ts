// AF_UNIX for the native engine: a path (str or bytes) or a Linux abstract
// name (a leading NUL), checked as CPython's getsockaddrarg checks it, with
// Deno's read and write permission for a path.

import { OSError } from "../errors.ts";
import { toBytes } from "../_validate.ts";
import type { NativeFamily, NativeTarget } from "./family.ts";
import { permitAbstract, permitPath } from "./permissions.ts";
import { sockaddrUn } from "./sockaddr.ts";

/** `sizeof(sun_path)`: a path needs room for its NUL, a name does not. */
const SUN_PATH = 108;

class UnixAddress implements NativeTarget {
  readonly #path: Uint8Array;
  readonly key: string;

  constructor(path: Uint8Array) {
    this.#path = path;
    this.key = path.join(",");
  }

  permit(): void {
    const path = this.#path;
    // The empty name autobinds an abstract one.
    if (path.length === 0 || path[0] === 0) return permitAbstract();
    const nul = path.indexOf(0);
    // The kernel reads the path up to its first NUL (oracle J21).
    permitPath(
      new TextDecoder().decode(nul === -1 ? path : path.subarray(0, nul)),
    );
  }

  sockaddrSync(): Uint8Array {
    return sockaddrUn(this.#path);
  }

  sockaddr(): Uint8Array {
    return sockaddrUn(this.#path);
  }
}

/** SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET over AF_UNIX. */
export class NativeUnix implements NativeFamily {
  readonly family = 1;

  parse(address: unknown): NativeTarget {
    const path = typeof address === "string"
      ? new TextEncoder().encode(address)
      : toBytes(address).slice();
    const abstract = path.length > 0 && path[0] === 0;
    if (abstract ? path.length > SUN_PATH : path.length >= SUN_PATH) {
      throw new OSError("AF_UNIX path too long");
    }
    return new UnixAddress(path);
  }

  permitOpen(): void {}

  permitAutobind(): void {
    // Linux names no unbound AF_UNIX socket on listen() (EINVAL) or send.
  }
}
