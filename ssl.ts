/**
 * Python's `ssl` module for sockets: TLS over this module's sockets, with
 * CPython's names, defaults and exceptions. `context.wrap_socket(sock)`
 * returns an {@linkcode SSLSocket}, a `Socket` whose bytes are encrypted,
 * so `makefile`, selectors and servers built on sockets work on it.
 *
 * The default engine's TLS is `node:tls`: TLS 1.2 and 1.3, client and
 * server, STARTTLS both ways, client certificates, ALPN, OpenSSL's
 * verification codes. It cannot `unwrap()` (the native entry can).
 *
 * @example A TLS echo over loopback (needs a certificate; see the README)
 * ```ts ignore
 * import * as socket from "@pysocket/socket";
 * import * as ssl from "@pysocket/socket/ssl";
 *
 * const context = ssl.create_default_context({ cafile: "ca.pem" });
 * using s = socket.create_connection(["127.0.0.1", 8443]);
 * using tls = await context.wrap_socket(await s, { server_hostname: "localhost" });
 * await tls.sendall(new TextEncoder().encode("hello"));
 * console.log(await tls.recv(1024));
 * ```
 *
 * @module
 */

export * from "./_ssl/constants.ts";
export {
  CertificateError,
  type CertVerificationOptions,
  NotImplementedError,
  SSLCertVerificationError,
  SSLEOFError,
  SSLError,
  type SSLErrorOptions,
  SSLSyscallError,
  SSLWantReadError,
  SSLWantWriteError,
  SSLZeroReturnError,
} from "./_ssl/errors.ts";
export {
  create_default_context,
  type DefaultContextOptions,
  SSLContext,
  type WrapSocketOptions,
} from "./_ssl/context.ts";
export { SSLSocket } from "./_ssl/socket.ts";
export {
  cert_time_to_seconds,
  DER_cert_to_PEM_cert,
  PEM_cert_to_DER_cert,
  PEM_FOOTER,
  PEM_HEADER,
} from "./_ssl/pem.ts";
export { get_server_certificate } from "./_ssl/server_certificate.ts";
export type { PeerCertificate, RDN } from "./_ssl/cert.ts";
