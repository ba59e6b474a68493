// The native engine's TLS: libssl on the socket's own descriptor
// (SSL_set_fd), as CPython's _ssl does. OpenSSL reads the descriptor itself,
// a record at a time (read-ahead off): nothing else ever takes ciphertext
// from the socket, so bytes after the handshake's start (STARTTLS) or after
// the peer's close_notify (unwrap) stay in the kernel for the plain socket.
// Waiting is only for readiness, through the reactor: a wait consumes
// nothing, so one given up (close, unwrap, unref) loses nothing. The
// verification, alerts, codes and texts are OpenSSL's, so CPython's.

import { isIP } from "node:net";
import { oserror } from "../_oserror.ts";
import type {
  TlsEngine,
  TlsInfo,
  TlsSession,
  TlsSettings,
} from "../_ssl/tls.ts";
import { NativeSocket } from "./native_socket.ts";
import { errno } from "./libc.ts";
import { afterDrain, wait, type Waiter, withdraw } from "./reactor.ts";
import { cString, type Libssl, libssl, S } from "./libssl.ts";
import { opensslError, type Where } from "./tls_errors.ts";
import {
  certVerifyError,
  type SSLCertVerificationError,
} from "../_ssl/errors.ts";

/** The most cleartext one SSL_read or SSL_write moves. */
const CHUNK = 65536;
/** CPython 3.11's default cipher string (TLS 1.2 and lower). */
const CIPHERS =
  "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM";

const encoder = new TextEncoder();
const peekBuffer = new Uint8Array(1);

// libssl objects alive now (SSL_CTX and SSL): Deno's sanitizers cannot see
// them, so the tests check this comes back to where it was.
let live = 0;

/** How many SSL and SSL_CTX objects the native TLS holds now. */
export function openTlsObjects(): number {
  return live;
}

/** The native engine's {@linkcode TlsEngine}: libssl on its descriptor. */
export const libsslTls: TlsEngine = (inner, settings) => {
  if (!(inner instanceof NativeSocket)) throw oserror(95);
  return new LibsslSession(inner, settings);
};

function cstr(text: string): Uint8Array {
  return encoder.encode(text + "\0");
}

// A read-only memory BIO over `text` for `use`, freed after.
function withBio<T>(text: string, use: (bio: Deno.PointerValue) => T): T {
  const lib = libssl();
  const bytes = encoder.encode(text);
  const bio = lib.BIO_new_mem_buf(bytes, bytes.length);
  if (bio === null) throw opensslError(S.SSL_ERROR_SSL, "handshake");
  try {
    return use(bio);
  } finally {
    lib.BIO_free(bio);
    // Keeps `bytes` (the BIO's memory) referenced until the BIO is gone.
    bytes.fill(0);
  }
}

// Every certificate of a PEM text, in order; the caller owns them.
function readCerts(pem: string): Deno.PointerValue[] {
  const lib = libssl();
  const certs = withBio(pem, (bio) => {
    const out: Deno.PointerValue[] = [];
    for (;;) {
      const x = lib.PEM_read_bio_X509(bio, null, null, null);
      if (x === null) break;
      out.push(x);
    }
    return out;
  });
  // The end of the text leaves "no start line" queued.
  lib.ERR_clear_error();
  return certs;
}

function fail(ok: boolean): void {
  if (!ok) throw opensslError(S.SSL_ERROR_SSL, "handshake");
}

