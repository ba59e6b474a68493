// Socket options: the ones the engine can honour, with Linux's defaults.
// An option it cannot honour is ENOPROTOOPT, as Linux says for an unknown
// one: never a silent no-op.

import { oserror } from "../_oserror.ts";
import type { Stream } from "./stream.ts";
import { bufferLimits, kernelBufferSize } from "./sysctl.ts";

const SOL_SOCKET = 1;
const IPPROTO_TCP = 6;
const IPPROTO_IPV6 = 41;

/** What options touch on a live connection (Deno.TcpConn has it). */
export interface Tunable {
  setNoDelay?(noDelay?: boolean): void;
  setKeepAlive?(keepAlive?: boolean): void;
}

const key = (level: number, name: number): string => `${level}:${name}`;

const SO_TYPE = key(SOL_SOCKET, 3);
const SO_PROTOCOL = key(SOL_SOCKET, 38);
const SO_DOMAIN = key(SOL_SOCKET, 39);
const SO_RCVBUF = key(SOL_SOCKET, 8);
const SO_SNDBUF = key(SOL_SOCKET, 7);
const SO_KEEPALIVE = key(SOL_SOCKET, 9);
const TCP_NODELAY = key(IPPROTO_TCP, 1);
const READ_ONLY = new Set([SO_TYPE, SO_PROTOCOL, SO_DOMAIN]);

// Linux's defaults for each kind of socket, one table per kind shared by
// every socket of that kind: a server holding 10,000 connections keeps one
// table, not 10,000 (each socket stores only the values its program set).
const tables = new Map<string, ReadonlyMap<string, number>>();

function defaults(
  type: number,
  family: number,
  protocol: number,
): ReadonlyMap<string, number> {
  const kind = `${type}:${family}:${protocol}`;
  let table = tables.get(kind);
  if (table === undefined) {
    const values = new Map<string, number>([
      [SO_TYPE, type],
      [SO_PROTOCOL, protocol],
      [SO_DOMAIN, family],
      [key(SOL_SOCKET, 2), 0], // SO_REUSEADDR
    ]);
    // TCP sizes its buffers by tcp_rmem/tcp_wmem, the rest by the core
    // defaults, as this machine's kernel says.
    const limits = bufferLimits();
    const tcp = type === 1 && family !== 1;
    values.set(SO_RCVBUF, tcp ? limits.tcpRmem : limits.rmemDefault);
    values.set(SO_SNDBUF, tcp ? limits.tcpWmem : limits.wmemDefault);
    if (type === 1 && family !== 1) {
      values.set(SO_KEEPALIVE, 0);
      values.set(TCP_NODELAY, 0);
    }
    if (family === 10) values.set(key(IPPROTO_IPV6, 26), 0); // IPV6_V6ONLY
    tables.set(kind, table = values);
  }
  return table;
}

/** One socket's option values. */
export class SocketOptions {
  readonly #defaults: ReadonlyMap<string, number>;
  readonly #family: number;
  readonly #protocol: number;
  // Options a transport added with define(), and values the program set.
  #defined: Map<string, number> | null = null;
  #set: Map<string, number> | null = null;
  // Options whose value is a number (a TTL), not an on/off flag.
  #integers: Set<string> | null = null;

  /**
   * @param type SOCK_STREAM (1) or SOCK_DGRAM (2)
   * @param family the address family
   * @param protocol what SO_PROTOCOL reports (6 for TCP, 17 for UDP, 0 for UNIX)
   */
  constructor(type: number, family: number, protocol: number) {
    this.#defaults = defaults(type, family, protocol);
    this.#family = family;
    this.#protocol = protocol;
  }

  /**
   * Adds an option a transport honours itself (UDP's, for example). A flag
   * is stored as 0 or 1; an integer option (`integer`) keeps its value, which
   * the transport has range-checked.
   */
  define(level: number, name: number, initial: number, integer = false): void {
    (this.#defined ??= new Map()).set(key(level, name), initial);
    if (integer) (this.#integers ??= new Set()).add(key(level, name));
  }

  get(level: number, name: number): number {
    const k = key(level, name);
    const value = this.#set?.get(k) ?? this.#defined?.get(k) ??
      this.#defaults.get(k);
    if (value === undefined) throw oserror(this.#unknown(level, true));
    return value;
  }

  // Linux's errno for an option it does not know: a level AF_UNIX has no
  // handler for, or one IPv4's getsockopt passes on to ip_getsockopt, is
  // EOPNOTSUPP; anything else ENOPROTOOPT.
  #unknown(level: number, reading: boolean): number {
    if (level === SOL_SOCKET) return 92;
    if (this.#family === 1) return 95;
    const own = level === 0 || level === this.#protocol;
    return this.#family === 2 && reading && !own ? 95 : 92;
  }

  /** Throws what Linux's setsockopt says of an option it does not know. */
  require(level: number, name: number): void {
    const k = key(level, name);
    if (!this.#defaults.has(k) && this.#defined?.has(k) !== true) {
      throw oserror(this.#unknown(level, false));
    }
  }

  set(level: number, name: number, value: number): void {
    const k = key(level, name);
    this.require(level, name);
    if (READ_ONLY.has(k)) throw oserror(92);
    if (level === SOL_SOCKET && (name === 8 || name === 7)) {
      value = kernelBufferSize(name === 8, value);
    } else if (level === IPPROTO_IPV6 && name === 26 && value !== 0) {
      // Deno's listeners are dual-stack and cannot be made v6-only.
      throw oserror(92);
    } else if (name !== 8 && name !== 7 && !this.#integers?.has(k)) {
      value = value === 0 ? 0 : 1;
    }
    (this.#set ??= new Map()).set(k, value);
  }

  /** Pushes the options the program set to a live connection. */
  applyTo(conn: Tunable, stream: Stream): void {
    const set = this.#set;
    if (set === null) return;
    if (set.has(TCP_NODELAY)) conn.setNoDelay?.(set.get(TCP_NODELAY) === 1);
    if (set.has(SO_KEEPALIVE)) {
      conn.setKeepAlive?.(set.get(SO_KEEPALIVE) === 1);
    }
    stream.maxChunk = this.get(SOL_SOCKET, 8) / 2;
  }
}
