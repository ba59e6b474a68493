// libssl's failures as CPython's _ssl raises them (PySSL_SetError): the
// class and errno from SSL_get_error, `[LIB: REASON] text (_ssl.c:n)` from
// the error queue's last entry.

import { oserror } from "../_oserror.ts";
import {
  eofError,
  type SSLCertVerificationError,
  SSLError,
  sslError,
  SSLZeroReturnError,
} from "../_ssl/errors.ts";
import { cString, libssl, S } from "./libssl.ts";

/** The call that failed, for CPython's `_ssl.c` line. */
export type Where = "handshake" | "read" | "write" | "shutdown";

/** What the failed call left besides SSL_get_error's code. */
export interface Failure {
  /** The call's return value. */
  result: number;
  /** errno right after the call. */
  errno: number;
  /** The verification error, when the reason is CERTIFICATE_VERIFY_FAILED. */
  verify?: () => SSLCertVerificationError;
}

// CPython's names of OpenSSL's libraries (ERR_GET_LIB).
const LIBRARIES: Record<number, string> = {
  2: "SYS",
  4: "RSA",
  6: "EVP",
  9: "PEM",
  11: "X509",
  13: "ASN1",
  15: "CRYPTO",
  16: "EC",
  20: "SSL",
  32: "BIO",
  34: "X509V3",
};

// CPython's names (its table of OpenSSL's) where they are not OpenSSL's
// text in capitals: the only five of the SSL, X509 and PEM libraries' 395
// (checked against CPython 3.11's _ssl.err_codes_to_names).
const REASONS: Record<number, string> = {
  158: "AT_LEAST_TLS_1_2_NEEDED_IN_SUITEB_MODE",
  330: "NO_GOST_CERTIFICATE_SENT_BY_PEER",
  358: "MISSING_SRP_PARAM",
  361: "SRP_A_CALC",
  380: "ILLEGAL_SUITEB_DIGEST",
};

/**
 * CPython's name of OpenSSL's reason `reason` of library `library`, whose
 * text is `text` (`ERR_reason_error_string`): the text in capitals, `_`
 * for what is not a letter or digit, as OpenSSL's mnemonics are made.
 */
export function reasonName(
  library: number,
  reason: number,
  text: string,
): string {
  return (library === S.ERR_LIB_SSL ? REASONS[reason] : undefined) ??
    text.toUpperCase().replace(/\W+/g, "_");
}

/** The Python exception for libssl's `error` (SSL_get_error) at `where`. */
export function opensslError(
  error: number,
  where: Where,
  failure: Failure = { result: 0, errno: 0 },
): Error {
  const lib = libssl();
  const code = BigInt(lib.ERR_peek_last_error());
  // CPython's _ssl lines are the handshake's, read's and write's.
  const at = where === "shutdown" ? "read" : where;
  lib.ERR_clear_error();
  if (error === S.SSL_ERROR_ZERO_RETURN) {
    return new SSLZeroReturnError(
      6,
      "TLS/SSL connection has been closed (EOF) (_ssl.c:2580)",
    );
  }
  if (error === S.SSL_ERROR_SYSCALL && code === 0n) {
    // An errno of its own (ECONNRESET, EPIPE) is that OSError, as CPython.
    if (failure.result === -1 && failure.errno !== 0) {
      return oserror(failure.errno);
    }
    return eofError(at === "write" ? "write" : at);
  }
  const library = Number((code >> 23n) & 0xffn);
  const reasonCode = Number(code & 0x7fffffn);
  if (library === S.ERR_LIB_SSL) {
    if (reasonCode === S.SSL_R_UNEXPECTED_EOF_WHILE_READING) {
      return eofError(at);
    }
    if (
      reasonCode === S.SSL_R_CERTIFICATE_VERIFY_FAILED &&
      failure.verify !== undefined
    ) {
      return failure.verify();
    }
  }
  if (code === 0n) {
    return new SSLError(error, `unknown error (_ssl.c:1006)`);
  }
  const text = cString(lib.ERR_reason_error_string(code));
  const reason = reasonName(library, reasonCode, text);
  return sslError(
    reason,
    text,
    at,
    LIBRARIES[library] ?? String(library),
  );
}