// An SSL_CTX with the settings, as CPython's SSLContext configures one.
function newContext(lib: Libssl, settings: TlsSettings): Deno.PointerValue {
  const ctx = lib.SSL_CTX_new(lib.TLS_method());
  if (ctx === null) throw opensslError(S.SSL_ERROR_SSL, "handshake");
  live++;
  try {
    // Exactly the context's options, as CPython's `options` setter leaves
    // them (its default is CPython's own set).
    lib.SSL_CTX_clear_options(ctx, ~0n & 0xffffffffffffffffn);
    lib.SSL_CTX_set_options(ctx, BigInt(settings.options));
    fail(
      lib.SSL_CTX_ctrl(
            ctx,
            S.SSL_CTRL_SET_MIN_PROTO_VERSION,
            BigInt(settings.minVersion),
            null,
          ) === 1n &&
        lib.SSL_CTX_ctrl(
            ctx,
            S.SSL_CTRL_SET_MAX_PROTO_VERSION,
            BigInt(settings.maxVersion),
            null,
          ) === 1n,
    );
    fail(
      lib.SSL_CTX_set_cipher_list(ctx, cstr(settings.ciphers ?? CIPHERS)) === 1,
    );
    const mode = settings.verifyMode === 0
      ? 0
      : settings.verifyMode === 1
      ? S.SSL_VERIFY_PEER
      : S.SSL_VERIFY_PEER | S.SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    lib.SSL_CTX_set_verify(ctx, mode, null);
    const store = lib.SSL_CTX_get_cert_store(ctx);
    for (const pem of settings.ca) {
      for (const x of readCerts(pem)) {
        // A certificate already in the store is no error (as CPython).
        if (lib.X509_STORE_add_cert(store, x) !== 1) lib.ERR_clear_error();
        lib.X509_free(x);
      }
    }
    if (settings.defaultRoots) lib.SSL_CTX_set_default_verify_paths(ctx);
    if (settings.certChain !== null) useChain(lib, ctx, settings);
    if (settings.alpn !== null && !settings.server) {
      const wire = alpnWire(settings.alpn);
      // This one returns 0 on success.
      fail(lib.SSL_CTX_set_alpn_protos(ctx, wire, wire.length) === 0);
    }
    if (settings.alpn !== null && settings.server) {
      lib.SSL_CTX_set_alpn_select_cb(ctx, alpnCallback!.pointer, null);
    }
    return ctx;
  } catch (e) {
    lib.SSL_CTX_free(ctx);
    live--;
    throw e;
  }
}

function useChain(
  lib: Libssl,
  ctx: Deno.PointerValue,
  settings: TlsSettings,
): void {
  const chain = settings.certChain!;
  const certs = readCerts(chain.cert);
  if (certs.length === 0) throw opensslError(S.SSL_ERROR_SSL, "handshake");
  const [leaf, ...rest] = certs;
  const used = lib.SSL_CTX_use_certificate(ctx, leaf!) === 1;
  lib.X509_free(leaf!);
  let extras = rest;
  try {
    fail(used);
    for (const x of rest) {
      extras = extras.slice(1);
      // add0: the context owns the certificate from here.
      if (lib.SSL_CTX_ctrl(ctx, S.SSL_CTRL_CHAIN_CERT, 0n, x) !== 1n) {
        lib.X509_free(x);
        fail(false);
      }
    }
  } finally {
    for (const x of extras) lib.X509_free(x);
  }
  // An empty passphrase rather than none: OpenSSL would prompt on the tty.
  const key = withBio(
    chain.key,
    (bio) =>
      lib.PEM_read_bio_PrivateKey(
        bio,
        null,
        null,
        cstr(chain.passphrase ?? ""),
      ),
  );
  if (key === null) throw opensslError(S.SSL_ERROR_SSL, "handshake");
  const usedKey = lib.SSL_CTX_use_PrivateKey(ctx, key) === 1;
  lib.EVP_PKEY_free(key);
  fail(usedKey && lib.SSL_CTX_check_private_key(ctx) === 1);
}

function alpnWire(protocols: readonly string[]): Uint8Array {
  const parts = protocols.map((p) => encoder.encode(p));
  const wire = new Uint8Array(parts.reduce((n, p) => n + 1 + p.length, 0));
  let at = 0;
  for (const part of parts) {
    wire[at++] = part.length;
    wire.set(part, at);
    at += part.length;
  }
  return wire;
}

// A server's ALPN choice, as CPython's: the first of its protocols the
// client offers; none in common goes on without ALPN (no alert).
const serverAlpn = new Map<bigint, readonly string[]>();
const ALPN_SELECT = {
  parameters: ["pointer", "pointer", "pointer", "pointer", "u32", "pointer"],
  result: "i32",
} as const;
// One callback for every server context, made as the module loads (a
// callback made inside a test would count as a leak there) and kept: it
// finds the session's protocols by its SSL pointer.
const alpnCallback = libsslOpens()
  ? new Deno.UnsafeCallback(ALPN_SELECT, selectAlpn)
  : null;

function libsslOpens(): boolean {
  try {
    libssl();
    return true;
  } catch {
    return false;
  }
}

