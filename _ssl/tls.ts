// The one interface the ssl module talks to for TLS itself. A TLS engine
// takes a connected plain transport and a context's settings and gives a
// session: the connection's cleartext side, which the engine's own Stream
// then buffers, times out and makes selectable as it does a plain
// connection. The default engine's is node:tls over the transport's
// handOver() (node_tls.ts); the native engine's is libssl on the
// transport's own descriptor (_native/tls.ts).

import type { RawConn } from "../_engine/stream.ts";
import type { Transport } from "../_engine/transport.ts";

/** What a context says about one connection, read when TLS starts on it. */
export interface TlsSettings {
  readonly server: boolean;
  /** The name sent as SNI and checked against the certificate, or `null`. */
  readonly serverName: string | null;
  readonly checkHostname: boolean;
  /** `CERT_NONE`, `CERT_OPTIONAL` or `CERT_REQUIRED`. */
  readonly verifyMode: number;
  /** Our certificate chain and key (PEM), if one was loaded. */
  readonly certChain: CertChain | null;
  /** Trusted CA certificates (PEM, one each). */
  readonly ca: readonly string[];
  /** `load_default_certs()` was called: the runtime's roots are trusted too. */
  readonly defaultRoots: boolean;
  readonly alpn: readonly string[] | null;
  /** `TLSVersion` values, already clamped to what can be had. */
  readonly minVersion: number;
  readonly maxVersion: number;
  /** OpenSSL cipher string for TLS 1.2, or `null` for the default. */
  readonly ciphers: string | null;
  /** The context's `options` (`OP_*` bits), as CPython hands them to OpenSSL. */
  readonly options: number;
}

/** A loaded certificate chain (PEM) and its key. */
export interface CertChain {
  readonly cert: string;
  readonly key: string;
  readonly passphrase: string | null;
}

/** The facts of a finished handshake. */
export interface TlsInfo {
  /** `TLSv1.2`, `TLSv1.3`. */
  readonly version: string;
  /** Python's `cipher()`: `[name, protocol, secret bits]`. */
  readonly cipher: [string, string, number];
  readonly alpn: string | null;
  /** The peer's certificate chain, leaf first (DER); empty if none was sent. */
  readonly peerChain: readonly Uint8Array[];
}

/**
 * One connection's TLS. As a RawConn it carries cleartext: `read` resolves
 * to `null` after the peer's close_notify and rejects with `SSLEOFError` on
 * a ragged EOF; `closeWrite` ends the connection's write side with no
 * close_notify, as CPython's `shutdown(SHUT_WR)` does; `close` closes the
 * connection at once, also with no close_notify, as CPython's `close()`.
 */
export interface TlsSession extends RawConn {
  /**
   * Resolves when the handshake is over and the peer verified as the
   * settings ask; rejects with Python's `SSLError` or
   * `SSLCertVerificationError` otherwise. Always handled, never unhandled.
   */
  readonly handshake: Promise<TlsInfo>;
  /**
   * Starts the handshake, for a session that (as CPython) sends nothing
   * before the first `do_handshake()`, read or write; `true` if this call
   * started it. Absent where the handshake starts with the session.
   */
  begin?(): boolean;
  /** Decrypted bytes held inside the session, not yet read. */
  pending(): number;
  /**
   * Whether a read would end now (data, close_notify or an error), taking
   * in what records the connection holds without waiting: for selectors
   * that watch the descriptor under TLS, which records of no data (TLS 1.3
   * session tickets) make readable. Absent where the session reads ahead.
   */
  readable?(): boolean;
  /**
   * Python's `unwrap()`: sends close_notify and reads the peer's; the
   * connection's later bytes are then the plain transport's again, none
   * taken. Absent where the TLS layer cannot give the connection back.
   */
  unwrap?(): Promise<void>;
  /**
   * Frees what the session holds of its own and leaves the connection as
   * it is: `detach()` drops TLS and keeps the descriptor. Absent where the
   * session's objects are the connection's.
   */
  release?(): void;
}

/** Starts TLS over the connected `transport`. */
export type TlsEngine = (
  transport: Transport,
  settings: TlsSettings,
) => TlsSession;
