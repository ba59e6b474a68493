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
  /** The OCSP responders' URIs (authorityInfoAccess). */
  OCSP?: string[];
  /** The issuers' certificate URIs (authorityInfoAccess). */
  caIssuers?: string[];
  /** The CRL distribution points' URIs. */
  crlDistributionPoints?: string[];
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

// One DER element: its tag and where its contents lie.
interface Element {
  tag: number;
  start: number;
  end: number;
}

function elements(der: Uint8Array, from: number, to: number): Element[] {
  const out: Element[] = [];
  let at = from;
  while (at + 2 <= to) {
    const tag = der[at]!;
    let length = der[at + 1]!;
    at += 2;
    if (length & 0x80) {
      const count = length & 0x7f;
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + der[at + i]!;
      at += count;
    }
    out.push({ tag, start: at, end: at + length });
    at += length;
  }
  return out;
}

const CRL_DISTRIBUTION_POINTS = [0x55, 0x1d, 0x1f]; // 2.5.29.31

// The URIs (GeneralName [6]) under a certificate's CRL distribution points.
function crlUris(der: Uint8Array): string[] {
  const uris: string[] = [];
  const collect = (element: Element) => {
    if (element.tag === 0x86) {
      uris.push(
        new TextDecoder().decode(der.subarray(element.start, element.end)),
      );
    } else if (element.tag & 0x20 || element.tag === 0x04) {
      for (const child of elements(der, element.start, element.end)) {
        collect(child);
      }
    }
  };
  const search = (from: number, to: number): boolean => {
    for (const element of elements(der, from, to)) {
      if (!(element.tag & 0x20)) continue;
      const [oid, ...rest] = elements(der, element.start, element.end);
      if (
        element.tag === 0x30 && oid?.tag === 0x06 &&
        oid.end - oid.start === 3 &&
        CRL_DISTRIBUTION_POINTS.every((b, i) => der[oid.start + i] === b)
      ) {
        // extnID, critical?, extnValue (an OCTET STRING holding the points)
        collect(rest[rest.length - 1]!);
        return true;
      }
      if (search(element.start, element.end)) return true;
    }
    return false;
  };
  search(0, der.length);
  return uris;
}

// authorityInfoAccess as node prints it: "OCSP - URI:…\nCA Issuers - URI:…".
function accessUris(text: string | undefined, method: string): string[] {
  return (text ?? "").split("\n")
    .filter((line) => line.startsWith(`${method} - URI:`))
    .map((line) => line.slice(method.length + 7));
}

// X.509's version field (v1 certificates leave it out): 1, 2 or 3.
function versionOf(der: Uint8Array): number {
  // Certificate SEQUENCE → tbsCertificate SEQUENCE → [0] EXPLICIT INTEGER.
  const [certificate] = elements(der, 0, der.length);
  const [tbs] = elements(der, certificate!.start, certificate!.end);
  const [first] = elements(der, tbs!.start, tbs!.end);
  if (first?.tag !== 0xa0) return 1;
  const [version] = elements(der, first.start, first.end);
  return der[version!.start]! + 1;
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
  const ocsp = accessUris(cert.infoAccess, "OCSP");
  if (ocsp.length > 0) out.OCSP = ocsp;
  const issuers = accessUris(cert.infoAccess, "CA Issuers");
  if (issuers.length > 0) out.caIssuers = issuers;
  const crls = crlUris(der);
  if (crls.length > 0) out.crlDistributionPoints = crls;
  return out;
}