function selectAlpn(
  ssl: Deno.PointerValue,
  out: Deno.PointerValue,
  outlen: Deno.PointerValue,
  offered: Deno.PointerValue,
  length: number,
): number {
  const ours = serverAlpn.get(BigInt(Deno.UnsafePointer.value(ssl)));
  if (
    ours === undefined || offered === null || out === null ||
    outlen === null
  ) {
    return S.SSL_TLSEXT_ERR_NOACK;
  }
  const view = new Uint8Array(
    Deno.UnsafePointerView.getArrayBuffer(offered, length),
  );
  const names = new Map<string, number>();
  for (let at = 0; at < view.length; at += 1 + view[at]!) {
    const name = new TextDecoder().decode(
      view.subarray(at + 1, at + 1 + view[at]!),
    );
    if (!names.has(name)) names.set(name, at);
  }
  const chosen = ours.find((name) => names.has(name));
  if (chosen === undefined) return S.SSL_TLSEXT_ERR_NOACK;
  const at = names.get(chosen)!;
  // *out points into OpenSSL's copy of the ClientHello, which outlives the call.
  new BigUint64Array(Deno.UnsafePointerView.getArrayBuffer(out, 8))[0] =
    BigInt(Deno.UnsafePointer.value(offered)) + BigInt(at + 1);
  new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(outlen, 1))[0] =
    view[at]!;
  return S.SSL_TLSEXT_ERR_OK;
}

interface Pending {
  direction: 0 | 1;
  keep: boolean;
  waiter: Waiter;
}

class LibsslSession implements TlsSession {
  readonly handshake: Promise<TlsInfo>;
  readonly #sock: NativeSocket;
  readonly #settings: TlsSettings;
  #ctx: Deno.PointerValue;
  #ssl: Deno.PointerValue;
  #key: bigint;
  #closed = false;
  #unwrapped = false;
  // Whether a call of the program waits on the session (Stream's ref):
  // reads then wait in the reactor; otherwise they park, holding nothing
  // that would keep the process alive.
  #held = true;
  readonly #waiting = new Set<Pending>();
  #parked: (() => void)[] = [];
  #unwrapping: Promise<void> | null = null;
  #handshook = false;
  // Starts the handshake (begin()); null once started.
  #start: (() => void) | null = null;
  // What a readiness check's SSL_peek ended with, for the next read.
  #peeked: Error | "eof" | null = null;

