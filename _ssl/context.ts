// Python's SSLContext: what TLS connections made from it trust, present
// and offer. Files are read when loaded, as CPython reads them.

import { Buffer } from "node:buffer";
import { createPrivateKey, X509Certificate } from "node:crypto";
import { ValueError } from "../errors.ts";
import { fromRuntime } from "../_oserror.ts";
import { toIndex } from "../_validate.ts";
import type { Address } from "../address.ts";
import type { Socket } from "../socket.ts";
import { type PeerCertificate, peerCertificate } from "./cert.ts";
import {
  type ASN1Object,
  CERT_NONE,
  CERT_REQUIRED,
  OP_NO_TLSv1_2,
  OP_NO_TLSv1_3,
  PROTOCOL_TLS,
  PROTOCOL_TLS_CLIENT,
  PROTOCOL_TLS_SERVER,
  Purpose,
} from "./constants.ts";
import { SSLError } from "./errors.ts";
import { type SSLSocket, wrapSocket } from "./socket.ts";
import type { CertChain, TlsSettings } from "./tls.ts";

/** CPython 3.11's default `options` (OP_ALL, no SSLv3, no compression, …). */
const DEFAULT_OPTIONS = 2186412112;
const TLS_VERSIONS = [-2, 768, 769, 770, 771, 772, -1];
/** What the default engine's TLS can offer: TLS 1.2 and 1.3. */
const LOWEST = 771;
const HIGHEST = 772;

const PEM_CERT = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** The keyword arguments of {@linkcode SSLContext.wrap_socket}. */
export interface WrapSocketOptions {
  /** Act as the server (default `false`). */
  server_side?: boolean;
  /** Handshake at once when connected (default `true`). */
  do_handshake_on_connect?: boolean;
  /** A ragged EOF reads as `b''` rather than raising `SSLEOFError` (default `true`). */
  suppress_ragged_eofs?: boolean;
  /** The server's name: sent as SNI and checked against its certificate. */
  server_hostname?: string | null;
}

/** The keyword arguments of {@linkcode create_default_context}. */
export interface DefaultContextOptions {
  /** A PEM file of trusted CA certificates. */
  cafile?: string | null;
  /** A directory of PEM files of trusted CA certificates. */
  capath?: string | null;
  /** Trusted CA certificates: PEM text, or DER bytes. */
  cadata?: string | ArrayBufferView | null;
}

let settingsOf: (
  context: SSLContext,
  server: boolean,
  serverName: string | null,
) => TlsSettings;

/**
 * Python's `ssl.SSLContext`: certificates, trust and protocol settings for
 * TLS connections; {@linkcode SSLContext.wrap_socket} makes an
 * {@linkcode SSLSocket} from a socket with them. Settings are read when a
 * connection's TLS starts.
 *
 * @example A client context trusting one CA
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
 * assert(context.check_hostname && context.verify_mode === ssl.CERT_REQUIRED);
 * ```
 */
export class SSLContext {
  readonly #protocol: number;
  #checkHostname: boolean;
  #verifyMode: number;
  #minimum = LOWEST;
  #maximum = -1;
  #options = DEFAULT_OPTIONS;
  #chain: CertChain | null = null;
  // A new array on every change: verify.ts caches what it parsed by it.
  #ca: readonly string[] = [];
  #defaultRoots = false;
  #alpn: readonly string[] | null = null;
  #ciphers: string | null = null;

  static {
    settingsOf = (context, server, serverName) =>
      context.#settings(server, serverName);
  }

