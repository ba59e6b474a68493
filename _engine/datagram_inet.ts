// UDP's part in a datagram socket: Python's AF_INET/AF_INET6 address rules,
// look-ups as libc does them, UDP's options, and the choice of backend:
// Deno.listenDatagram when the runtime has it, node:dgram otherwise.

import { lookup } from "node:dns/promises";
import type { Address } from "../address.ts";
import { fromRuntime, gaiError, oserror } from "../_oserror.ts";
import { formatIPv6, parseIPv6 } from "../_inet.ts";
import type { DatagramBackend } from "./datagram_backend.ts";
import { DenoDatagrams, listenDatagram } from "./datagram_deno.ts";
import type { DatagramFamily } from "./datagram_family.ts";
import { NodeDatagrams } from "./datagram_node.ts";
import {
  familyOfHost,
  type InetFamily,
  type InetTarget,
  inetTuple,
  parseInet,
  unboundInet,
} from "./inet_address.ts";
import type { SocketOptions } from "./options.ts";

const SOL_SOCKET = 1;
const IPPROTO_IP = 0;
const IPPROTO_IPV6 = 41;
const IP_TTL = 2;
const IP_MULTICAST_TTL = 33;
const IP_MULTICAST_LOOP = 34;
const IPV6_UNICAST_HOPS = 16;
const IPV6_MULTICAST_HOPS = 18;
const IPV6_MULTICAST_LOOP = 19;
/** Linux's default UDP buffer sizes (net.core.rmem_default/wmem_default). */

/** UDP over IPv4 or IPv6. */
export class InetDatagrams implements DatagramFamily<InetTarget> {
  readonly family: InetFamily;
  readonly protocol = 17;
  readonly unbound: Address;
  readonly noPeerErrno = 89;
  readonly autobinds = true;
  readonly #fast: DatagramBackend | undefined;
  readonly #portable: DatagramBackend;

  constructor(family: InetFamily) {
    this.family = family;
    this.unbound = unboundInet(family);
    const listen = listenDatagram();
    this.#fast = listen && new DenoDatagrams(listen, "udp");
    this.#portable = new NodeDatagrams(family === 2 ? "udp4" : "udp6");
  }

  parse(address: unknown, caller: string): InetTarget {
    return parseInet(this.family, address, caller);
  }

  resolve(target: InetTarget): Deno.Addr | Promise<Deno.Addr> {
    if (target.numeric) return udpAddr(target.host, target.port);
    return this.#lookup(target);
  }

  async #lookup(target: InetTarget): Promise<Deno.Addr> {
    try {
      const { address } = await lookup(target.host, {
        family: this.family === 2 ? 4 : 6,
      });
      return udpAddr(address, target.port);
    } catch (e) {
      throw fromRuntime(e);
    }
  }

  bindAddress(target: InetTarget): Deno.Addr {
    if (target.numeric) return udpAddr(target.host, target.port);
    // bind() never waits, so a name is resolved the one synchronous way
    // Deno has: a TCP listener on it, closed at once.
    let hostname: string;
    try {
      const probe = Deno.listen({ hostname: target.host, port: 0 });
      hostname = probe.addr.hostname;
      probe.close();
    } catch (e) {
      throw e instanceof Deno.errors.NotCapable
        ? fromRuntime(e)
        : gaiError(-2, e);
    }
    if (familyOfHost(hostname) !== this.family) throw gaiError(-2);
    return udpAddr(hostname, target.port);
  }

  autobindAddress(peer: Deno.Addr | null): Deno.Addr {
    // Linux picks the source address by route: for a loopback peer that is
    // loopback. Other routes are the kernel's to know; the wildcard stands in.
    const host = (peer as Deno.NetAddr | null)?.hostname ?? "";
    if (this.family === 2) {
      return udpAddr(host.startsWith("127.") ? "127.0.0.1" : "0.0.0.0", 0);
    }
    return udpAddr(host === "::1" ? "::1" : "::", 0);
  }

  checkPeer(): void {}

  checkSend(to: Deno.Addr, options: SocketOptions): void {
    // Linux refuses the broadcast address without SO_BROADCAST. The runtime
    // sockets have the kernel flag on, so the engine keeps the rule.
    if (
      (to as Deno.NetAddr).hostname === "255.255.255.255" &&
      options.get(SOL_SOCKET, 6) === 0
    ) throw oserror(13);
  }

  backend(settings: [number, number, number][]): DatagramBackend {
    const fast = this.#fast;
    if (
      fast !== undefined &&
      settings.every(([level, name]) => fast.canOpenWith(level, name))
    ) return fast;
    return this.#portable;
  }

  address(addr: Deno.Addr): Address {
    return inetTuple(this.family, addr as Deno.NetAddr);
  }

  key(addr: Deno.Addr): string {
    const { hostname, port } = addr as Deno.NetAddr;
    if (this.family === 2) return `${hostname}:${port}`;
    const bytes = parseIPv6(hostname) ?? parseIPv6(`::ffff:${hostname}`);
    return `${bytes ? formatIPv6(bytes) : hostname}:${port}`;
  }

  defineOptions(options: SocketOptions): void {
    options.define(SOL_SOCKET, 6, 0); // SO_BROADCAST
    if (this.family === 2) {
      options.define(IPPROTO_IP, IP_TTL, 64, true);
      options.define(IPPROTO_IP, IP_MULTICAST_TTL, 1, true);
      options.define(IPPROTO_IP, IP_MULTICAST_LOOP, 1);
    } else {
      options.define(IPPROTO_IPV6, IPV6_UNICAST_HOPS, 64, true);
      options.define(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 1, true);
      options.define(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 1);
    }
  }

  checkOption(level: number, name: number, value: number): number {
    const ttl = level === IPPROTO_IP && name === IP_TTL;
    const hops = level === IPPROTO_IPV6 &&
      (name === IPV6_UNICAST_HOPS || name === IPV6_MULTICAST_HOPS);
    const multicastTtl = level === IPPROTO_IP && name === IP_MULTICAST_TTL;
    if (!ttl && !hops && !multicastTtl) return value;
    // -1 restores the default; Linux takes 1-255 for IP_TTL, 0-255 else.
    if (value === -1) {
      return ttl || name === IPV6_UNICAST_HOPS ? 64 : 1;
    }
    if (value < (ttl ? 1 : 0) || value > 255) throw oserror(22);
    return value;
  }
}

function udpAddr(hostname: string, port: number): Deno.NetAddr {
  return { transport: "udp", hostname, port };
}
