// The fast datagram backend: Deno.listenDatagram, present only when Deno
// runs with --unstable-net (or "unstable": ["net"] in deno.json). It binds
// synchronously and receives into pooled buffers.

import type {
  Datagram,
  DatagramBackend,
  DatagramEndpoint,
  OpenOptions,
} from "./datagram_backend.ts";

/** The part of Deno's unstable DatagramConn the engine uses. */
interface DatagramConn {
  readonly addr: Deno.Addr;
  receive(p?: Uint8Array): Promise<[Uint8Array, Deno.Addr]>;
  send(p: Uint8Array, addr: Deno.Addr): Promise<number>;
  ref(): void;
  unref(): void;
  close(): void;
}

type ListenDatagram = (options: {
  transport: "udp" | "unixpacket";
  hostname?: string;
  port?: number;
  path?: string;
  reuseAddress?: boolean;
  loopback?: boolean;
}) => DatagramConn;

/** Deno.listenDatagram, or `undefined` without --unstable-net. */
export function listenDatagram(): ListenDatagram | undefined {
  try {
    const listen = (Deno as unknown as { listenDatagram?: ListenDatagram })
      .listenDatagram;
    return typeof listen === "function" ? listen : undefined;
  } catch {
    // A runtime that guards the unstable namespace: treat it as absent.
    return undefined;
  }
}

const IP_MULTICAST_LOOP = 34;
const IPV6_MULTICAST_LOOP = 19;

// Receive buffers not in use, shared by every socket: a socket holds one
// only while its receive is in flight, so idle sockets cost none, and a
// busy one does not allocate 64 KiB per datagram.
const spare = new Map<number, Uint8Array[]>();
const SPARE_PER_SIZE = 4;

function takeBuffer(size: number): Uint8Array {
  return spare.get(size)?.pop() ?? new Uint8Array(size);
}

function giveBack(buffer: Uint8Array): void {
  const list = spare.get(buffer.length) ?? [];
  if (list.length < SPARE_PER_SIZE) list.push(buffer);
  spare.set(buffer.length, list);
}

class DenoEndpoint implements DatagramEndpoint {
  readonly #conn: DatagramConn;
  readonly #bufferSize: number;

  constructor(conn: DatagramConn, bufferSize: number) {
    this.#conn = conn;
    this.#bufferSize = bufferSize;
    conn.unref();
  }

  get addr(): Deno.Addr {
    return this.#conn.addr;
  }

  // The kernel's own receive buffer bounds what waits here.
  set receiveLimit(_bytes: number) {}

  async receive(): Promise<Datagram> {
    const buffer = takeBuffer(this.#bufferSize);
    try {
      const [view, from] = await this.#conn.receive(buffer);
      // Copied out at its own size, so the buffer can serve again.
      return { data: view.slice(), from };
    } finally {
      giveBack(buffer);
    }
  }

  send(data: Uint8Array, to: Deno.Addr): Promise<number> {
    return this.#conn.send(data, to);
  }

  apply(): boolean {
    // Deno.DatagramConn sets no TTL or loop flag after it is open.
    return false;
  }

  ref(): void {
    this.#conn.ref();
  }

  unref(): void {
    this.#conn.unref();
  }

  close(): void {
    this.#conn.close();
  }
}

/** Deno.listenDatagram over `udp` (either family) or `unixpacket`. */
export class DenoDatagrams implements DatagramBackend {
  readonly #listen: ListenDatagram;
  readonly #transport: "udp" | "unixpacket";

  constructor(listen: ListenDatagram, transport: "udp" | "unixpacket") {
    this.#listen = listen;
    this.#transport = transport;
  }

  canOpenWith(level: number, name: number): boolean {
    return (level === 0 && name === IP_MULTICAST_LOOP) ||
      (level === 41 && name === IPV6_MULTICAST_LOOP);
  }

  open(addr: Deno.Addr | null, options: OpenOptions): DatagramEndpoint {
    if (this.#transport === "unixpacket") {
      const path = (addr as Deno.UnixAddr | null)?.path;
      const conn = this.#listen(
        path ? { transport: "unixpacket", path } : { transport: "unixpacket" },
      );
      // Linux's AF_UNIX datagrams may be as large as the send buffer.
      return new DenoEndpoint(conn, options.receiveLimit);
    }
    const { hostname, port } = addr as Deno.NetAddr;
    const conn = this.#listen({
      transport: "udp",
      hostname,
      port,
      reuseAddress: options.reuseAddress,
      // IP_MULTICAST_LOOP is the one option Deno takes, and only here.
      loopback: options.settings.every(([, , value]) => value !== 0),
    });
    return new DenoEndpoint(conn, 65536);
  }
}
