// Socket options: the ones the engine can honour, with Linux's defaults.
// An option it cannot honour is ENOPROTOOPT, as Linux says for an unknown
// one: never a silent no-op.

import { oserror } from "../_oserror.ts";
import type { Stream } from "./stream.ts";

const SOL_SOCKET = 1;
const IPPROTO_TCP = 6;
const IPPROTO_IPV6 = 41;

/** What options touch on a live connection (Deno.TcpConn has it). */
export interface Tunable {
  setNoDelay?(noDelay?: boolean): void;
  setKeepAlive?(keepAlive?: boolean): void;
}

const key = (level: number, name: number): string => `${level}:${name}`;

/** One socket's option values. */
export class SocketOptions {
  readonly #values = new Map<string, number>();
  readonly #readOnly = new Set<string>();
  readonly #touched = new Set<string>();
  // Options whose value is a number (a TTL), not an on/off flag.
  readonly #integers = new Set<string>();

  /**
   * @param type SOCK_STREAM (1) or SOCK_DGRAM (2)
   * @param family the address family
   * @param protocol what SO_PROTOCOL reports (6 for TCP, 17 for UDP, 0 for UNIX)
   */
  constructor(type: number, family: number, protocol: number) {
    const fixed: [number, number, number][] = [
      [SOL_SOCKET, 3, type], // SO_TYPE
      [SOL_SOCKET, 38, protocol], // SO_PROTOCOL
      [SOL_SOCKET, 39, family], // SO_DOMAIN
    ];
    for (const [level, name, value] of fixed) {
      this.#values.set(key(level, name), value);
      this.#readOnly.add(key(level, name));
    }
    this.#values.set(key(SOL_SOCKET, 2), 0); // SO_REUSEADDR
    this.#values.set(key(SOL_SOCKET, 8), 131072); // SO_RCVBUF
    this.#values.set(key(SOL_SOCKET, 7), 16384); // SO_SNDBUF
    if (type === 1 && family !== 1) {
      this.#values.set(key(SOL_SOCKET, 9), 0); // SO_KEEPALIVE
      this.#values.set(key(IPPROTO_TCP, 1), 0); // TCP_NODELAY
    }
    if (family === 10) this.#values.set(key(IPPROTO_IPV6, 26), 0); // IPV6_V6ONLY
  }

  /**
   * Adds an option a transport honours itself (UDP's, for example). A flag
   * is stored as 0 or 1; an integer option (`integer`) keeps its value, which
   * the transport has range-checked.
   */
  define(level: number, name: number, initial: number, integer = false): void {
    this.#values.set(key(level, name), initial);
    if (integer) this.#integers.add(key(level, name));
  }

  get(level: number, name: number): number {
    const value = this.#values.get(key(level, name));
    if (value === undefined) throw oserror(92);
    return value;
  }

  set(level: number, name: number, value: number): void {
    const k = key(level, name);
    if (!this.#values.has(k) || this.#readOnly.has(k)) throw oserror(92);
    if (level === SOL_SOCKET && (name === 8 || name === 7)) {
      // Linux doubles the buffer sizes it is given, with a floor.
      value = Math.max(value * 2, name === 8 ? 2304 : 4608);
    } else if (level === IPPROTO_IPV6 && name === 26 && value !== 0) {
      // Deno's listeners are dual-stack and cannot be made v6-only.
      throw oserror(92);
    } else if (name !== 8 && name !== 7 && !this.#integers.has(k)) {
      value = value === 0 ? 0 : 1;
    }
    this.#values.set(k, value);
    this.#touched.add(k);
  }

  /** Pushes the options the program set to a live connection. */
  applyTo(conn: Tunable, stream: Stream): void {
    if (this.#touched.size === 0) return;
    if (this.#touched.has(key(IPPROTO_TCP, 1))) {
      conn.setNoDelay?.(this.#values.get(key(IPPROTO_TCP, 1)) === 1);
    }
    if (this.#touched.has(key(SOL_SOCKET, 9))) {
      conn.setKeepAlive?.(this.#values.get(key(SOL_SOCKET, 9)) === 1);
    }
    stream.maxChunk = this.#values.get(key(SOL_SOCKET, 8))! / 2;
  }
}
