// Python's SSLSocket: a Socket over a TlsTransport, so everything built on
// Socket (makefile, selectors, socketserver) works on it unchanged.

import type { Address } from "../address.ts";
import { OSError, ValueError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import { idna } from "../_idna.ts";
import { adoptNext, type Engine, entryOf } from "../_engine/handles.ts";
import { Socket } from "../socket.ts";
import type { Timeout } from "../_engine/stream.ts";
import { toSignal } from "../_validate.ts";
import type { WaitOptions } from "../wait_options.ts";
import { type PeerCertificate, peerCertificate } from "./cert.ts";
import type { SSLContext, WrapSocketOptions } from "./context.ts";
import { NotImplementedError } from "./errors.ts";
import { nodeTls } from "./node_tls.ts";
import type { TlsEngine, TlsSettings } from "./tls.ts";
import { TlsTransport } from "./transport.ts";

const SOCK_STREAM = 1;

interface Creating {
  transport: TlsTransport;
  family: number;
  type: number;
  proto: number;
  context: SSLContext;
  serverSide: boolean;
  serverHostname: string | null;
  handshakeOnConnect: boolean;
  suppressRaggedEofs: boolean;
}

let creating: Creating | null = null;

/**
 * Python's `ssl.SSLSocket`: a {@linkcode Socket} whose bytes go through
 * TLS. Made by {@linkcode SSLContext.wrap_socket}, never directly. `recv`,
 * `send`, `sendall`, `makefile`, timeouts, non-blocking mode and selectors
 * work as on a plain socket; a non-blocking call that would wait raises
 * `SSLWantReadError` or `SSLWantWriteError`, a timed-out one `TimeoutError`.
 *
 * @typeParam A The address shape of the wrapped socket's family, as for
 * {@linkcode Socket}: `wrap_socket` keeps it.
 *
 * @example A TLS client (wrapped before it connects)
 * ```ts ignore
 * import * as socket from "@pysocket/socket";
 * import * as ssl from "@pysocket/socket/ssl";
 *
 * const context = ssl.create_default_context({ cafile: "ca.pem" });
 * using s = socket.socket();
 * using tls = await context.wrap_socket(s, { server_hostname: "localhost" });
 * await tls.connect(["127.0.0.1", 8443]);
 * console.log(tls.version(), tls.getpeercert());
 * ```
 */
export class SSLSocket<A extends Address = Address> extends Socket<A, 1> {
  readonly #tls: TlsTransport;
  #context: SSLContext;
  readonly #serverSide: boolean;
  readonly #serverHostname: string | null;
  /** Whether `connect` (and accepting, on a listening socket) handshakes. */
  readonly do_handshake_on_connect: boolean;
  /** Whether a ragged EOF reads as `b''` rather than `SSLEOFError`. */
  readonly suppress_ragged_eofs: boolean;

  /**
   * Not public, as in Python: use {@linkcode SSLContext.wrap_socket}.
   *
   * @throws {TypeError} Always, when called directly.
   */
  constructor() {
    const made = creating;
    creating = null;
    if (made === null) {
      throw new TypeError(
        "SSLSocket does not have a public constructor. Instances are returned by SSLContext.wrap_socket().",
      );
    }
    adoptNext(made.transport);
    super(made.family, made.type, made.proto);
    this.#tls = made.transport;
    this.#context = made.context;
    this.#serverSide = made.serverSide;
    this.#serverHostname = made.serverHostname;
    this.do_handshake_on_connect = made.handshakeOnConnect;
    this.suppress_ragged_eofs = made.suppressRaggedEofs;
  }

  /** The context the socket was made with. */
  get context(): SSLContext {
    return this.#context;
  }

  set context(context: SSLContext) {
    this.#context = context;
  }

  /** Whether the socket is the server side. */
  get server_side(): boolean {
    return this.#serverSide;
  }

  /** The server's name as given to `wrap_socket` (IDNA-encoded), or `null`. */
  get server_hostname(): string | null {
    return this.#serverHostname;
  }

  /**
   * Runs the TLS handshake, as the socket's timeout says: non-blocking, it
   * raises `SSLWantReadError` until the handshake is done (call again when
   * a selector reports the socket readable).
   *
   * @param options `signal`: stop waiting when it aborts (the handshake goes
   * on, as after a timeout).
   * @throws {SSLCertVerificationError} The peer's certificate failed.
   * @throws {SSLError} The handshake failed.
   * @throws {TimeoutError} `_ssl.c:989: The handshake operation timed out`.
   *
   * @example Usage
   * ```ts ignore
   * await tls.do_handshake();
   * ```
   */
  async do_handshake(options?: WaitOptions): Promise<void> {
    await this.#tls.handshake(this.#wait(options, "do_handshake"));
  }

  // The socket's timeout, with the call's signal, as Socket's calls take it.
  #wait(options: WaitOptions | undefined, caller: string): Timeout {
    const signal = toSignal(options, caller);
    const timeout = this.gettimeout();
    if (signal === undefined) return timeout;
    signal.throwIfAborted();
    return timeout === 0 ? 0 : { seconds: timeout, signal };
  }

  /**
   * Connects, then (with `do_handshake_on_connect`) handshakes.
   *
   * @param address The peer's address.
   * @param options `signal`, for the connect and the handshake.
   * @throws {ValueError} `can't connect in server-side mode`, `attempt to
   * connect already-connected SSLSocket!`.
   *
   * @example Usage
   * ```ts ignore
   * await tls.connect(["127.0.0.1", 8443]);
   * ```
   */
  override async connect(
    address: Address,
    options?: WaitOptions,
  ): Promise<void> {
    if (this.#serverSide) {
      throw new ValueError("can't connect in server-side mode");
    }
    await super.connect(address, options);
    if (this.do_handshake_on_connect) await this.do_handshake(options);
  }

  /**
   * Like {@linkcode SSLSocket.connect}, resolving to an errno for a failed
   * connect; a failed handshake still throws, as in Python.
   *
   * @param address The peer's address.
   * @param options `signal`, for the connect and the handshake.
   * @returns `0`, or Linux's errno.
   *
   * @example Usage
   * ```ts ignore
   * const errno = await tls.connect_ex(["127.0.0.1", 8443]);
   * ```
   */
  override async connect_ex(
    address: Address,
    options?: WaitOptions,
  ): Promise<number> {
    if (this.#serverSide) {
      throw new ValueError("can't connect in server-side mode");
    }
    const errno = await super.connect_ex(address, options);
    if (errno === 0 && this.do_handshake_on_connect) {
      await this.do_handshake(options);
    }
    return errno;
  }

  /**
   * Accepts a connection and wraps it as this socket's server side
   * (handshaking first, with `do_handshake_on_connect`).
   *
   * @param options `signal`: stop waiting for a connection when it aborts.
   * @returns The TLS connection and the peer's address.
   *
   * @example Usage
   * ```ts ignore
   * const [conn, addr] = await server.accept();
   * ```
   */
  override async accept(
    options?: WaitOptions,
  ): Promise<[SSLSocket<A>, A]> {
    const [conn, address] = await super.accept(options);
    const tls = await this.#context.wrap_socket(conn, {
      server_side: true,
      do_handshake_on_connect: this.do_handshake_on_connect,
      suppress_ragged_eofs: this.suppress_ragged_eofs,
    });
    return [tls, address];
  }

  #handshaken(): NonNullable<TlsTransport["info"]> {
    if (!this.#tls.started) throw oserror(this.fileno() === -1 ? 9 : 107);
    const info = this.#tls.info;
    if (info === null) throw new ValueError("handshake not done yet");
    return info;
  }

  /**
   * The peer's certificate: Python's dict (`subject`, `issuer`, `version`,
   * `serialNumber`, `notBefore`, `notAfter`, `subjectAltName`; tuples are
   * arrays), `{}` when it was not verified (`CERT_NONE`), `null` when the
   * peer sent none; with `binary_form`, its DER bytes.
   *
   * @param binary_form DER bytes instead of the dict.
   * @returns The certificate.
   * @throws {ValueError} `handshake not done yet`.
   * @throws {OSError} `ENOTCONN` (107) when not connected.
   *
   * @example Usage
   * ```ts ignore
   * const cert = tls.getpeercert() as ssl.PeerCertificate;
   * console.log(cert.subject);
   * ```
   */
  getpeercert(binary_form: true): Uint8Array | null;
  /**
   * The peer's certificate as Python's dict.
   *
   * @param binary_form `false` (the default).
   * @returns The dict, `{}` if not verified, `null` if none was sent.
   *
   * @example Usage
   * ```ts ignore
   * console.log(tls.getpeercert()?.subjectAltName);
   * ```
   */
  getpeercert(binary_form?: false): PeerCertificate | null;
  getpeercert(binary_form = false): PeerCertificate | Uint8Array | null {
    const leaf = this.#handshaken().peerChain[0];
    if (binary_form) return leaf ?? null;
    if (leaf === undefined) return null;
    return this.#tls.settings!.verifyMode === 0 ? {} : peerCertificate(leaf);
  }

  /**
   * The TLS version negotiated (`TLSv1.3`), or `null` before the handshake.
   *
   * @returns The version.
   *
   * @example Usage
   * ```ts ignore
   * console.log(tls.version()); // TLSv1.3
   * ```
   */
  version(): string | null {
    return this.#tls.info?.version ?? null;
  }

  /**
   * `[name, protocol, secret bits]` of the cipher in use, or `null` before
   * the handshake.
   *
   * @returns The cipher.
   *
   * @example Usage
   * ```ts ignore
   * console.log(tls.cipher()); // ["TLS_AES_256_GCM_SHA384", "TLSv1.3", 256]
   * ```
   */
  cipher(): [string, string, number] | null {
    return this.#tls.info?.cipher ?? null;
  }

  /**
   * The ALPN protocol the server chose, or `null`.
   *
   * @returns The protocol.
   *
   * @example Usage
   * ```ts ignore
   * console.log(tls.selected_alpn_protocol()); // h2
   * ```
   */
  selected_alpn_protocol(): string | null {
    return this.#tls.info?.alpn ?? null;
  }

  /**
   * How many decrypted bytes can be read without waiting.
   *
   * @returns The count.
   *
   * @example Usage
   * ```ts ignore
   * console.log(tls.pending());
   * ```
   */
  pending(): number {
    return this.#tls.pending();
  }

  /**
   * Python's `unwrap()`: ends TLS (close_notify sent, the peer's read) and
   * returns the socket, whose bytes from then on are plain; none of them
   * is lost. Only the native entry's TLS (`@pysocket/socket/ffi/ssl`, libssl)
   * can hand the connection back; the default engine's (node:tls) raises.
   * Non-blocking, it raises `SSLWantReadError` until the peer's close_notify
   * came (call again).
   *
   * @param options `signal`: stop waiting when it aborts.
   * @returns This socket, now plain (Python returns the same object).
   * @throws {ValueError} `No SSL wrapper around …` before TLS started.
   * @throws {OSError} `EOPNOTSUPP` (95) on the default engine, naming the
   * native entry.
   * @throws {TimeoutError} `The read operation timed out`.
   *
   * @example Usage
   * ```ts ignore
   * const plain = await tls.unwrap();
   * ```
   */
  async unwrap(options?: WaitOptions): Promise<Socket<A, 1>> {
    if (!this.#tls.started) {
      throw new ValueError(`No SSL wrapper around ${this}`);
    }
    await this.#tls.unwrap(this.#wait(options, "unwrap"));
    return this;
  }

  /**
   * Python's `repr`: `<ssl.SSLSocket fd=3, family=2, type=1, proto=0, …>`.
   *
   * @returns The representation.
   *
   * @example Usage
   * ```ts ignore
   * console.log(String(tls));
   * ```
   */
  override toString(): string {
    return super.toString().replace("<socket.socket", "<ssl.SSLSocket");
  }
}

