// socketserver for the entry under test: the main module, or under
// PYSOCKET_ENTRY=ffi the native one (@pysocket/socket/ffi/socketserver),
// whose servers make their sockets and selectors with the native entry.

import * as main from "../socketserver.ts";
import { NATIVE } from "./_entry.ts";

export * from "../socketserver.ts";

const chosen: typeof main = NATIVE
  ? await import("../ffi_socketserver.ts")
  : main;

// Declared exports shadow the `export *` above.
export const BaseServer: typeof main.BaseServer = chosen.BaseServer;
export type BaseServer = main.BaseServer;
export const TCPServer: typeof main.TCPServer = chosen.TCPServer;
export type TCPServer = main.TCPServer;
export const UDPServer: typeof main.UDPServer = chosen.UDPServer;
export type UDPServer = main.UDPServer;
export const UnixStreamServer: typeof main.UnixStreamServer =
  chosen.UnixStreamServer;
export type UnixStreamServer = main.UnixStreamServer;
export const UnixDatagramServer: typeof main.UnixDatagramServer =
  chosen.UnixDatagramServer;
export type UnixDatagramServer = main.UnixDatagramServer;
export const ThreadingTCPServer: typeof main.ThreadingTCPServer =
  chosen.ThreadingTCPServer;
export type ThreadingTCPServer = main.ThreadingTCPServer;
export const ThreadingUDPServer: typeof main.ThreadingUDPServer =
  chosen.ThreadingUDPServer;
export type ThreadingUDPServer = main.ThreadingUDPServer;
export const ThreadingUnixStreamServer: typeof main.ThreadingUnixStreamServer =
  chosen.ThreadingUnixStreamServer;
export type ThreadingUnixStreamServer = main.ThreadingUnixStreamServer;
export const ThreadingUnixDatagramServer:
  typeof main.ThreadingUnixDatagramServer = chosen.ThreadingUnixDatagramServer;
export type ThreadingUnixDatagramServer = main.ThreadingUnixDatagramServer;