  /**
   * Makes a context, as Python's `SSLContext(protocol)`.
   *
   * @param protocol `PROTOCOL_TLS_CLIENT` (verifies the server and its
   * name), `PROTOCOL_TLS_SERVER`, or `PROTOCOL_TLS` (either side, no checks;
   * the default, deprecated in Python).
   * @throws {ValueError} `invalid or unsupported protocol version 99`.
   */
  constructor(protocol: number = PROTOCOL_TLS) {
    protocol = toIndex(protocol);
    if (
      protocol !== PROTOCOL_TLS && protocol !== PROTOCOL_TLS_CLIENT &&
      protocol !== PROTOCOL_TLS_SERVER
    ) {
      throw new ValueError(
        `invalid or unsupported protocol version ${protocol}`,
      );
    }
    this.#protocol = protocol;
    const client = protocol === PROTOCOL_TLS_CLIENT;
    this.#checkHostname = client;
    this.#verifyMode = client ? CERT_REQUIRED : CERT_NONE;
  }

  /** The protocol given to the constructor. */
  get protocol(): number {
    return this.#protocol;
  }

  /**
   * Whether a client checks the server's name against its certificate.
   * Setting it `true` makes `verify_mode` `CERT_REQUIRED` if it was
   * `CERT_NONE`, as in Python.
   */
  get check_hostname(): boolean {
    return this.#checkHostname;
  }

  set check_hostname(value: boolean) {
    this.#checkHostname = Boolean(value);
    if (this.#checkHostname && this.#verifyMode === CERT_NONE) {
      this.#verifyMode = CERT_REQUIRED;
    }
  }

  /**
   * `CERT_NONE`, `CERT_OPTIONAL` or `CERT_REQUIRED`: whether the peer's
   * certificate is asked for and checked.
   *
   * @throws {ValueError} `invalid value for verify_mode`; `Cannot set
   * verify_mode to CERT_NONE when check_hostname is enabled.`
   */
  get verify_mode(): number {
    return this.#verifyMode;
  }

  set verify_mode(value: number) {
    const mode = toIndex(value);
    if (mode < 0 || mode > 2) {
      throw new ValueError("invalid value for verify_mode");
    }
    if (mode === CERT_NONE && this.#checkHostname) {
      throw new ValueError(
        "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.",
      );
    }
    this.#verifyMode = mode;
  }

  /**
   * The lowest TLS version offered, a {@linkcode TLSVersion} value
   * (default `TLSv1_2`). The default engine offers TLS 1.2 and 1.3 only: a
   * lower minimum offers TLS 1.2.
   *
   * @throws {ValueError} `Unsupported TLS/SSL version 0x5`.
   */
  get minimum_version(): number {
    return this.#minimum;
  }

  set minimum_version(value: number) {
    this.#minimum = tlsVersion(value);
  }

  /** The highest TLS version offered (default `MAXIMUM_SUPPORTED`, -1). */
  get maximum_version(): number {
    return this.#maximum;
  }

  set maximum_version(value: number) {
    this.#maximum = tlsVersion(value);
  }

  /**
   * OpenSSL's option bits (`OP_*`). `OP_NO_TLSv1_2` and `OP_NO_TLSv1_3` are
   * honoured; the others are kept and reported.
   */
  get options(): number {
    return this.#options;
  }

  set options(value: number) {
    this.#options = toIndex(value);
  }