  constructor(sock: NativeSocket, settings: TlsSettings) {
    const lib = libssl();
    this.#sock = sock;
    this.#settings = settings;
    lib.ERR_clear_error();
    this.#ctx = newContext(lib, settings);
    const ssl = lib.SSL_new(this.#ctx);
    if (ssl === null) {
      lib.SSL_CTX_free(this.#ctx);
      live--;
      throw opensslError(S.SSL_ERROR_SSL, "handshake");
    }
    live++;
    this.#ssl = ssl;
    this.#key = BigInt(Deno.UnsafePointer.value(ssl));
    try {
      this.#configure(lib, settings);
    } catch (e) {
      this.close();
      throw e;
    }
    // Nothing is sent before the first do_handshake(), read or write, as
    // in CPython (a client's ClientHello goes out then).
    this.handshake = new Promise<void>((resolve) => this.#start = resolve)
      .then(() => this.#handshake());
    this.handshake.catch(() => {});
  }

  begin(): boolean {
    if (this.#start === null) return false;
    const start = this.#start;
    this.#start = null;
    start();
    return true;
  }

  #configure(lib: Libssl, settings: TlsSettings): void {
    const ssl = this.#ssl;
    fail(lib.SSL_set_fd(ssl, this.#sock.fd) === 1);
    lib.SSL_ctrl(
      ssl,
      S.SSL_CTRL_MODE,
      BigInt(S.SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | S.SSL_MODE_AUTO_RETRY),
      null,
    );
    if (settings.server) {
      if (settings.alpn !== null) serverAlpn.set(this.#key, settings.alpn);
      lib.SSL_set_accept_state(ssl);
      return;
    }
    const name = settings.serverName;
    if (name !== null) {
      const ip = isIP(name) !== 0;
      // SNI carries names only, as CPython sends it.
      if (!ip) {
        fail(
          lib.SSL_ctrl(ssl, S.SSL_CTRL_SET_TLSEXT_HOSTNAME, 0n, cstr(name)) ===
            1n,
        );
      }
      if (settings.checkHostname) {
        const param = lib.SSL_get0_param(ssl);
        if (ip) {
          fail(lib.X509_VERIFY_PARAM_set1_ip_asc(param, cstr(name)) === 1);
        } else {
          lib.X509_VERIFY_PARAM_set_hostflags(
            param,
            S.X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS,
          );
          const bytes = encoder.encode(name);
          fail(
            lib.X509_VERIFY_PARAM_set1_host(
              param,
              bytes,
              BigInt(bytes.length),
            ) === 1,
          );
        }
      }
    }
    lib.SSL_set_connect_state(ssl);
  }

  async #handshake(): Promise<TlsInfo> {
    const lib = libssl();
    await this.#drive(() => lib.SSL_do_handshake(this.#ssl), "handshake", true);
    this.#handshook = true;
    return this.#info(lib);
  }

  #info(lib: Libssl): TlsInfo {
    const ssl = this.#ssl;
    const cipher = lib.SSL_get_current_cipher(ssl);
    const cell = new BigUint64Array(1);
    const length = new Uint32Array(1);
    lib.SSL_get0_alpn_selected(
      ssl,
      new Uint8Array(cell.buffer),
      new Uint8Array(length.buffer),
    );
    const selected = Deno.UnsafePointer.create(cell[0]!);
    const alpn = selected === null || length[0] === 0
      ? null
      : new TextDecoder().decode(
        new Uint8Array(
          Deno.UnsafePointerView.getArrayBuffer(selected, length[0]!),
        ),
      );
    return {
      version: cString(lib.SSL_get_version(ssl)),
      cipher: [
        cString(lib.SSL_CIPHER_get_name(cipher)),
        cString(lib.SSL_CIPHER_get_version(cipher)),
        lib.SSL_CIPHER_get_bits(cipher, null),
      ],
      alpn,
      peerChain: this.#peer(lib),
    };
  }

  // The peer's certificate (DER), if it sent one.
  #peer(lib: Libssl): Uint8Array[] {
    const x = lib.SSL_get1_peer_certificate(this.#ssl);
    if (x === null) return [];
    try {
      const length = lib.i2d_X509(x, null);
      if (length <= 0) return [];
      const der = new Uint8Array(length);
      const cell = new BigUint64Array([
        BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(der))),
      ]);
      if (lib.i2d_X509(x, new Uint8Array(cell.buffer)) !== length) return [];
      return [der];
    } finally {
      lib.X509_free(x);
    }
  }

  // Runs an SSL call until it succeeds (a positive result), waiting for
  // readiness on WANT_READ/WANT_WRITE; `null` for the peer's close_notify.
  // `keep`: the wait is the engine's own work (handshake, write, unwrap)
  // and goes on while nobody holds the session.
  async #drive(
    call: () => number,
    where: Where,
    keep: boolean,
  ): Promise<number | null> {
    const lib = libssl();
    for (;;) {
      // After unwrap the socket's bytes are plain: a read still going ends.
      if (where === "read" && this.#unwrapped) return null;
      if (where === "read" && this.#peeked !== null) {
        const peeked = this.#peeked;
        this.#peeked = null;
        if (peeked === "eof") return null;
        throw peeked;
      }
      this.#check();
      lib.ERR_clear_error();
      const result = call();
      if (result > 0) return result;
      const saved = errno();
      const error = lib.SSL_get_error(this.#ssl, result);
      if (error === S.SSL_ERROR_WANT_READ || error === S.SSL_ERROR_WANT_WRITE) {
        await this.#ready(error === S.SSL_ERROR_WANT_READ ? 0 : 1, keep);
        continue;
      }
      // The peer's close_notify ends a read; elsewhere it is CPython's
      // SSLZeroReturnError.
      if (error === S.SSL_ERROR_ZERO_RETURN && where === "read") return null;
      throw opensslError(error, where, {
        result,
        errno: saved,
        verify: () => this.#verifyFailure(lib),
      });
    }
  }

  #verifyFailure(lib: Libssl): SSLCertVerificationError {
    const code = Number(lib.SSL_get_verify_result(this.#ssl));
    return certVerifyError(
      code,
      this.#settings.serverName ?? "",
      cString(lib.X509_verify_cert_error_string(BigInt(code))),
    );
  }

  // No SSL call may follow SSL_free, nor one on a descriptor closed under
  // the session (its number may be another socket's by now).
  #check(): void {
    if (this.#closed || this.#sock.fileno() < 0) throw oserror(9);
  }

  #ready(direction: 0 | 1, keep: boolean): Promise<void> {
    if (!keep && !this.#held) {
      return new Promise((resolve) => this.#parked.push(resolve));
    }
    return new Promise((resolve) => {
      const pending: Pending = {
        direction,
        keep,
        waiter: {
          resolve: () => {
            this.#waiting.delete(pending);
            resolve();
          },
          // The socket closed: the next #check says so.
          reject: () => {
            this.#waiting.delete(pending);
            resolve();
          },
        },
      };
      this.#waiting.add(pending);
      wait(this.#sock.entry, direction, pending.waiter);
    });
  }

  // Ends the waits `which` selects; each call tries again (and parks, or
  // sees the session closed) once the reactor's pool call, if they were
  // its last reason, has returned, so none is left behind.
  #wake(which: (pending: Pending) => boolean): void {
    for (const pending of [...this.#waiting]) {
      if (!which(pending)) continue;
      withdraw(this.#sock.entry, pending.direction, pending.waiter);
      afterDrain(() => pending.waiter.resolve());
    }
    const parked = this.#parked;
    this.#parked = [];
    for (const resume of parked) resume();
  }

  async read(p: Uint8Array): Promise<number | null> {
    this.begin();
    await this.handshake;
    const lib = libssl();
    return await this.#drive(
      () => lib.SSL_read(this.#ssl, p, Math.min(p.length, CHUNK)),
      "read",
      false,
    );
  }

  async write(p: Uint8Array): Promise<number> {
    this.begin();
    await this.handshake;
    const lib = libssl();
    const n = Math.min(p.length, CHUNK);
    if (n === 0) return 0;
    return (await this.#drive(
      () => lib.SSL_write(this.#ssl, p, n),
      "write",
      true,
    ))!;
  }

  /** CPython's shutdown(SHUT_WR) on an SSLSocket: no close_notify. */
  closeWrite(): Promise<void> {
    try {
      this.#sock.shutdown(1);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  pending(): number {
    return this.#closed ? 0 : libssl().SSL_pending(this.#ssl);
  }

  readable(): boolean {
    if (this.#closed || this.#unwrapped || this.#sock.fileno() < 0) {
      return true;
    }
    if (!this.#handshook || this.#peeked !== null) return this.#peeked !== null;
    const lib = libssl();
    if (lib.SSL_pending(this.#ssl) > 0) return true;
    // SSL_peek takes in the records the socket holds and keeps their data.
    lib.ERR_clear_error();
    const result = lib.SSL_peek(this.#ssl, peekBuffer, 1);
    if (result > 0) return true;
    const saved = errno();
    const error = lib.SSL_get_error(this.#ssl, result);
    if (error === S.SSL_ERROR_WANT_READ || error === S.SSL_ERROR_WANT_WRITE) {
      return false;
    }
    // The failure is the next read's (OpenSSL would not queue it again).
    this.#peeked = error === S.SSL_ERROR_ZERO_RETURN ? "eof" : opensslError(
      error,
      "read",
      { result, errno: saved, verify: () => this.#verifyFailure(lib) },
    );
    return true;
  }

  /**
   * CPython's unwrap: close_notify sent, the peer's awaited; the socket's
   * later bytes are then plain, still in the kernel.
   */
  unwrap(): Promise<void> {
    this.begin();
    this.#unwrapping ??= this.handshake.then(() => this.#shutdown());
    return this.#unwrapping;
  }

  async #shutdown(): Promise<void> {
    const lib = libssl();
    let zeros = 0;
    for (;;) {
      this.#check();
      lib.ERR_clear_error();
      const result = lib.SSL_shutdown(this.#ssl);
      if (result > 0) break;
      // 0: ours sent, theirs not yet read; asked again, OpenSSL reads it.
      if (result === 0 && ++zeros < 2) continue;
      if (result === 0) break;
      const saved = errno();
      const error = lib.SSL_get_error(this.#ssl, result);
      if (error === S.SSL_ERROR_WANT_READ || error === S.SSL_ERROR_WANT_WRITE) {
        await this.#ready(error === S.SSL_ERROR_WANT_READ ? 0 : 1, true);
        continue;
      }
      throw opensslError(error, "shutdown", { result, errno: saved });
    }
    this.#unwrapped = true;
    // A read waiting for ciphertext must not take the plain bytes now.
    this.#wake(() => true);
  }

  ref(): void {
    if (this.#held) return;
    this.#held = true;
    this.#wake(() => false);
  }

  unref(): void {
    if (!this.#held) return;
    this.#held = false;
    this.#wake((pending) => !pending.keep);
  }

  /** The descriptor is the socket's: detach() leaves it alone. */
  release(): void {
    this.close();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // A handshake never begun ends now, with EBADF.
    this.begin();
    this.#wake(() => true);
    const lib = libssl();
    serverAlpn.delete(this.#key);
    lib.SSL_free(this.#ssl);
    lib.SSL_CTX_free(this.#ctx);
    live -= 2;
    this.#ssl = this.#ctx = null;
  }
}
