/**
 * Python's `socket` module for Deno: the same names, arguments, address
 * tuples (as arrays), constants and exceptions, with `await` where a call
 * can wait on the network.
 *
 * - {@linkcode socket} / {@linkcode Socket}: `bind`, `listen`, `accept`,
 *   `connect`, `connect_ex`, `send`, `sendall`, `sendto`, `recv`,
 *   `recv_into`, `recvfrom`, `shutdown`, `close`, `settimeout`, `dup`,
 *   `detach`, `sendmsg`, `recvmsg`, `sendfile`, …
 * - Constants: `AF_*`, `SOCK_*`, `SOL_*`, `SO_*`, `IPPROTO_*`, `TCP_*`,
 *   `SHUT_*`, `MSG_*`, `AI_*`, `NI_*`, `EAI_*`, errno numbers and every
 *   other Linux constant of Python 3.11; the enums
 *   {@linkcode AddressFamily}, `SocketKind`, `MsgFlag`, `AddressInfo`.
 * - Descriptors and ancillary data: `fromfd`, `dup`, `close`,
 *   `CMSG_LEN`, `CMSG_SPACE`, `send_fds`, `recv_fds`; interfaces:
 *   `if_nameindex`, `if_nametoindex`, `if_indextoname`; `sethostname`.
 * - Names: {@linkcode getaddrinfo}, {@linkcode getnameinfo},
 *   `gethostbyname`, `gethostbyaddr`, `getfqdn`, `getservbyname`, …
 * - Conversions: {@linkcode inet_pton}, `inet_ntop`, `inet_aton`,
 *   `inet_ntoa`, `htons`, `htonl`, …
 * - Helpers: {@linkcode create_connection}, {@linkcode create_server}.
 * - Errors: {@linkcode OSError} (`error`) and its subclasses, `timeout`,
 *   `gaierror`, `herror`, `ValueError`, `OverflowError`.
 *
 * @example An echo server and client, as in Python's socket tutorial
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * using srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * srv.bind(["127.0.0.1", 0]);
 * srv.listen();
 * const serve = (async () => {
 *   const [conn] = await srv.accept();
 *   using _conn = conn;
 *   while (true) {
 *     const data = await conn.recv(1024);
 *     if (data.length === 0) break;
 *     await conn.sendall(data);
 *   }
 * })();
 *
 * using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * await s.connect(srv.getsockname());
 * await s.sendall(new TextEncoder().encode("Hello, world"));
 * const data = await s.recv(1024);
 * s.close();
 * await serve;
 * assert(new TextDecoder().decode(data) === "Hello, world");
 * ```
 *
 * @module
 */

export type {
  Address,
  AddressOf,
  Inet6Address,
  InetAddress,
  SenderOf,
  UnixAddress,
} from "./address.ts";
export * from "./constants.ts";
export * from "./constants_linux.ts";
export * from "./enums.ts";
export * from "./defaulttimeout.ts";
export * from "./errors.ts";
export * from "./byteorder.ts";
export * from "./inet.ts";
export * from "./getaddrinfo.ts";
export * from "./gethostbyname.ts";
export * from "./services.ts";
export * from "./create_connection.ts";
export * from "./create_server.ts";
export { Socket, socket, SocketType } from "./socket.ts";
export type { WaitOptions } from "./wait_options.ts";
export type { SendfileSource } from "./_sendfile.ts";
export * from "./descriptors.ts";
export * from "./cmsg.ts";
export * from "./interfaces.ts";
export * from "./hostname.ts";
export { socketpair } from "./socketpair.ts";
export { select } from "./select.ts";
export {
  DefaultSelector,
  EpollSelector,
  EVENT_READ,
  EVENT_WRITE,
  type FileObject,
  KeyError,
  PollSelector,
  SelectorKey,
  SelectorMapping,
  SelectSelector,
} from "./selectors.ts";
export {
  BufferedIOBase,
  BufferedReader,
  BufferedRWPair,
  BufferedWriter,
} from "./buffered_io.ts";
export type { MakefileOptions } from "./makefile.ts";
export { SocketIO, UnsupportedOperation } from "./socketio.ts";
export { type ReconfigureOptions, TextIOWrapper } from "./text_io.ts";
