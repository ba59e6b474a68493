// The fast datagram backend: Deno.listenDatagram, present only when Deno
// runs with --unstable-net (or "unstable": ["net"] in deno.json). It binds
// synchronously and reads straight into one reusable buffer per socket.

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

class DenoEndpoint implements DatagramEndpoint {
  readonly #conn: DatagramConn;
  readonly #bufferSize: number;
  #buffer: Uint8Array | null = null;

  constructor(conn: DatagramConn, bufferSize: number) {
    this.#conn = conn;
    this.#bufferSize = bufferSize;
  }

  get addr(): Deno.Addr {
    return this.#conn.addr;
  }

  // The kernel's own receive buffer bounds what waits here.
  set receiveLimit(_bytes: number) {}

  async receive(): Promise<Datagram> {
    // One reusable buffer: the datagram is copied out at its own size.
    const buffer = this.#buffer ?? new Uint8Array(this.#bufferSize);
    this.#buffer = null;
    const [view, from] = await this.#conn.receive(buffer);
    this.#buffer = buffer;
    return { data: view.slice(), from };
  }

  send(data: Uint8Array, to: Deno.Addr): Promise<number> {
    return this.#conn.send(data, to);
  }

  apply(): boolean {
    // Deno.DatagramConn sets no TTL or loop flag after it is open.
    return false;
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
