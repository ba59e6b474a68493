// The families beyond IP and UNIX that Linux opens for this process:
// AF_NETLINK `(pid, groups)`, AF_PACKET `(ifname, proto[, pkttype[,
// hatype[, addr]]])`, AF_VSOCK `(cid, port)`, each parsed as CPython's
// getsockaddrarg does; any other family opens as the kernel allows and
// has no address Python could give it. Deno has no permission for these
// sockets (a packet socket sees every frame of an interface), so each
// needs the whole --allow-net, as does a raw IP socket.

import { OSError, OverflowError, ValueError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { pyTypeName, toBytes, toCInt, toIndex } from "../_validate.ts";
import type { NativeFamily, NativeTarget } from "./family.ts";
import { errno, libc } from "./libc.ts";
import { permitRawSockets } from "./permissions.ts";

/** A parsed address: its sockaddr, behind the whole-network permission. */
class Target implements NativeTarget {
  readonly #sockaddr: Uint8Array;
  readonly key: string;

  constructor(sockaddr: Uint8Array) {
    this.#sockaddr = sockaddr;
    this.key = sockaddr.join(",");
  }

  permit(): void {
    permitRawSockets();
  }

  sockaddrSync(): Uint8Array {
    return this.#sockaddr;
  }

  sockaddr(): Uint8Array {
    return this.#sockaddr;
  }
}

// CPython's `%s(): <FAMILY> address must be tuple, not %.500s`.
function tupleOf(address: unknown, prefix: string, name: string): unknown[] {
  if (!Array.isArray(address)) {
    throw new TypeError(
      `${prefix}${name} address must be tuple, not ${pyTypeName(address)}`,
    );
  }
  return address;
}

// Python's "I" format: an integer, masked to 32 bits.
function unsigned(value: unknown): number {
  const n = typeof value === "bigint" ? value : BigInt(toIndex(value));
  return Number(BigInt.asUintN(32, n));
}

/** The family of any socket that is no AF_INET, AF_INET6 or AF_UNIX. */
export class NativeOther implements NativeFamily {
  readonly family: number;

  constructor(family: number) {
    this.family = family;
  }

  parse(address: unknown, caller: string): NativeTarget {
    return new Target(this.#encode(address, caller));
  }

  #encode(address: unknown, caller: string): Uint8Array {
    switch (this.family) {
      case 16:
        return netlink(tupleOf(address, `${caller}(): `, "AF_NETLINK"));
      case 17:
        return packet(
          tupleOf(address, `${caller}(): `, "AF_PACKET"),
          caller,
        );
      case 40:
        return vsock(tupleOf(address, "getsockaddrarg: ", "AF_VSOCK"));
    }
    throw new OSError(`${caller}(): bad family`);
  }

  permitOpen(): void {
    permitRawSockets();
  }

  permitAutobind(): void {
    permitRawSockets();
  }
}

// struct sockaddr_nl (12 bytes): family, pad, pid, groups.
function netlink(items: unknown[]): Uint8Array {
  if (items.length !== 2) {
    throw new TypeError("AF_NETLINK address must be a pair (pid, groups)");
  }
  const out = new Uint8Array(12);
  const view = new DataView(out.buffer);
  view.setUint16(0, 16, true);
  view.setUint32(4, unsigned(items[0]), true);
  view.setUint32(8, unsigned(items[1]), true);
  return out;
}

// struct sockaddr_ll (20 bytes): family, protocol (network order),
// ifindex, hatype, pkttype, halen, addr[8].
function packet(items: unknown[], caller: string): Uint8Array {
  const [ifname, proto, pkttype = 0, hatype = 0, haddr] = items;
  if (items.length < 2 || items.length > 5 || typeof ifname !== "string") {
    throw new TypeError(
      "AF_PACKET address must be a tuple of two to five elements",
    );
  }
  const protocol = toCInt(proto);
  const type = toCInt(pkttype), hardware = toCInt(hatype);
  const bytes = haddr === undefined
    ? new Uint8Array(0)
    : toBytes(haddr as Uint8Array);
  // SIOCGIFINDEX on the name cut to IFNAMSIZ - 1, as CPython's strncpy.
  const name = new TextEncoder().encode(ifname).subarray(0, 15);
  const cName = new Uint8Array(name.length + 1);
  cName.set(name);
  const index = libc().if_nametoindex(cName);
  if (index === 0) throw oserror(errno());
  if (bytes.length > 8) {
    throw new ValueError("Hardware address must be 8 bytes or less");
  }
  if (protocol < 0 || protocol > 0xffff) {
    throw new OverflowError(`${caller}(): proto must be 0-65535.`);
  }
  const out = new Uint8Array(20);
  const view = new DataView(out.buffer);
  view.setUint16(0, 17, true);
  view.setUint16(2, protocol, false);
  view.setInt32(4, index, true);
  view.setUint16(8, hardware & 0xffff, true);
  out[10] = type & 0xff;
  out[11] = bytes.length;
  out.set(bytes, 12);
  return out;
}

// struct sockaddr_vm (16 bytes): family, reserved, port, cid, zeros.
function vsock(items: unknown[]): Uint8Array {
  if (items.length !== 2) {
    throw new TypeError(
      `getsockaddrarg() takes exactly 2 arguments (${items.length} given)`,
    );
  }
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  view.setUint16(0, 40, true);
  view.setUint32(8, unsigned(items[0]), true);
  view.setUint32(4, unsigned(items[1]), true);
  return out;
}
