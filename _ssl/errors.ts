// Python's ssl exceptions, and builders for the ones the TLS layers raise
// with CPython's numbers and texts (OpenSSL 3.0's, at CPython 3.11's
// _ssl.c lines).

import { OSError } from "../errors.ts";

/** `reason` and `library`, as CPython's `_ssl` sets them. */
export interface SSLErrorOptions extends ErrorOptions {
  /** OpenSSL's reason code (`CERTIFICATE_VERIFY_FAILED`), or `null`. */
  reason?: string | null;
  /** OpenSSL's library (`SSL`, `X509`), or `null`. */
  library?: string | null;
}

/**
 * Python's `ssl.SSLError`: a TLS failure. An {@linkcode OSError} whose
 * `String(e)` is the bare text (`[SSL: …] … (_ssl.c:1006)`), with OpenSSL's
 * `reason` and `library`.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const e = new ssl.SSLError(1, "[SSL: BAD_LENGTH] bad length (_ssl.c:2427)");
 * assert(e instanceof ssl.SSLError && e.errno === 1);
 * assert(String(e) === "[SSL: BAD_LENGTH] bad length (_ssl.c:2427)");
 * ```
 */
export class SSLError extends OSError {
  /** OpenSSL's reason code, or `null`. */
  readonly reason: string | null;
  /** OpenSSL's library name, or `null`. */
  readonly library: string | null;

  /**
   * Builds the error as Python's `SSLError(errno, strerror)`.
   *
   * @param errnoOrMessage The SSL error number, or the whole message.
   * @param strerror The text.
   * @param options `reason`, `library`, `cause`.
   */
  constructor(
    errnoOrMessage?: number | string | null,
    strerror?: string,
    options: SSLErrorOptions = {},
  ) {
    super(errnoOrMessage, strerror, options);
    // CPython's SSLError.__str__ is the text alone, without `[Errno n]`.
    if (strerror !== undefined) this.message = strerror;
    this.reason = options.reason ?? null;
    this.library = options.library ?? null;
  }
}

/**
 * The peer closed TLS with a close_notify alert (`SSL_ERROR_ZERO_RETURN`).
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(new ssl.SSLZeroReturnError() instanceof ssl.SSLError);
 * ```
 */
export class SSLZeroReturnError extends SSLError {}

/**
 * A non-blocking TLS call must first read from the network.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(new ssl.SSLWantReadError() instanceof ssl.SSLError);
 * ```
 */
export class SSLWantReadError extends SSLError {}

/**
 * A non-blocking TLS call must first write to the network.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(new ssl.SSLWantWriteError() instanceof ssl.SSLError);
 * ```
 */
export class SSLWantWriteError extends SSLError {}

/**
 * A system error under TLS (`SSL_ERROR_SYSCALL`).
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(new ssl.SSLSyscallError() instanceof ssl.SSLError);
 * ```
 */
export class SSLSyscallError extends SSLError {}

/**
 * The connection ended in violation of the protocol: a ragged EOF, with no
 * close_notify.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(new ssl.SSLEOFError() instanceof ssl.SSLError);
 * ```
 */
export class SSLEOFError extends SSLError {}

/** The options of {@linkcode SSLCertVerificationError}. */
export interface CertVerificationOptions extends SSLErrorOptions {
  /** OpenSSL's `X509_V_ERR_*` code (18 self-signed, 62 hostname, …). */
  verify_code?: number | null;
  /** OpenSSL's text for it. */
  verify_message?: string | null;
}

/**
 * The peer's certificate failed verification: `verify_code` is OpenSSL's
 * `X509_V_ERR_*` (10 expired, 18 self-signed, 20 unknown issuer, 62
 * hostname mismatch, 64 IP address mismatch) and `verify_message` its text.
 * (Python's class is also a `ValueError`; JavaScript has one base class.)
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const e = new ssl.SSLCertVerificationError(1, "certificate verify failed", {
 *   verify_code: 18,
 *   verify_message: "self-signed certificate",
 * });
 * assert(e.verify_code === 18 && e instanceof ssl.SSLError);
 * ```
 */
export class SSLCertVerificationError extends SSLError {
  /** OpenSSL's verification code, or `null`. */
  readonly verify_code: number | null;
  /** OpenSSL's text for `verify_code`, or `null`. */
  readonly verify_message: string | null;

