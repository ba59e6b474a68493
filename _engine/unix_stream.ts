// UNIX-domain streams: a path is the address; Deno.listen/Deno.connect with
// the "unix" transport.

import type { Address } from "../address.ts";
import { OSError } from "../errors.ts";
import { fromRuntime, oserror } from "../_oserror.ts";
import { pyTypeName } from "../_validate.ts";
import type {
  StreamConn,
  StreamFamily,
  StreamListener,
} from "./stream_family.ts";

/** Linux's `sun_path` holds 108 bytes, the last for the terminating NUL. */
const MAX_PATH = 107;

/** A path argument, checked as CPython checks AF_UNIX addresses. */
export function parseUnixPath(address: unknown): string {
  let path: string;
  if (typeof address === "string") path = address;
  else if (address instanceof Uint8Array) {
    path = new TextDecoder().decode(address);
  } else {
    throw new TypeError(
      `a bytes-like object is required, not '${pyTypeName(address)}'`,
    );
  }
  if (new TextEncoder().encode(path).length > MAX_PATH) {
    throw new OSError("AF_UNIX path too long");
  }
  if (path.startsWith("\0")) {
    // Deno's unix transport takes filesystem paths only.
    throw new OSError(
      "abstract AF_UNIX addresses are not supported by Deno's unix transport",
    );
  }
  return path;
}

/** SOCK_STREAM over AF_UNIX. */
export class UnixStream implements StreamFamily<string> {
  readonly family = 1;
  readonly protocol = 0;
  readonly unbound: Address = "";

  parse(address: unknown): string {
    return parseUnixPath(address);
  }

  listen(path: string | null): StreamListener {
    // Linux refuses to listen on an unbound UNIX stream socket.
    if (path === null) throw oserror(22);
    try {
      return Deno.listen({ transport: "unix", path });
    } catch (e) {
      throw fromRuntime(e);
    }
  }

  relisten(listener: StreamListener): StreamListener {
    // Deno's unix listeners take no backlog: the kernel default stands.
    return listener;
  }

  async connect(
    path: string,
    _signal: AbortSignal,
    bound: StreamListener | null,
  ): Promise<StreamConn> {
    // Deno cannot connect from a bound UNIX address.
    if (bound !== null) throw oserror(95);
    try {
      return await Deno.connect({ transport: "unix", path });
    } catch (e) {
      throw fromRuntime(e);
    }
  }

  address(addr: Deno.Addr): Address {
    return (addr as Deno.UnixAddr).path ?? "";
  }
}
