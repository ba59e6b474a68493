// AF_INET and AF_INET6 for the native engine: CPython's checks on the tuple
// (shared with the default engine), Deno's net permission for host:port,
// and sockaddr_in / sockaddr_in6.

import { parseIPv4Lenient, parseIPv6 } from "../_inet.ts";
import { toIndex } from "../_validate.ts";
import {
  type InetFamily,
  type InetTarget,
  parseInet,
} from "../_engine/inet_address.ts";
import type { NativeFamily, NativeTarget } from "./family.ts";
import { addrinfo, addrinfoSync } from "./netdb.ts";
import { permitNet, permitRawSockets } from "./permissions.ts";
import { sockaddrIn, sockaddrIn6 } from "./sockaddr.ts";

class InetAddress implements NativeTarget {
  readonly #family: InetFamily;
  readonly #target: InetTarget;
  readonly #flowinfo: number;
  readonly #scopeId: number;

  constructor(
    family: InetFamily,
    target: InetTarget,
    flowinfo: number,
    scopeId: number,
  ) {
    this.#family = family;
    this.#target = target;
    this.#flowinfo = flowinfo;
    this.#scopeId = scopeId;
  }

  get key(): string {
    return `${this.#target.host} ${this.#target.port}`;
  }

  permit(): void {
    permitNet(this.#target.host, this.#target.port);
  }

  sockaddrSync(): Uint8Array {
    const { host, numeric } = this.#target;
    if (numeric) return this.#encode(host);
    const [first] = addrinfoSync(host, this.#family, 2);
    return this.#encode((first![4] as [string, number])[0]);
  }

  sockaddr(): Uint8Array | Promise<Uint8Array> {
    const { host, numeric } = this.#target;
    if (numeric) return this.#encode(host);
    // As CPython's setipaddr: glibc's getaddrinfo for this family.
    return addrinfo(host, null, this.#family, 0, 0, 0).then((found) =>
      this.#encode((found[0]![4] as [string, number])[0])
    );
  }

  #encode(host: string): Uint8Array {
    const port = this.#target.port;
    if (this.#family === 2) return sockaddrIn(parseIPv4Lenient(host)!, port);
    return sockaddrIn6(parseIPv6(host)!, port, this.#flowinfo, this.#scopeId);
  }
}

/** TCP or UDP over IPv4 or IPv6. */
export class NativeInet implements NativeFamily {
  readonly family: InetFamily;

  constructor(family: InetFamily) {
    this.family = family;
  }

  parse(address: unknown, caller: string): NativeTarget {
    const target = parseInet(this.family, address, caller);
    const rest = address as unknown[];
    return new InetAddress(
      this.family,
      target,
      rest.length > 2 ? toIndex(rest[2]) : 0,
      rest.length > 3 ? toIndex(rest[3]) >>> 0 : 0,
    );
  }

  permitOpen(type: number): void {
    // SOCK_RAW and the old SOCK_PACKET see more than one address's traffic.
    if (type === 3 || type === 10) permitRawSockets();
  }

  permitAutobind(): void {
    permitNet(this.family === 2 ? "0.0.0.0" : "::", 0);
  }
}
