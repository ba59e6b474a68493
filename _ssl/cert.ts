// Python's getpeercert() dict, from a certificate's DER.

import { X509Certificate } from "node:crypto";

/** One relative distinguished name: `[[attribute, value], …]`. */
export type RDN = [string, string][];

/** Python's `getpeercert()` dict (tuples are arrays). */
export interface PeerCertificate {
  /** Who the certificate names: RDNs of `[attribute, value]` pairs. */
  subject?: RDN[];
  /** Who signed it. */
  issuer?: RDN[];
  /** X.509's version: 3 for today's certificates. */
  version?: number;
  /** The serial number in upper-case hex. */
  serialNumber?: string;
  /** Valid from, as OpenSSL prints it: `Dec  3 14:02:48 2026 GMT`. */
  notBefore?: string;
  /** Valid until, likewise. */
  notAfter?: string;
  /** `[["DNS", "localhost"], ["IP Address", "127.0.0.1"], …]`. */
  subjectAltName?: [string, string][];
}

// OpenSSL's long names, which Python prints, for the short ones node gives.
const LONG_NAMES: Record<string, string> = {
  C: "countryName",
  ST: "stateOrProvinceName",
  L: "localityName",
  O: "organizationName",
  OU: "organizationalUnitName",
  CN: "commonName",
  DC: "domainComponent",
  UID: "userId",
  emailAddress: "emailAddress",
  serialNumber: "serialNumber",
  street: "streetAddress",
  title: "title",
  GN: "givenName",
  SN: "surname",
};

function names(text: string): RDN[] {
  return text.split("\n").filter((line) => line !== "").map((line) => {
    const at = line.indexOf("=");
    const key = line.slice(0, at);
    return [[LONG_NAMES[key] ?? key, line.slice(at + 1)]];
  });
}

// OpenSSL prints an IPv6 SAN in full: eight groups, upper case, no zero runs.
function fullIPv6(text: string): string {
  const [head = "", tail] = text.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = tail === undefined
    ? []
    : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right]
    .map((group) => parseInt(group, 16).toString(16).toUpperCase())
    .join(":");
}

function altNames(text: string | undefined): [string, string][] | undefined {
  if (text === undefined) return undefined;
  return text.split(", ").map((entry): [string, string] => {
    const at = entry.indexOf(":");
    const kind = entry.slice(0, at);
    const value = entry.slice(at + 1);
    return [
      kind,
      kind === "IP Address" && value.includes(":") ? fullIPv6(value) : value,
    ];
  });
}

// X.509's version field (v1 certificates leave it out): 1, 2 or 3.
function versionOf(der: Uint8Array): number {
  // Certificate SEQUENCE → tbsCertificate SEQUENCE → [0] EXPLICIT version.
  let at = 0;
  const skipHeader = () => {
    at++;
    const first = der[at++]!;
    if (first & 0x80) at += first & 0x7f;
  };
  skipHeader();
  skipHeader();
  if (der[at] !== 0xa0) return 1;
  // a0 03 02 01 vv
  return der[at + 4]! + 1;
}

/** Python's dict for a verified peer certificate. */
export function peerCertificate(der: Uint8Array): PeerCertificate {
  const cert = new X509Certificate(der);
  const out: PeerCertificate = {
    subject: names(cert.subject),
    issuer: names(cert.issuer),
    version: versionOf(der),
    serialNumber: cert.serialNumber.toUpperCase(),
    notBefore: cert.validFrom,
    notAfter: cert.validTo,
  };
  const san = altNames(cert.subjectAltName);
  if (san !== undefined) out.subjectAltName = san;
  return out;
}