  /**
   * Loads our certificate chain and its private key (PEM files), presented
   * to the peer.
   *
   * @param certfile The certificate chain, leaf first; may hold the key too.
   * @param keyfile The private key, when not in `certfile`.
   * @param password The key's passphrase: a string, bytes or a function
   * returning one.
   * @throws {FileNotFoundError} `[Errno 2] No such file or directory`.
   * @throws {SSLError} `[SSL] PEM lib (_ssl.c:3905)` for a file without a
   * certificate or key; `[X509: KEY_VALUES_MISMATCH] key values mismatch
   * (_ssl.c:3926)`.
   *
   * @example Usage
   * ```ts ignore
   * import * as ssl from "@pysocket/socket/ssl";
   * const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
   * context.load_cert_chain("server.pem", "server.key");
   * ```
   */
  load_cert_chain(
    certfile: string,
    keyfile?: string | null,
    password?:
      | string
      | ArrayBufferView
      | (() => string | ArrayBufferView)
      | null,
  ): void {
    const certText = readText(certfile);
    const keyText = keyfile === undefined || keyfile === null
      ? certText
      : readText(keyfile);
    const pass = typeof password === "function" ? password() : password;
    const passphrase = pass === undefined || pass === null
      ? null
      : typeof pass === "string"
      ? pass
      : new TextDecoder().decode(pass);
    const pemLib = () =>
      new SSLError(524297, "[SSL] PEM lib (_ssl.c:3905)", { library: "SSL" });
    const certs = certText.match(PEM_CERT);
    if (certs === null) throw pemLib();
    let leaf: X509Certificate;
    let key: ReturnType<typeof createPrivateKey>;
    try {
      leaf = new X509Certificate(certs[0]!);
      key = createPrivateKey({
        key: keyText,
        ...(passphrase === null ? {} : { passphrase }),
      });
    } catch (e) {
      throw new SSLError(524297, "[SSL] PEM lib (_ssl.c:3905)", {
        library: "SSL",
        cause: e,
      });
    }
    if (!leaf.checkPrivateKey(key)) {
      throw new SSLError(
        116,
        "[X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3926)",
        { reason: "KEY_VALUES_MISMATCH", library: "X509" },
      );
    }
    this.#chain = {
      cert: certs.join("\n"),
      key: keyText,
      passphrase,
    };
  }

  /**
   * Trusts the CA certificates in `cafile` (PEM), the files of `capath`,
   * and `cadata` (PEM text or DER bytes).
   *
   * @param cafile A PEM file.
   * @param capath A directory of PEM files.
   * @param cadata PEM text, or DER bytes.
   * @throws {TypeError} `cafile, capath and cadata cannot be all omitted`.
   * @throws {FileNotFoundError} For a file that is not there.
   * @throws {SSLError} `[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate
   * or crl found (_ssl.c:4154)`.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * import assert from "node:assert/strict";
   * const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
   * let error: unknown;
   * try {
   *   context.load_verify_locations();
   * } catch (e) {
   *   error = e;
   * }
   * assert(error instanceof TypeError);
   * ```
   */
  load_verify_locations(
    cafile?: string | null,
    capath?: string | null,
    cadata?: string | ArrayBufferView | null,
  ): void {
    const none = (v: unknown) => v === undefined || v === null;
    if (none(cafile) && none(capath) && none(cadata)) {
      throw new TypeError("cafile, capath and cadata cannot be all omitted");
    }
    const added: string[] = [];
    if (!none(cadata)) added.push(...caData(cadata!));
    if (!none(cafile)) {
      const found = readText(cafile!).match(PEM_CERT);
      if (found === null) {
        throw new SSLError(
          136,
          "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4154)",
          { reason: "NO_CERTIFICATE_OR_CRL_FOUND", library: "X509" },
        );
      }
      added.push(...found);
    }
    if (!none(capath)) added.push(...caPath(capath!));
    this.#ca = [...this.#ca, ...added];
  }

  /**
   * Trusts the runtime's root certificates (Deno's bundled Mozilla roots),
   * as Python's `load_default_certs(purpose)` trusts the system's.
   *
   * @param purpose `Purpose.SERVER_AUTH` (default) or `Purpose.CLIENT_AUTH`.
   * @throws {TypeError} For a purpose that is not one of those.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
   * context.load_default_certs();
   * ```
   */
  load_default_certs(purpose: ASN1Object = Purpose.SERVER_AUTH): void {
    checkPurpose(purpose);
    this.#defaultRoots = true;
  }

  /**
   * Trusts the default CA locations: here the runtime's root certificates.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).set_default_verify_paths();
   * ```
   */
  set_default_verify_paths(): void {
    this.#defaultRoots = true;
  }

  /**
   * The ALPN protocols offered (client) or accepted in order of preference
   * (server), such as `["h2", "http/1.1"]`.
   *
   * @param protocols Protocol names, 1 to 255 bytes each.
   * @throws {SSLError} `('ALPN protocols must be 1 to 255 in length',)`.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).set_alpn_protocols(["h2"]);
   * ```
   */
  set_alpn_protocols(protocols: Iterable<string>): void {
    const list = [...protocols].map(String);
    for (const name of list) {
      const length = new TextEncoder().encode(name).length;
      if (length < 1 || length > 255) {
        throw new SSLError("('ALPN protocols must be 1 to 255 in length',)");
      }
    }
    this.#alpn = list;
  }

  /**
   * The TLS 1.2 cipher suites offered, as an OpenSSL cipher string.
   *
   * @param ciphers Such as `"ECDHE+AESGCM"`.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).set_ciphers("ECDHE+AESGCM");
   * ```
   */
  set_ciphers(ciphers: string): void {
    if (typeof ciphers !== "string") {
      throw new TypeError(`set_ciphers() argument must be str`);
    }
    this.#ciphers = ciphers;
  }

  /**
   * The trusted CA certificates loaded by `load_verify_locations`, as
   * Python's dicts (or DER with `binary_form`).
   *
   * @param binary_form DER bytes instead of dicts.
   * @returns One entry per certificate.
   *
   * @example Usage
   * ```ts
   * import * as ssl from "@pysocket/socket/ssl";
   * import assert from "node:assert/strict";
   * assert(new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).get_ca_certs().length === 0);
   * ```
   */
  get_ca_certs(binary_form = false): (PeerCertificate | Uint8Array)[] {
    return this.#ca.map((pem) => {
      const der = new Uint8Array(new X509Certificate(pem).raw);
      return binary_form ? der : peerCertificate(der);
    });
  }

  /**
   * Wraps a stream socket in TLS: Python's `context.wrap_socket`. The plain
   * socket is detached (closed, its descriptor number now the new
   * socket's). A connected socket handshakes at once (STARTTLS, when bytes
   * were already exchanged: bytes read ahead are TLS's), unless
   * `do_handshake_on_connect` is `false`; an unconnected one handshakes
   * when it connects. A listening socket wrapped with `server_side` accepts
   * `SSLSocket`s. The TLS socket keeps the plain one's address type, so a
   * wrapped `socket(AF_INET)` still gives `[host, port]`.
   *
   * @typeParam A The wrapped socket's address shape.
   * @param sock A `SOCK_STREAM` socket.
   * @param options Python's keyword arguments.
   * @returns The TLS socket.
   * @throws {NotImplementedError} `only stream sockets are supported`.
   * @throws {ValueError} `check_hostname requires server_hostname`,
   * `server_hostname can only be specified in client mode`,
   * `do_handshake_on_connect should not be specified for non-blocking
   * sockets`.
   * @throws {SSLCertVerificationError} When the peer's certificate fails.
   * @throws {SSLError} When the handshake fails.
   *
   * @example Usage
   * ```ts
   * import * as socket from "@pysocket/socket";
   * import * as ssl from "@pysocket/socket/ssl";
   * import assert from "node:assert/strict";
   * const context = ssl.create_default_context();
   * using s = socket.socket();
   * using ss = await context.wrap_socket(s, { server_hostname: "localhost" });
   * assert(ss.server_hostname === "localhost" && s.fileno() === -1);
   * ```
   */
  wrap_socket<A extends Address>(
    sock: Socket<A, number>,
    options: WrapSocketOptions = {},
  ): Promise<SSLSocket<A>> {
    try {
      return wrapSocket(sock, this, options, settingsOf);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  #settings(server: boolean, serverName: string | null): TlsSettings {
    let min = Math.max(this.#minimum === -2 ? LOWEST : this.#minimum, LOWEST);
    let max = this.#maximum === -1 ? HIGHEST : Math.min(this.#maximum, HIGHEST);
    if (this.#options & OP_NO_TLSv1_2 && min === 771) min = 772;
    if (this.#options & OP_NO_TLSv1_3 && max === 772) max = 771;
    return {
      server,
      serverName,
      checkHostname: this.#checkHostname,
      verifyMode: this.#verifyMode,
      certChain: this.#chain,
      ca: this.#ca,
      defaultRoots: this.#defaultRoots,
      alpn: this.#alpn,
      minVersion: min,
      maxVersion: max,
      ciphers: this.#ciphers,
      options: this.#options,
    };
  }
}

function tlsVersion(value: unknown): number {
  const version = toIndex(value);
  if (!TLS_VERSIONS.includes(version)) {
    throw new ValueError(
      `Unsupported TLS/SSL version 0x${version.toString(16)}`,
    );
  }
  return version;
}

function checkPurpose(purpose: unknown): void {
  if (purpose !== Purpose.SERVER_AUTH && purpose !== Purpose.CLIENT_AUTH) {
    throw new TypeError(String(purpose));
  }
}

function readText(path: string): string {
  try {
    return Deno.readTextFileSync(path);
  } catch (e) {
    throw fromRuntime(e);
  }
}

function caData(cadata: string | ArrayBufferView): string[] {
  if (typeof cadata === "string") {
    const found = cadata.match(PEM_CERT);
    if (found === null) {
      throw new SSLError(
        0,
        "no start line: cadata does not contain a certificate (_ssl.c:4020)",
      );
    }
    return found;
  }
  // DER: one certificate after another.
  const bytes = Buffer.from(
    cadata.buffer,
    cadata.byteOffset,
    cadata.byteLength,
  );
  const out: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const length = derLength(bytes, at);
    try {
      out.push(new X509Certificate(bytes.subarray(at, at + length)).toString());
    } catch (e) {
      throw new SSLError(
        0,
        "not enough data: cadata does not contain a certificate (_ssl.c:4020)",
        { cause: e },
      );
    }
    at += length;
  }
  return out;
}

// The whole length of the DER element at `at` (header included).
function derLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at + 1] ?? 0;
  if (!(first & 0x80)) return 2 + first;
  let length = 0;
  const count = first & 0x7f;
  for (let i = 0; i < count; i++) {
    length = length * 256 + (bytes[at + 2 + i] ?? 0);
  }
  return 2 + count + length;
}

