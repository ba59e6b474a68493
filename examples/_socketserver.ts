// The socketserver module the socketserver examples run on: the main one,
// or with --ffi the native one (@pysocket/socket/ffi/socketserver, which
// needs --allow-ffi), as examples/_socket.ts chooses the socket module.

import * as main from "../socketserver.ts";
import { NATIVE } from "./_socket.ts";

export * from "../socketserver.ts";

const chosen: typeof main = NATIVE
  ? await import("../ffi_socketserver.ts")
  : main;

// Declared exports shadow the `export *` above: the classes the examples
// build servers from.
export const TCPServer: typeof main.TCPServer = chosen.TCPServer;
export type TCPServer = main.TCPServer;
export const UDPServer: typeof main.UDPServer = chosen.UDPServer;
export type UDPServer = main.UDPServer;
