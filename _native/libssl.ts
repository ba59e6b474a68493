// The OpenSSL binding of the native engine's TLS: libssl and libcrypto 3
// (the libraries CPython's ssl module uses), opened as this module loads,
// as libc is (a library opened inside a test would count as a leak there).
// Every object is a "pointer"; every size passed is below 2^31.

import { OSError } from "../errors.ts";
import { fromRuntime } from "../_oserror.ts";

const SSL_SYMBOLS = {
  OPENSSL_init_ssl: { parameters: ["u64", "pointer"], result: "i32" },
  TLS_method: { parameters: [], result: "pointer" },
  SSL_CTX_new: { parameters: ["pointer"], result: "pointer" },
  SSL_CTX_free: { parameters: ["pointer"], result: "void" },
  SSL_CTX_ctrl: {
    parameters: ["pointer", "i32", "i64", "pointer"],
    result: "i64",
  },
  SSL_CTX_set_options: { parameters: ["pointer", "u64"], result: "u64" },
  SSL_CTX_clear_options: { parameters: ["pointer", "u64"], result: "u64" },
  SSL_CTX_set_verify: {
    parameters: ["pointer", "i32", "pointer"],
    result: "void",
  },
  SSL_CTX_set_cipher_list: { parameters: ["pointer", "buffer"], result: "i32" },
  SSL_CTX_set_default_verify_paths: { parameters: ["pointer"], result: "i32" },
  SSL_CTX_get_cert_store: { parameters: ["pointer"], result: "pointer" },
  SSL_CTX_use_certificate: {
    parameters: ["pointer", "pointer"],
    result: "i32",
  },
  SSL_CTX_use_PrivateKey: { parameters: ["pointer", "pointer"], result: "i32" },
  SSL_CTX_check_private_key: { parameters: ["pointer"], result: "i32" },
  SSL_CTX_set_alpn_protos: {
    parameters: ["pointer", "buffer", "u32"],
    result: "i32",
  },
  SSL_CTX_set_alpn_select_cb: {
    parameters: ["pointer", "function", "pointer"],
    result: "void",
  },
  SSL_new: { parameters: ["pointer"], result: "pointer" },
  SSL_free: { parameters: ["pointer"], result: "void" },
  SSL_ctrl: { parameters: ["pointer", "i32", "i64", "buffer"], result: "i64" },
  SSL_set_fd: { parameters: ["pointer", "i32"], result: "i32" },
  SSL_set_connect_state: { parameters: ["pointer"], result: "void" },
  SSL_set_accept_state: { parameters: ["pointer"], result: "void" },
  SSL_get0_param: { parameters: ["pointer"], result: "pointer" },
  SSL_do_handshake: { parameters: ["pointer"], result: "i32" },
  SSL_read: { parameters: ["pointer", "buffer", "i32"], result: "i32" },
  SSL_peek: { parameters: ["pointer", "buffer", "i32"], result: "i32" },
  SSL_write: { parameters: ["pointer", "buffer", "i32"], result: "i32" },
  SSL_shutdown: { parameters: ["pointer"], result: "i32" },
  SSL_get_error: { parameters: ["pointer", "i32"], result: "i32" },
  SSL_pending: { parameters: ["pointer"], result: "i32" },
  SSL_get_verify_result: { parameters: ["pointer"], result: "i64" },
  SSL_get_version: { parameters: ["pointer"], result: "pointer" },
  SSL_get_current_cipher: { parameters: ["pointer"], result: "pointer" },
  SSL_CIPHER_get_name: { parameters: ["pointer"], result: "pointer" },
  SSL_CIPHER_get_version: { parameters: ["pointer"], result: "pointer" },
  SSL_CIPHER_get_bits: { parameters: ["pointer", "pointer"], result: "i32" },
  SSL_get0_alpn_selected: {
    parameters: ["pointer", "buffer", "buffer"],
    result: "void",
  },
  SSL_get1_peer_certificate: { parameters: ["pointer"], result: "pointer" },
} as const;