function caPath(dir: string): string[] {
  const out: string[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (!entry.isFile) continue;
      out.push(...(readText(`${dir}/${entry.name}`).match(PEM_CERT) ?? []));
    }
  } catch (e) {
    throw fromRuntime(e);
  }
  return out;
}

/**
 * Python's `ssl.create_default_context(purpose, cafile=, capath=, cadata=)`:
 * a context with Python's secure defaults. `Purpose.SERVER_AUTH` (default)
 * makes a client context that verifies servers and their names;
 * `Purpose.CLIENT_AUTH` a server context. With no CA given, the runtime's
 * roots are trusted.
 *
 * @param purpose What the context authenticates.
 * @param options `cafile`, `capath`, `cadata`, as for
 * {@linkcode SSLContext.load_verify_locations}.
 * @returns The context.
 * @throws {TypeError} For a purpose that is not a `Purpose`.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const context = ssl.create_default_context();
 * assert(context.protocol === ssl.PROTOCOL_TLS_CLIENT);
 * assert(context.minimum_version === ssl.TLSVersion.TLSv1_2);
 * ```
 */
export function create_default_context(
  purpose: ASN1Object = Purpose.SERVER_AUTH,
  options: DefaultContextOptions = {},
): SSLContext {
  checkPurpose(purpose);
  const context = new SSLContext(
    purpose === Purpose.SERVER_AUTH ? PROTOCOL_TLS_CLIENT : PROTOCOL_TLS_SERVER,
  );
  const { cafile = null, capath = null, cadata = null } = options ?? {};
  if (cafile !== null || capath !== null || cadata !== null) {
    context.load_verify_locations(cafile, capath, cadata);
  } else if (context.verify_mode !== CERT_NONE) {
    context.load_default_certs(purpose);
  }
  return context;
}
