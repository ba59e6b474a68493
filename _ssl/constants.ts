// Python's ssl constants, with CPython 3.11's values on OpenSSL 3.0.

/** Python's `PROTOCOL_TLS` (`PROTOCOL_SSLv23`): either side, no checks by default. */
export const PROTOCOL_TLS = 2;
/** Python's `PROTOCOL_TLS_CLIENT`: a client context, verifying by default. */
export const PROTOCOL_TLS_CLIENT = 16;
/** Python's `PROTOCOL_TLS_SERVER`: a server context. */
export const PROTOCOL_TLS_SERVER = 17;

/** `verify_mode`: no certificate is checked (nor asked for, on a server). */
export const CERT_NONE = 0;
/** `verify_mode`: a server asks for a client certificate and checks one sent. */
export const CERT_OPTIONAL = 1;
/** `verify_mode`: the peer must send a certificate that verifies. */
export const CERT_REQUIRED = 2;

/**
 * Python's `ssl.TLSVersion`: the values of `minimum_version` and
 * `maximum_version`.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(ssl.TLSVersion.TLSv1_3 === 772);
 * ```
 */
export const TLSVersion: {
  readonly MINIMUM_SUPPORTED: -2;
  readonly SSLv3: 768;
  readonly TLSv1: 769;
  readonly TLSv1_1: 770;
  readonly TLSv1_2: 771;
  readonly TLSv1_3: 772;
  readonly MAXIMUM_SUPPORTED: -1;
} = Object.freeze({
  MINIMUM_SUPPORTED: -2,
  SSLv3: 768,
  TLSv1: 769,
  TLSv1_1: 770,
  TLSv1_2: 771,
  TLSv1_3: 772,
  MAXIMUM_SUPPORTED: -1,
});

/** Python's `_ASN1Object`: an OID with OpenSSL's names. */
export interface ASN1Object {
  /** OpenSSL's numeric id. */
  readonly nid: number;
  /** OpenSSL's short name (`serverAuth`). */
  readonly shortname: string;
  /** OpenSSL's long name (`TLS Web Server Authentication`). */
  readonly longname: string;
  /** The dotted OID. */
  readonly oid: string;
}

/**
 * Python's `ssl.Purpose`: what `create_default_context` makes a context
 * for. `SERVER_AUTH` is a client's (it authenticates servers).
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(ssl.Purpose.SERVER_AUTH.oid === "1.3.6.1.5.5.7.3.1");
 * ```
 */
export const Purpose: {
  readonly SERVER_AUTH: ASN1Object;
  readonly CLIENT_AUTH: ASN1Object;
} = Object.freeze({
  SERVER_AUTH: Object.freeze({
    nid: 129,
    shortname: "serverAuth",
    longname: "TLS Web Server Authentication",
    oid: "1.3.6.1.5.5.7.3.1",
  }),
  CLIENT_AUTH: Object.freeze({
    nid: 130,
    shortname: "clientAuth",
    longname: "TLS Web Client Authentication",
    oid: "1.3.6.1.5.5.7.3.2",
  }),
});

/** `options`: OpenSSL's bug workarounds. */
export const OP_ALL = 2147483728;
/** `options`: no SSLv3 (always so). */
export const OP_NO_SSLv3 = 33554432;
/** `options`: no TLS 1.0. */
export const OP_NO_TLSv1 = 67108864;
/** `options`: no TLS 1.1. */
export const OP_NO_TLSv1_1 = 268435456;
/** `options`: no TLS 1.2. */
export const OP_NO_TLSv1_2 = 134217728;
/** `options`: no TLS 1.3. */
export const OP_NO_TLSv1_3 = 536870912;
/** `options`: no TLS compression (always so). */
export const OP_NO_COMPRESSION = 131072;
/** `options`: the server's cipher order wins. */
export const OP_CIPHER_SERVER_PREFERENCE = 4194304;
/** `options`: no session tickets. */
export const OP_NO_TICKET = 16384;

/** ALPN is supported. */
export const HAS_ALPN = true;
/** Server Name Indication is supported. */
export const HAS_SNI = true;
/** TLS 1.2 is supported. */
export const HAS_TLSv1_2 = true;
/** TLS 1.3 is supported. */
export const HAS_TLSv1_3 = true;