  /**
   * Builds the error.
   *
   * @param errnoOrMessage The SSL error number (1), or the whole message.
   * @param strerror The text.
   * @param options `verify_code`, `verify_message`, `reason`, `library`.
   */
  constructor(
    errnoOrMessage?: number | string | null,
    strerror?: string,
    options: CertVerificationOptions = {},
  ) {
    super(errnoOrMessage, strerror, options);
    this.verify_code = options.verify_code ?? null;
    this.verify_message = options.verify_message ?? null;
  }
}

/**
 * Python's `ssl.CertificateError`, an alias of
 * {@linkcode SSLCertVerificationError}.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(ssl.CertificateError === ssl.SSLCertVerificationError);
 * ```
 */
export const CertificateError: typeof SSLCertVerificationError =
  SSLCertVerificationError;

/**
 * Python's `NotImplementedError`, which `wrap_socket` raises for a socket
 * that is not a stream.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(String(new ssl.NotImplementedError("x")) === "x");
 * ```
 */
export class NotImplementedError extends Error {
  /** The class name, as Python prints it. */
  override get name(): string {
    return "NotImplementedError";
  }

  /**
   * Python's `str(e)`: the message.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

// ---- what the TLS layers raise ------------------------------------------

// CPython 3.11.7's _ssl.c lines, which its messages carry.
const AT_HANDSHAKE = "(_ssl.c:1006)";
const AT_READ = "(_ssl.c:2580)";
const AT_WRITE = "(_ssl.c:2427)";

/** An OpenSSL error as `_ssl` reports it: `[LIB: REASON] text (_ssl.c:n)`. */
export function sslError(
  reason: string,
  text: string,
  where: "handshake" | "read" | "write" = "handshake",
  library = "SSL",
  cause?: unknown,
): SSLError {
  const at = where === "handshake"
    ? AT_HANDSHAKE
    : where === "read"
    ? AT_READ
    : AT_WRITE;
  return new SSLError(1, `[${library}: ${reason}] ${text} ${at}`, {
    reason,
    library,
    cause,
  });
}

/** OpenSSL's texts of the verification codes a TLS layer can report. */
export const VERIFY_MESSAGES: Readonly<Record<number, string>> = {
  2: "unable to get issuer certificate",
  7: "certificate signature failure",
  9: "certificate is not yet valid",
  10: "certificate has expired",
  18: "self-signed certificate",
  19: "self-signed certificate in certificate chain",
  20: "unable to get local issuer certificate",
  21: "unable to verify the first certificate",
  26: "unsupported certificate purpose",
};

/**
 * `certificate verify failed`, for OpenSSL's code `code`; 62 and 64 (host
 * name and IP address mismatch) name `host`. `text`: OpenSSL's own text
 * for the code, where the caller has it (libssl's
 * X509_verify_cert_error_string).
 */
export function certVerifyError(
  code: number,
  host = "",
  text?: string,
): SSLCertVerificationError {
  const message = code === 62
    ? `Hostname mismatch, certificate is not valid for '${host}'.`
    : code === 64
    ? `IP address mismatch, certificate is not valid for '${host}'.`
    : text ?? VERIFY_MESSAGES[code] ?? `certificate verify failed (${code})`;
  return new SSLCertVerificationError(
    1,
    `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${message} ${AT_HANDSHAKE}`,
    {
      reason: "CERTIFICATE_VERIFY_FAILED",
      library: "SSL",
      verify_code: code,
      verify_message: message,
    },
  );
}

/** A non-blocking call that would wait, reading or writing. */
export function wantError(
  direction: "read" | "write",
  handshake = false,
): SSLError {
  const Class = direction === "read" ? SSLWantReadError : SSLWantWriteError;
  return new Class(
    direction === "read" ? 2 : 3,
    `The operation did not complete (${direction}) ${
      handshake ? AT_HANDSHAKE : direction === "read" ? AT_READ : AT_WRITE
    }`,
  );
}

/** A ragged EOF: the connection ended with no close_notify. */
export function eofError(
  where: "handshake" | "read" | "write" = "read",
): SSLEOFError {
  return where === "write"
    ? new SSLEOFError(8, `EOF occurred in violation of protocol ${AT_WRITE}`)
    : new SSLEOFError(
      8,
      `[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol ${
        where === "read" ? AT_READ : AT_HANDSHAKE
      }`,
      { reason: "UNEXPECTED_EOF_WHILE_READING", library: "SSL" },
    );
}
