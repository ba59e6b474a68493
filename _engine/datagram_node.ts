// The datagram backend that needs no unstable flag: node:dgram. It pushes
// every datagram as an event, so a bounded queue here plays the kernel's
// receive buffer: beyond SO_RCVBUF bytes, new datagrams are dropped, as UDP
// drops them.

import dgram from "node:dgram";
import { oserror } from "../_oserror.ts";
import { hold, release } from "./keepalive.ts";
import type {
  Datagram,
  DatagramBackend,
  DatagramEndpoint,
  OpenOptions,
} from "./datagram_backend.ts";

/**
 * What Linux charges a queued datagram against SO_RCVBUF: the skb's
 * truesize, its data rounded up to a power of two with the headers and
 * shared info, at least 576, plus the sk_buff itself. Fitted to this
 * kernel on loopback: for every size from 0 to 65,000 bytes the count of
 * datagrams an unread python3 socket queues is floor(SO_RCVBUF / charge).
 */
export function truesize(length: number): number {
  let data = 1;
  while (data < length + 348) data *= 2;
  return 256 + Math.max(data, 576);
}
// A plain Uint8Array over the same memory as node's Buffer.
function uint8(data: Uint8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

const IPPROTO_IP = 0;
const IPPROTO_IPV6 = 41;

type Lookup = (
  host: string,
  family: unknown,
  callback: (error: Error | null, address: string, family: number) => void,
) => void;

class NodeEndpoint implements DatagramEndpoint {
  readonly #socket: dgram.Socket;
  readonly #queue: Datagram[] = [];
  #queued = 0;
  #limit: number;
  #waiter: { resolve(d: Datagram): void; reject(e: Error): void } | null = null;
  #error: Error | null = null;
  #closed = false;
  #held = false;

  constructor(socket: dgram.Socket, limit: number) {
    this.#socket = socket;
    this.#limit = limit;
    socket.on("message", (data: Uint8Array, from: dgram.RemoteInfo) => {
      const address: Deno.NetAddr = {
        transport: "udp",
        hostname: from.address,
        port: from.port,
      };
      const waiter = this.#waiter;
      if (waiter !== null) {
        // Taken at once, as node:dgram hands it over: a copy per datagram
        // costs a tenth of the echo rate.
        this.#waiter = null;
        waiter.resolve({ data: uint8(data), from: address });
      } else if (this.#queued + truesize(data.length) <= this.#limit) {
        // node:dgram reads each datagram into a 64 KiB buffer of its own:
        // a queued one is copied out, so the queue holds what the kernel's
        // would, not 64 KiB a datagram.
        const bytes = data.buffer.byteLength === data.length
          ? uint8(data)
          : new Uint8Array(data);
        this.#queue.push({ data: bytes, from: address });
        this.#queued += truesize(data.length);
      }
    });
    socket.on("error", (e: Error) => {
      this.#error ??= e;
      this.#wakeWithError();
    });
  }

  get addr(): Deno.Addr {
    const { address, port } = this.#socket.address();
    return { transport: "udp", hostname: address, port };
  }

  set receiveLimit(bytes: number) {
    this.#limit = bytes;
  }

  receive(): Promise<Datagram> {
    const datagram = this.#queue.shift();
    if (datagram !== undefined) {
      this.#queued -= truesize(datagram.data.length);
      return Promise.resolve(datagram);
    }
    if (this.#closed) return Promise.reject(oserror(9));
    if (this.#error !== null) {
      const error = this.#error;
      this.#error = null;
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  send(data: Uint8Array, to: Deno.Addr): Promise<number> {
    const { hostname, port } = to as Deno.NetAddr;
    return new Promise((resolve, reject) => {
      this.#socket.send(data, port, hostname, (error, n) => {
        if (error) reject(error);
        else resolve(n ?? data.length);
      });
    });
  }

  apply(level: number, name: number, value: number): boolean {
    const socket = this.#socket;
    if (level === IPPROTO_IP ? name === 2 : name === 16) socket.setTTL(value);
    else if (level === IPPROTO_IP ? name === 33 : name === 18) {
      socket.setMulticastTTL(value);
    } else if (level === IPPROTO_IP ? name === 34 : name === 19) {
      socket.setMulticastLoopback(value !== 0);
    } else return false;
    return true;
  }

  ref(): void {
    // A closed endpoint has nothing to wait for: holding would never end.
    if (this.#closed) return;
    if (!this.#held) hold();
    this.#held = true;
  }

  unref(): void {
    if (this.#held) release();
    this.#held = false;
  }

  #wakeWithError(): void {
    const waiter = this.#waiter;
    if (waiter === null) return;
    this.#waiter = null;
    const error = this.#closed ? oserror(9) : this.#error!;
    if (!this.#closed) this.#error = null;
    waiter.reject(error);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.unref();
    this.#socket.close();
    this.#wakeWithError();
  }
}

/** node:dgram over `udp4` or `udp6`. */
export class NodeDatagrams implements DatagramBackend {
  readonly #type: "udp4" | "udp6";

  constructor(type: "udp4" | "udp6") {
    this.#type = type;
  }

  canOpenWith(level: number): boolean {
    return level === IPPROTO_IP || level === IPPROTO_IPV6;
  }

  open(addr: Deno.Addr | null, options: OpenOptions): DatagramEndpoint {
    const { hostname, port } = addr as Deno.NetAddr;
    // The engine hands over numeric hosts only: answering the look-up at
    // once makes bind synchronous, as Python's is, and keeps sends in order.
    const lookup: Lookup = (host, _family, callback) =>
      callback(null, host, this.#type === "udp4" ? 4 : 6);
    const socket = dgram.createSocket({
      type: this.#type,
      reuseAddr: options.reuseAddress,
      lookup,
    } as dgram.SocketOptions);
    // Now or never: Deno's node:dgram honours unref() only before the
    // socket is bound, and ref() not at all once it receives. While the
    // program waits on it, the endpoint holds a timer instead.
    socket.unref();
    let failure: Error | null = null;
    const onError = (e: Error) => failure ??= e;
    socket.on("error", onError);
    socket.bind({ port, address: hostname });
    socket.off("error", onError);
    if (failure !== null) {
      try {
        socket.close();
      } catch {
        // Never bound: nothing to release.
      }
      throw failure;
    }
    // The engine enforces SO_BROADCAST itself, as Deno's sockets have the
    // kernel flag on from the start.
    socket.setBroadcast(true);
    const endpoint = new NodeEndpoint(socket, options.receiveLimit);
    for (const [level, name, value] of options.settings) {
      endpoint.apply(level, name, value);
    }
    return endpoint;
  }
}
