// Python's ssl.get_server_certificate: connect, handshake, return the
// server's certificate as PEM.

import type { InetAddress } from "../address.ts";
import { create_connection } from "../create_connection.ts";
import { CERT_NONE, CERT_REQUIRED, PROTOCOL_TLS_CLIENT } from "./constants.ts";
import { SSLContext } from "./context.ts";
import { DER_cert_to_PEM_cert } from "./pem.ts";

/**
 * Python's `ssl.get_server_certificate(addr, ssl_version, ca_certs,
 * timeout)`: the certificate of the server at `addr`, as PEM. With
 * `ca_certs` it must verify against them (the name is not checked, as in
 * Python); without, it is not verified.
 *
 * @param addr `[host, port]`.
 * @param ssl_version The context's protocol (default `PROTOCOL_TLS_CLIENT`).
 * @param ca_certs A PEM file of CA certificates to verify against.
 * @param timeout The connection's timeout in seconds.
 * @returns The certificate as PEM.
 *
 * @example Usage
 * ```ts ignore
 * import * as ssl from "@pysocket/socket/ssl";
 * console.log(await ssl.get_server_certificate(["127.0.0.1", 8443]));
 * ```
 */
export async function get_server_certificate(
  addr: InetAddress,
  ssl_version: number = PROTOCOL_TLS_CLIENT,
  ca_certs: string | null = null,
  timeout?: number | null,
): Promise<string> {
  const context = new SSLContext(ssl_version);
  context.check_hostname = false;
  context.verify_mode = ca_certs === null ? CERT_NONE : CERT_REQUIRED;
  if (ca_certs !== null) context.load_verify_locations(ca_certs);
  const sock = await create_connection(addr, timeout);
  using tls = await context.wrap_socket(sock, {
    server_hostname: String(addr[0]),
  });
  return DER_cert_to_PEM_cert(tls.getpeercert(true)!);
}
