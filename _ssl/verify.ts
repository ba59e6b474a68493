// Peer verification for a TLS layer that cannot do it itself (node:tls
// under Deno verifies neither a client's certificate nor, with a custom
// trust list, reports OpenSSL's codes): the chain against the trusted
// CAs, validity dates, then the host name, each failure with the
// X509_V_ERR code OpenSSL gives for it.

import { X509Certificate } from "node:crypto";
import { rootCertificates } from "node:tls";
import { isIP } from "node:net";
import { certVerifyError, sslError } from "./errors.ts";
import type { SSLError } from "./errors.ts";
import type { TlsSettings } from "./tls.ts";

const CERT_NONE = 0;
const CERT_REQUIRED = 2;
const MAX_DEPTH = 10;

// Parsed trust lists, by the array the context holds (it makes a new one on
// every change), so a server does not parse its CAs per connection.
const parsed = new WeakMap<readonly string[], X509Certificate[]>();
let roots: X509Certificate[] | null = null;

function trustedOf(settings: TlsSettings): X509Certificate[] {
  let list = parsed.get(settings.ca);
  if (list === undefined) {
    list = settings.ca.map((pem) => new X509Certificate(pem));
    parsed.set(settings.ca, list);
  }
  if (!settings.defaultRoots) return list;
  roots ??= rootCertificates.map((pem) => new X509Certificate(pem));
  return [...list, ...roots];
}

function issued(cert: X509Certificate, by: X509Certificate): boolean {
  try {
    return cert.checkIssued(by) && cert.verify(by.publicKey);
  } catch {
    return false;
  }
}

// OpenSSL's code for a chain, 0 when it verifies.
function chainCode(
  chain: readonly X509Certificate[],
  trusted: readonly X509Certificate[],
): number {
  const path: X509Certificate[] = [];
  let cert = chain[0]!;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    path.push(cert);
    const anchor = trusted.find((ca) => issued(cert, ca));
    if (anchor !== undefined) {
      if (anchor.raw.equals(cert.raw) === false) path.push(anchor);
      return datesCode(path);
    }
    if (issued(cert, cert)) return depth === 0 ? 18 : 19;
    const next = chain.find((c) => c !== cert && issued(cert, c));
    if (next === undefined) return depth === 0 ? 20 : 2;
    cert = next;
  }
  return 20;
}

function datesCode(path: readonly X509Certificate[]): number {
  const now = Date.now();
  for (const cert of path) {
    if (new Date(cert.validFrom).getTime() > now) return 9;
    if (new Date(cert.validTo).getTime() < now) return 10;
  }
  return 0;
}

/**
 * Why the peer's chain (leaf first, DER) fails `settings`, as Python's
 * exception; `null` when it passes.
 */
export function verifyPeer(
  peerChain: readonly Uint8Array[],
  settings: TlsSettings,
): SSLError | null {
  if (settings.verifyMode === CERT_NONE) return null;
  if (peerChain.length === 0) {
    // Only a server may be left without one (a client always gets it).
    return settings.verifyMode === CERT_REQUIRED
      ? sslError(
        "PEER_DID_NOT_RETURN_A_CERTIFICATE",
        "peer did not return a certificate",
      )
      : null;
  }
  const chain = peerChain.map((der) => new X509Certificate(der));
  const code = chainCode(chain, trustedOf(settings));
  if (code !== 0) return certVerifyError(code);
  const host = settings.serverName;
  if (settings.server || !settings.checkHostname || host === null) return null;
  const leaf = chain[0]!;
  if (isIP(host)) {
    return leaf.checkIP(host) === undefined ? certVerifyError(64, host) : null;
  }
  return hostMatches(leaf, host) ? null : certVerifyError(62, host);
}

// OpenSSL's X509_check_host as CPython calls it: the DNS names of the
// subjectAltName (the subject's common names only when there are none),
// ASCII case ignored, a wildcard only as a whole leftmost label of a name
// with at least two more labels, standing for exactly one label.
function hostMatches(cert: X509Certificate, host: string): boolean {
  const wanted = host.toLowerCase().replace(/\.$/, "");
  const dns = (cert.subjectAltName ?? "").split(", ")
    .filter((entry) => entry.startsWith("DNS:"))
    .map((entry) => entry.slice(4));
  const names = dns.length > 0 ? dns : commonNames(cert.subject);
  return names.some((name) => nameMatches(name.toLowerCase(), wanted));
}

function commonNames(subject: string): string[] {
  return subject.split("\n").filter((line) => line.startsWith("CN="))
    .map((line) => line.slice(3));
}

function nameMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith("*.")) return pattern === host;
  const rest = pattern.slice(1); // ".wild.test"
  if (rest.split(".").length < 3) return false; // "*.test" names a TLD
  const at = host.indexOf(".");
  return at > 0 && host.slice(at) === rest;
}
