// The connects node:net makes where Deno.connect cannot serve: from a
// socket that was bound first (Deno.connect cannot choose the local
// address; the port stays reserved by the bound listener until node:net
// takes it over), and a connect still in progress that the program may
// stop awaiting (Deno.connect cannot be unref'd; node:net's can).

import * as net from "node:net";
import type { InetTarget } from "./inet_address.ts";
import type { StreamConn } from "./stream_family.ts";

/** A node:net socket seen through the `Deno.TcpConn` shape the engine uses. */
export class NodeConn implements StreamConn {
  readonly #socket: net.Socket;
  readonly #chunks: Uint8Array[] = [];
  #ended = false;
  #error: Error | null = null;
  #wake: (() => void) | null = null;
  readonly localAddr: Deno.NetAddr;
  readonly remoteAddr: Deno.NetAddr;

  constructor(socket: net.Socket) {
    this.#socket = socket;
    this.localAddr = netAddr(socket.localAddress!, socket.localPort!);
    this.remoteAddr = netAddr(socket.remoteAddress!, socket.remotePort!);
    socket.on("data", (chunk: Uint8Array) => {
      this.#chunks.push(chunk);
      // Backpressure: stop reading until the program asks for more.
      socket.pause();
      this.#notify();
    });
    socket.on("end", () => {
      this.#ended = true;
      this.#notify();
    });
    socket.on("error", (e: Error) => {
      this.#error ??= e;
      this.#notify();
    });
    socket.pause();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async read(p: Uint8Array): Promise<number | null> {
    while (this.#chunks.length === 0) {
      if (this.#error) throw this.#error;
      if (this.#ended || this.#socket.destroyed) return null;
      const woken = new Promise<void>((resolve) => this.#wake = resolve);
      this.#socket.resume();
      await woken;
    }
    const chunk = this.#chunks[0]!;
    const n = Math.min(chunk.length, p.length);
    p.set(chunk.subarray(0, n));
    if (n === chunk.length) this.#chunks.shift();
    else this.#chunks[0] = chunk.subarray(n);
    return n;
  }

  write(p: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#socket.write(p, (e) => e ? reject(e) : resolve(p.length));
    });
  }

  closeWrite(): Promise<void> {
    return new Promise((resolve) => this.#socket.end(resolve));
  }

  close(): void {
    this.#socket.destroy();
    this.#notify();
  }

  ref(): void {
    this.#socket.ref();
  }

  unref(): void {
    this.#socket.unref();
  }

  setNoDelay(noDelay = true): void {
    this.#socket.setNoDelay(noDelay);
  }

  setKeepAlive(keepAlive = true): void {
    this.#socket.setKeepAlive(keepAlive);
  }
}

function netAddr(hostname: string, port: number): Deno.NetAddr {
  return { transport: "tcp", hostname, port };
}

/**
 * Connects to `target` from the address `reservation` holds; `ref`: whether
 * the handshake keeps the process alive (see {@linkcode connectUnref}).
 */
export function connectFrom(
  reservation: Deno.TcpListener,
  target: InetTarget,
  signal: AbortSignal,
  ref: boolean,
): Promise<NodeConn> {
  const { hostname, port } = reservation.addr;
  reservation.close();
  return nodeConnect({
    host: target.host,
    port: target.port,
    localAddress: hostname,
    localPort: port,
    signal,
  }, ref);
}

/**
 * Connects to `target` without keeping the process alive while the
 * handshake is in progress: whoever awaits it holds the process
 * (keepalive.ts), as a connect left in SYN_SENT does not in CPython.
 */
export function connectUnref(
  target: InetTarget,
  signal: AbortSignal,
): Promise<NodeConn> {
  return nodeConnect({ host: target.host, port: target.port, signal }, false);
}

function nodeConnect(
  options: net.TcpNetConnectOpts,
  ref: boolean,
): Promise<NodeConn> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(options);
    if (!ref) socket.unref();
    socket.once("connect", () => {
      socket.removeAllListeners("error");
      resolve(new NodeConn(socket));
    });
    socket.once("error", reject);
  });
}
