/**
 * Python's `ssl` module for the native entry's sockets
 * (`@pysocket/socket/ffi`): the same names as `@pysocket/socket/ssl`, with
 * TLS from libssl (OpenSSL 3, the library CPython's `ssl` uses) on the
 * socket's own descriptor. Verification, alerts, error codes and texts are
 * OpenSSL's, so CPython's; `unwrap()` hands the connection back as plain
 * bytes. One {@linkcode SSLContext} wraps sockets of either entry.
 *
 * Run with `--allow-ffi`; needs `libssl.so.3` and `libcrypto.so.3`.
 *
 * @example A STARTTLS client that ends TLS again (needs a server; see the README)
 * ```ts ignore
 * import * as socket from "@pysocket/socket/ffi";
 * import * as ssl from "@pysocket/socket/ffi/ssl";
 *
 * const context = ssl.create_default_context({ cafile: "ca.pem" });
 * using s = await socket.create_connection(["127.0.0.1", 8443]);
 * const tls = await context.wrap_socket(s, { server_hostname: "localhost" });
 * await tls.sendall(new TextEncoder().encode("hello"));
 * console.log(await tls.recv(1024));
 * using plain = await tls.unwrap();
 * await plain.sendall(new TextEncoder().encode("plain again"));
 * ```
 *
 * @module
 */

import type { Address } from "./address.ts";
import { setEngine } from "./_engine/handles.ts";
import { nativeEngine } from "./_native/engine.ts";
import { libsslTls } from "./_native/tls.ts";
import { Socket } from "./ffi.ts";
import { registerTls, SSLSocket as BaseSSLSocket } from "./_ssl/socket.ts";

export * from "./ssl.ts";

/**
 * Python's `ssl.SSLSocket` over a native socket: what
 * {@linkcode SSLContext.wrap_socket} makes of an `@pysocket/socket/ffi`
 * socket. As the default entry's, plus a working `unwrap()`.
 *
 * @typeParam A The address shape of the wrapped socket's family.
 *
 * @example Usage
 * ```ts ignore
 * import * as ssl from "@pysocket/socket/ffi/ssl";
 * const tls: ssl.SSLSocket = await context.wrap_socket(sock, { server_hostname: "localhost" });
 * ```
 */
export class SSLSocket<A extends Address = Address> extends BaseSSLSocket<A> {}
setEngine(SSLSocket, nativeEngine, Socket);
registerTls(SSLSocket, libsslTls);
