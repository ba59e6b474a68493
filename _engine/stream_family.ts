// What a stream socket's family decides: address checks, how to listen and
// connect, and how the runtime's addresses read as Python's.

import type { Address } from "../address.ts";
import type { Tunable } from "./options.ts";
import type { RawConn } from "./stream.ts";

/** A connection as Deno.connect, accept or node:net give it. */
export interface StreamConn extends RawConn, Tunable {
  readonly localAddr: Deno.Addr;
  readonly remoteAddr: Deno.Addr;
}

/** A bound, listening runtime socket. */
export interface StreamListener {
  readonly addr: Deno.Addr;
  accept(): Promise<StreamConn>;
  close(): void;
  ref(): void;
  unref(): void;
}

/** One address family's part in a stream socket. */
export interface StreamFamily<Target> {
  readonly family: number;
  /** What `SO_PROTOCOL` reports. */
  readonly protocol: number;
  /** `recv` when not connected: ENOTCONN (TCP) or EINVAL (AF_UNIX). */
  readonly recvUnconnectedErrno: number;
  /** `send` when not connected: EPIPE (TCP) or ENOTCONN (AF_UNIX). */
  readonly sendUnconnectedErrno: number;
  /**
   * Whether `sendto` with an address is refused (AF_UNIX: EISCONN when
   * connected, else EOPNOTSUPP) rather than the address ignored (TCP).
   */
  readonly refusesSendtoAddress: boolean;
  /**
   * A socket not connected: `shutdown` sets its flags (AF_UNIX), or is
   * ENOTCONN, and on a listener SHUT_RD stops listening (TCP).
   */
  readonly shutsDownUnconnected: boolean;
  /** Whether a connect completes at once, non-blocking too (AF_UNIX). */
  readonly connectsAtOnce: boolean;
  /** `connect` on a listening socket: EISCONN (TCP) or EINVAL (AF_UNIX). */
  readonly listeningConnectErrno: number;
  /** The address of a socket not bound yet. */
  readonly unbound: Address;
  /** Python's checks on an address argument of `caller`. */
  parse(address: unknown, caller: string): Target;
  /** Binds (and, as Deno must, listens); `null` is any address, any port. */
  listen(target: Target | null, backlog: number): StreamListener;
  /** The listener again, with `backlog` honoured where the runtime can. */
  relisten(listener: StreamListener, backlog: number): StreamListener;
  /** Binds `addr` again, as TCP's listener stays bound when it stops. */
  rebind?(addr: Deno.Addr): StreamListener;
  /** Told when the socket starts listening on `listener` (after bind). */
  listening?(listener: StreamListener): void;
  /**
   * `target` with its host name resolved, as CPython's connect resolves it
   * before the socket is touched: a name that fails leaves the socket as it
   * was (still bound, its reservation held). `null`: nothing to resolve.
   */
  resolve?(target: Target): Promise<Target> | null;
  /**
   * Connects to a resolved `target`, from `bound`'s address when the socket
   * was bound first. `awaited`: the caller waits for the outcome with no
   * limit (a blocking connect), so the connect may keep the process alive;
   * otherwise (non-blocking, timed) it must not, and whoever waits holds
   * the process. A throw (not a rejection) leaves the socket as it was.
   */
  connect(
    target: Target,
    signal: AbortSignal,
    bound: StreamListener | null,
    awaited: boolean,
  ): Promise<StreamConn>;
  /** Python's form of a runtime address. */
  address(addr: Deno.Addr): Address;
}