/** `context.wrap_socket(sock, options)`: Python's SSLSocket._create. */
export async function wrapSocket<A extends Address>(
  sock: Socket<A, number>,
  context: SSLContext,
  options: WrapSocketOptions,
  settingsOf: (
    c: SSLContext,
    server: boolean,
    name: string | null,
  ) => TlsSettings,
): Promise<SSLSocket<A>> {
  const {
    server_side: serverSide = false,
    do_handshake_on_connect: handshakeOnConnect = true,
    suppress_ragged_eofs: suppressRaggedEofs = true,
    server_hostname: hostname = null,
  } = options ?? {};
  if (!(sock instanceof Socket)) {
    throw new TypeError(`wrap_socket() needs a socket, not ${typeof sock}`);
  }
  if (sock.getsockopt(1, 3 /* SO_TYPE */) !== SOCK_STREAM) {
    throw new NotImplementedError("only stream sockets are supported");
  }
  if (serverSide && hostname) {
    throw new ValueError(
      "server_hostname can only be specified in client mode",
    );
  }
  if (context.check_hostname && !hostname) {
    throw new ValueError("check_hostname requires server_hostname");
  }
  if (hostname !== null && typeof hostname !== "string") {
    throw new TypeError(
      `server_hostname must be str, not ${typeof hostname}`,
    );
  }
  const serverHostname = hostname === null ? null : idna(hostname);
  const engine = entryOf(sock.constructor)[1];
  const tlsOf = engines.get(engine);
  if (tlsOf === undefined) {
    // Each entry's SSLSocket class and TLS: its descriptor numbers and
    // transports are that engine's.
    throw new OSError(
      95,
      `Operation not supported: TLS for sockets of ${engine.entry} comes with ${engine.entry}/ssl; import it`,
    );
  }
  const timeout = sock.gettimeout();
  const family = sock.family, type = sock.type, proto = sock.proto;
  // As CPython: the plain socket lets go of its descriptor, which the new
  // socket then holds (the same number).
  const inner = engine.descriptors.attach(sock.detach());
  const transport = new TlsTransport(inner, tlsOf.tls, {
    suppressRaggedEofs: Boolean(suppressRaggedEofs),
    settings: () =>
      settingsOf(context, Boolean(serverSide), serverHostname || null),
  });
  creating = {
    transport,
    family,
    type,
    proto,
    context,
    serverSide: Boolean(serverSide),
    serverHostname,
    handshakeOnConnect: Boolean(handshakeOnConnect),
    suppressRaggedEofs: Boolean(suppressRaggedEofs),
  };
  const tls = new tlsOf.cls() as SSLSocket<A>;
  tls.settimeout(timeout);
  if (transport.connected) {
    try {
      transport.start();
      if (handshakeOnConnect) {
        if (timeout === 0) {
          throw new ValueError(
            "do_handshake_on_connect should not be specified for non-blocking sockets",
          );
        }
        await tls.do_handshake();
      }
    } catch (e) {
      tls.close();
      // The handshake's own wait ends with the close: nothing is left
      // pending when the call fails.
      await transport.settled();
      throw e;
    }
  }
  return tls;
}

// Each engine's SSLSocket class and TLS engine, by the engine of the class.
const engines = new Map<Engine, { cls: new () => SSLSocket; tls: TlsEngine }>();

/**
 * Makes `wrap_socket` wrap the sockets of `cls`'s engine (a subclass of
 * SSLSocket registered with that engine) as `cls`, over `tls`.
 */
export function registerTls(cls: new () => SSLSocket, tls: TlsEngine): void {
  engines.set(entryOf(cls)[1], { cls, tls });
}

registerTls(SSLSocket, nodeTls);
