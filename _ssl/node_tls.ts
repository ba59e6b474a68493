// The default engine's TLS: node:tls over a Duplex that the engine feeds
// from the handed-over connection. Under Deno 2.9.6 a TLSSocket whose own
// socket is throttled (pause(), or 'readable' + read() on it) never emits
// 'end'; over a Duplex whose reads we answer it does, so reads here pull
// with 'readable' + read() and the Duplex reads the connection only when
// TLS asks (the peer is pushed back through TCP while nobody reads).

import { Buffer } from "node:buffer";
import { isIP } from "node:net";
import { Duplex } from "node:stream";
import * as tls from "node:tls";
import { OSError } from "../errors.ts";
import { oserror } from "../_oserror.ts";
import type { RawConn } from "../_engine/stream.ts";
import { eofError, sslError } from "./errors.ts";
import type { TlsEngine, TlsInfo, TlsSession, TlsSettings } from "./tls.ts";
import { verifyPeer } from "./verify.ts";
import { firstRecordLength, offeredAlpn } from "./client_hello.ts";

/** Reads of the connection under TLS (a TLS record is at most ~16 KiB). */
const READ_SIZE = 65536;
/** The most cleartext one write hands to TLS. */
const WRITE_SIZE = 65536;

const VERSIONS: Record<number, tls.SecureVersion> = {
  769: "TLSv1",
  770: "TLSv1.1",
  771: "TLSv1.2",
  772: "TLSv1.3",
};

/** The default engine's {@linkcode TlsEngine}. */
export const nodeTls: TlsEngine = (transport, settings) => {
  const conn = transport.handOver?.();
  if (conn === undefined) throw oserror(95);
  return new NodeTlsSession(conn, settings);
};

class NodeTlsSession implements TlsSession {
  readonly handshake: Promise<TlsInfo>;
  readonly #conn: RawConn;
  // Made once the ClientHello is in, on a server choosing ALPN.
  #socket: tls.TLSSocket | null = null;
  // Bytes read before TLS began, given to it first.
  #preread: Uint8Array | null = null;
  #closed = false;
  // The connection under TLS ended: a cleartext end after it is ragged.
  #rawEof = false;
  #ended = false;
  #error: Error | null = null;
  #leftover: Uint8Array | null = null;
  #wake: (() => void) | null = null;
  // Settles a handshake still going when the socket closes.
  #abandon: (error: Error) => void = noop;

