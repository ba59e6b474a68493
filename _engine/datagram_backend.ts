// The one internal interface a datagram socket's runtime side implements:
// Deno.listenDatagram (fast, --unstable-net only) or node:dgram (always
// there). The engine above it (datagram.ts) holds every guarantee, so the
// two behave the same.

/** One received datagram and its sender. */
export interface Datagram {
  readonly data: Uint8Array;
  /** The sender; a `unixpacket` sender with no name has `path: null`. */
  readonly from: Deno.Addr;
}

/** What the engine can ask a backend to open. */
export interface OpenOptions {
  /** `SO_REUSEADDR` was set before binding. */
  reuseAddress: boolean;
  /** IP-level options set before binding: `[level, name, value]`. */
  settings: [number, number, number][];
  /** The most bytes of received datagrams held before more are dropped. */
  receiveLimit: number;
}

/** A bound runtime datagram socket. */
export interface DatagramEndpoint {
  /** The bound address (`path: null` for an unbound `unixpacket` sender). */
  readonly addr: Deno.Addr;
  /**
   * The next datagram; the engine keeps at most one call in flight. Rejects
   * once the endpoint is closed.
   */
  receive(): Promise<Datagram>;
  /** Sends one datagram to a numeric address or a path. */
  send(data: Uint8Array, to: Deno.Addr): Promise<number>;
  /**
   * Applies an IP-level option (`IP_TTL`, `IP_MULTICAST_TTL`,
   * `IP_MULTICAST_LOOP`, their IPv6 twins); `false` when this backend
   * cannot, so the caller raises ENOPROTOOPT.
   */
  apply(level: number, name: number, value: number): boolean;
  /** A new `SO_RCVBUF`: the bound on datagrams held by the backend. */
  set receiveLimit(bytes: number);
  /** The endpoint keeps the process alive (it starts not to). */
  ref(): void;
  /** The endpoint no longer keeps the process alive. */
  unref(): void;
  close(): void;
}

/** Opens endpoints of one kind ("udp4", "udp6" or "unixpacket"). */
export interface DatagramBackend {
  /** Binds `addr` (`null`: an unbound `unixpacket` sender). */
  open(addr: Deno.Addr | null, options: OpenOptions): DatagramEndpoint;
  /** Whether an IP-level option set before binding can be honoured. */
  canOpenWith(level: number, name: number): boolean;
}