const CRYPTO_SYMBOLS = {
  BIO_new_mem_buf: { parameters: ["buffer", "i32"], result: "pointer" },
  BIO_free: { parameters: ["pointer"], result: "i32" },
  PEM_read_bio_X509: {
    parameters: ["pointer", "pointer", "pointer", "pointer"],
    result: "pointer",
  },
  PEM_read_bio_PrivateKey: {
    parameters: ["pointer", "pointer", "pointer", "buffer"],
    result: "pointer",
  },
  X509_free: { parameters: ["pointer"], result: "void" },
  EVP_PKEY_free: { parameters: ["pointer"], result: "void" },
  X509_STORE_add_cert: { parameters: ["pointer", "pointer"], result: "i32" },
  i2d_X509: { parameters: ["pointer", "buffer"], result: "i32" },
  X509_VERIFY_PARAM_set_hostflags: {
    parameters: ["pointer", "u32"],
    result: "void",
  },
  X509_VERIFY_PARAM_set1_host: {
    parameters: ["pointer", "buffer", "usize"],
    result: "i32",
  },
  X509_VERIFY_PARAM_set1_ip_asc: {
    parameters: ["pointer", "buffer"],
    result: "i32",
  },
  X509_verify_cert_error_string: { parameters: ["i64"], result: "pointer" },
  ERR_get_error: { parameters: [], result: "u64" },
  ERR_peek_last_error: { parameters: [], result: "u64" },
  ERR_clear_error: { parameters: [], result: "void" },
  ERR_reason_error_string: { parameters: ["u64"], result: "pointer" },
} as const;

/** The bound libssl and libcrypto symbols. */
export type Libssl =
  & Deno.DynamicLibrary<typeof SSL_SYMBOLS>["symbols"]
  & Deno.DynamicLibrary<typeof CRYPTO_SYMBOLS>["symbols"];

function open(): Libssl | OSError {
  try {
    const crypto = Deno.dlopen("libcrypto.so.3", CRYPTO_SYMBOLS).symbols;
    const ssl = Deno.dlopen("libssl.so.3", SSL_SYMBOLS).symbols;
    // Loads the error strings up front, as the first SSL_CTX_new would: an
    // error before any context still has its text.
    // OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS.
    if (ssl.OPENSSL_init_ssl(0x200002n, null) !== 1) {
      throw new Error("OPENSSL_init_ssl failed");
    }
    return { ...crypto, ...ssl };
  } catch (e) {
    if (e instanceof Deno.errors.NotCapable) return fromRuntime(e) as OSError;
    return new OSError(
      `ssl on the native entry needs OpenSSL 3 (libssl.so.3, libcrypto.so.3): ${
        (e as Error).message
      }; the default entry's ssl (@pysocket/socket/ssl) needs neither`,
      undefined,
      { cause: e },
    );
  }
}

const opened = open();

/**
 * The OpenSSL symbols.
 *
 * @throws {OSError} When OpenSSL 3 cannot be opened (the message names the
 * default entry's ssl); `PermissionError` without `--allow-ffi`.
 */
export function libssl(): Libssl {
  if (opened instanceof OSError) throw opened;
  return opened;
}

/** A C string OpenSSL returned (static or owned by an object), or `""`. */
export function cString(pointer: Deno.PointerValue): string {
  return pointer === null ? "" : Deno.UnsafePointerView.getCString(pointer);
}

/** OpenSSL 3's numbers used here. */
export const S = {
  SSL_ERROR_SSL: 1,
  SSL_ERROR_WANT_READ: 2,
  SSL_ERROR_WANT_WRITE: 3,
  SSL_ERROR_SYSCALL: 5,
  SSL_ERROR_ZERO_RETURN: 6,
  SSL_VERIFY_PEER: 1,
  SSL_VERIFY_FAIL_IF_NO_PEER_CERT: 2,
  SSL_CTRL_MODE: 33,
  SSL_CTRL_SET_TLSEXT_HOSTNAME: 55,
  SSL_CTRL_CHAIN_CERT: 89,
  SSL_CTRL_SET_MIN_PROTO_VERSION: 123,
  SSL_CTRL_SET_MAX_PROTO_VERSION: 124,
  SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER: 2,
  SSL_MODE_AUTO_RETRY: 4,
  X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS: 4,
  ERR_LIB_SSL: 20,
  SSL_R_CERTIFICATE_VERIFY_FAILED: 134,
  SSL_R_UNEXPECTED_EOF_WHILE_READING: 294,
  SSL_TLSEXT_ERR_OK: 0,
  SSL_TLSEXT_ERR_NOACK: 3,
} as const;
