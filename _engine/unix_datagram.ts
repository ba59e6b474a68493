// AF_UNIX SOCK_DGRAM: Deno.listenDatagram's "unixpacket" transport, which
// is a real AF_UNIX datagram socket but exists only under --unstable-net.
// Without it a socket of this kind cannot be made: the error says why.

import type { Address } from "../address.ts";
import { OSError } from "../errors.ts";
import { fromRuntime, oserror } from "../_oserror.ts";
import type { DatagramBackend } from "./datagram_backend.ts";
import { DenoDatagrams, listenDatagram } from "./datagram_deno.ts";
import type { DatagramFamily } from "./datagram_family.ts";
import type { SocketOptions } from "./options.ts";
import { parseUnixPath } from "./unix_stream.ts";

/** The backend, or Python's kind of error for a socket that cannot exist. */
function unixpacket(): DatagramBackend {
  const listen = listenDatagram();
  if (listen === undefined) {
    throw new OSError(
      94,
      "Socket type not supported: AF_UNIX SOCK_DGRAM needs Deno's --unstable-net",
    );
  }
  return new DenoDatagrams(listen, "unixpacket");
}

/** SOCK_DGRAM over AF_UNIX: a path is the address. */
export class UnixDatagrams implements DatagramFamily<string> {
  readonly family = 1;
  readonly protocol = 0;
  readonly unbound: Address = "";
  readonly noPeerErrno = 107;
  // An unbound AF_UNIX sender stays unnamed; its datagrams come from None.
  readonly autobinds = false;
  readonly #backend: DatagramBackend;

  /** @throws {OSError} ESOCKTNOSUPPORT (94) without --unstable-net. */
  constructor() {
    this.#backend = unixpacket();
  }

  parse(address: unknown): string {
    return parseUnixPath(address);
  }

  resolve(path: string): Deno.Addr {
    return { transport: "unixpacket", path };
  }

  bindAddress(path: string): Deno.Addr {
    return { transport: "unixpacket", path };
  }

  autobindAddress(): null {
    return null;
  }

  checkPeer(peer: Deno.Addr): void {
    // Linux's connect looks the path up: missing is ENOENT, anything but a
    // socket is refused.
    let info: Deno.FileInfo;
    try {
      info = Deno.statSync((peer as Deno.UnixAddr).path);
    } catch (e) {
      throw fromRuntime(e);
    }
    if (!info.isSocket) throw oserror(111);
  }

  checkSend(): void {}

  backend(): DatagramBackend {
    return this.#backend;
  }

  address(addr: Deno.Addr): Address | null {
    return (addr as Deno.UnixAddr).path ?? null;
  }

  key(addr: Deno.Addr): string {
    return (addr as Deno.UnixAddr).path ?? "";
  }

  defineOptions(_options: SocketOptions): void {
    // AF_UNIX datagrams add no option to the common ones.
  }

  checkOption(_level: number, _name: number, value: number): number {
    return value;
  }
}