  constructor(conn: RawConn, settings: TlsSettings) {
    this.#conn = conn;
    this.handshake = new Promise<TlsInfo>((resolve, reject) => {
      this.#abandon = reject;
      const alpn = settings.alpn;
      if (!settings.server || alpn === null) {
        return this.#begin(settings, alpn, resolve, reject);
      }
      // node:tls would refuse a client offering none of ours with an
      // alert; OpenSSL (CPython) goes on without ALPN. So choose first.
      this.#readClientHello().then((offered) => {
        const chosen = offered === null
          ? alpn
          : alpn.filter((name) => offered.includes(name)).slice(0, 1);
        this.#begin(
          settings,
          chosen.length > 0 ? chosen : null,
          resolve,
          reject,
        );
      }, reject);
    });
    this.handshake.catch(noop);
  }

  // Reads the first TLS record ahead (kept for the Duplex to give TLS
  // first); the protocols it offers, or null if it is no ClientHello.
  async #readClientHello(): Promise<string[] | null> {
    let bytes = new Uint8Array(0);
    for (;;) {
      const length = firstRecordLength(bytes);
      if (length !== -1) {
        this.#preread = bytes;
        return offeredAlpn(bytes.subarray(0, length));
      }
      if (bytes.length > 5 + 16384 + 2048) break;
      const buf = new Uint8Array(READ_SIZE);
      const n = await this.#conn.read(buf);
      if (n === null) {
        this.#rawEof = true;
        break;
      }
      const grown = new Uint8Array(bytes.length + n);
      grown.set(bytes);
      grown.set(buf.subarray(0, n), bytes.length);
      bytes = grown;
    }
    this.#preread = bytes;
    return null;
  }

  #begin(
    settings: TlsSettings,
    alpn: readonly string[] | null,
    resolve: (info: TlsInfo) => void,
    reject: (error: Error) => void,
  ): void {
    const duplex = this.#duplex();
    const chain = settings.certChain;
    const common = {
      ALPNProtocols: alpn === null ? undefined : [...alpn],
      minVersion: VERSIONS[settings.minVersion],
      maxVersion: VERSIONS[settings.maxVersion],
      ...(chain === null ? {} : {
        cert: chain.cert,
        key: chain.key,
        passphrase: chain.passphrase ?? undefined,
      }),
      ...(settings.ciphers === null ? {} : { ciphers: settings.ciphers }),
      // Verification is verify.ts's, with OpenSSL's codes.
      rejectUnauthorized: false,
    };
    let socket: tls.TLSSocket;
    let ready: string;
    if (settings.server) {
      socket = new tls.TLSSocket(duplex, {
        ...common,
        isServer: true,
        secureContext: tls.createSecureContext(common),
        requestCert: settings.verifyMode !== 0,
      });
      ready = "secure";
    } else {
      const name = settings.serverName;
      socket = tls.connect({
        ...common,
        socket: duplex,
        // SNI carries names only, never an address.
        servername: name === null || isIP(name) ? undefined : name,
        checkServerIdentity: () => undefined,
      });
      ready = "secureConnect";
    }
    this.#socket = socket;
    if (this.#closed) socket.destroy();
    socket.on("readable", this.#notify);
    socket.on("end", () => {
      this.#ended = true;
      this.#notify();
    });
    socket.on("error", (e: Error) => {
      this.#error ??= e;
      this.#notify();
    });
    socket.on("close", this.#notify);
    const failed = (e: Error) => reject(translate(e));
    // The peer may just close: node:tls then ends with no error.
    const ended = () => reject(eofError("handshake"));
    socket.once("error", failed);
    socket.once("end", ended);
    socket.once("close", ended);
    socket.once(ready, () => {
      socket.off("error", failed);
      socket.off("end", ended);
      socket.off("close", ended);
      const info = infoOf(socket);
      const error = verifyPeer(info.peerChain, settings);
      if (error === null) return resolve(info);
      this.#error = error;
      socket.destroy();
      reject(error);
    });
  }

  #duplex(): Duplex {
    const conn = this.#conn;
    const ended = () => this.#rawEof = true;
    const takePreread = () => {
      const first = this.#preread;
      this.#preread = null;
      return first === null || first.length === 0 ? null : Buffer.from(first);
    };
    return new Duplex({
      read() {
        const first = takePreread();
        if (first !== null) return void this.push(first);
        const buf = Buffer.allocUnsafe(READ_SIZE);
        conn.read(buf).then((n) => {
          if (n === null) ended();
          this.push(n === null ? null : buf.subarray(0, n));
        }, (e) => this.destroy(e));
      },
      write(chunk: Uint8Array, _encoding, done) {
        writeAll(conn, chunk).then(() => done(), done);
      },
      final(done) {
        conn.closeWrite().then(() => done(), done);
      },
      destroy(error, done) {
        conn.close();
        done(error);
      },
    });
  }

  readonly #notify = (): void => {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  };

  async read(p: Uint8Array): Promise<number | null> {
    await this.handshake;
    for (;;) {
      const chunk = this.#leftover ?? this.#socket!.read() as Buffer | null;
      this.#leftover = null;
      if (chunk !== null && chunk.length > 0) {
        const n = Math.min(chunk.length, p.length);
        p.set(chunk.subarray(0, n));
        if (n < chunk.length) this.#leftover = chunk.subarray(n);
        return n;
      }
      if (this.#error !== null) throw translate(this.#error, "read");
      if (this.#ended) {
        if (this.#rawEof) throw eofError();
        return null;
      }
      if (this.#socket!.destroyed) throw eofError();
      await new Promise<void>((resolve) => this.#wake = resolve);
    }
  }

  async write(p: Uint8Array): Promise<number> {
    await this.handshake;
    if (this.#error !== null) throw translate(this.#error, "write");
    if (this.#ended && this.#rawEof) throw eofError("write");
    // At most WRITE_SIZE a write, each waited for: node:tls would encrypt
    // and buffer a whole sendall at once, where the engine's loop over
    // partial writes keeps the memory bounded and the peer pushing back.
    const n = Math.min(p.length, WRITE_SIZE);
    await new Promise<void>((resolve, reject) => {
      this.#socket!.write(
        Buffer.from(p.buffer, p.byteOffset, n),
        (e) => e ? reject(translate(e, "write")) : resolve(),
      );
    });
    return n;
  }

  closeWrite(): Promise<void> {
    // CPython's shutdown() drops TLS and shuts the socket: a FIN with no
    // close_notify before it.
    return this.#conn.closeWrite();
  }

  close(): void {
    this.#abandon(oserror(9));
    this.#closed = true;
    this.#socket?.destroy();
    this.#conn.close();
  }

  ref(): void {
    this.#conn.ref();
  }

  unref(): void {
    this.#conn.unref();
  }

  pending(): number {
    return (this.#leftover?.length ?? 0) + (this.#socket?.readableLength ?? 0);
  }
}

function noop(): void {}

async function writeAll(conn: RawConn, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    offset += await conn.write(offset === 0 ? chunk : chunk.subarray(offset));
  }
}

function infoOf(socket: tls.TLSSocket): TlsInfo {
  const version = socket.getProtocol() ?? "";
  const cipher = socket.getCipher();
  const name = cipher?.name ?? "";
  const peerChain: Uint8Array[] = [];
  let cert = socket.getPeerCertificate(true) as tls.DetailedPeerCertificate;
  while (cert?.raw !== undefined && peerChain.length < 10) {
    peerChain.push(new Uint8Array(cert.raw));
    if (cert.issuerCertificate === cert) break;
    cert = cert.issuerCertificate;
  }
  const alpn = socket.alpnProtocol;
  return {
    version,
    cipher: [name, version, secretBits(name)],
    alpn: typeof alpn === "string" ? alpn : null,
    peerChain,
  };
}

// OpenSSL's secret bits of a cipher suite, from its name.
function secretBits(name: string): number {
  if (/AES_?128|AES128/.test(name)) return 128;
  if (/AES_?256|AES256|CHACHA20/.test(name)) return 256;
  return 0;
}

// node:tls reports OpenSSL's reason as a code (ERR_SSL_TLSV1_ALERT_UNKNOWN_CA);
// Python's text is the reason in lower case, words apart.
function translate(
  e: Error,
  where: "handshake" | "read" | "write" = "handshake",
): Error {
  if (e instanceof OSError) return e;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("ERR_SSL_")) {
    const reason = code.slice(8);
    return sslError(
      reason,
      reason.toLowerCase().replaceAll("_", " "),
      where,
      "SSL",
      e,
    );
  }
  if (/eof|closed|reset/i.test(e.message)) return eofError(where);
  return sslError("UNKNOWN", e.message, where, "SSL", e);
}
