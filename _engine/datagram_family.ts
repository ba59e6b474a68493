// What a datagram socket's family decides: address checks and look-ups,
// which backend to open, how the runtime's addresses read as Python's, and
// the options the family adds.

import type { Address } from "../address.ts";
import type { DatagramBackend } from "./datagram_backend.ts";
import type { SocketOptions } from "./options.ts";

/** One address family's part in a datagram socket. */
export interface DatagramFamily<Target> {
  readonly family: number;
  /** What `SO_PROTOCOL` reports. */
  readonly protocol: number;
  /** `getsockname()` before the socket has a name. */
  readonly unbound: Address;
  /** `send()` with no peer: EDESTADDRREQ for UDP, ENOTCONN for AF_UNIX. */
  readonly noPeerErrno: number;
  /** Whether the first `sendto`/`connect` binds an ephemeral address. */
  readonly autobinds: boolean;
  /** Python's checks on an address argument of `caller`. */
  parse(address: unknown, caller: string): Target;
  /** The runtime address of a target; names are looked up. */
  resolve(target: Target): Deno.Addr | Promise<Deno.Addr>;
  /** The address `bind()` opens, resolved now (bind never waits). */
  bindAddress(target: Target): Deno.Addr;
  /** The address an unbound socket takes before talking to `peer`. */
  autobindAddress(peer: Deno.Addr | null): Deno.Addr | null;
  /** Linux's connect-time checks on a peer (AF_UNIX: the path exists). */
  checkPeer(peer: Deno.Addr): void;
  /** Linux's send-time checks (SO_BROADCAST). */
  checkSend(to: Deno.Addr, options: SocketOptions): void;
  /** The backend for a new endpoint, given the options set before it. */
  backend(settings: [number, number, number][]): DatagramBackend;
  /** Python's form of a runtime address; `null` for an unnamed sender. */
  address(addr: Deno.Addr): Address | null;
  /** A comparable form of an address, to filter by the connected peer. */
  key(addr: Deno.Addr): string;
  /** Adds the family's options with Linux's defaults. */
  defineOptions(options: SocketOptions): void;
  /** Range-checks an option value; returns the value to store. */
  checkOption(level: number, name: number, value: number): number;
}
