// The entry under test. Suites import the module from here, so one suite
// runs against each engine: the default entry, or the native entry when
// PYSOCKET_ENTRY=ffi. Only the names an engine serves differ; errors,
// constants and conversions are shared and come from mod.ts.

import * as main from "../mod.ts";

export * from "../mod.ts";

/**
 * Whether the suites run against the native entry. A child script a test
 * runs without --allow-env cannot read the variable and gets the default
 * entry, rather than a NotCapable error at import.
 */
export const NATIVE: boolean =
  Deno.permissions.querySync({ name: "env", variable: "PYSOCKET_ENTRY" })
      .state === "granted" && Deno.env.get("PYSOCKET_ENTRY") === "ffi";

const chosen: typeof main = NATIVE ? await import("../ffi.ts") : main;

// Declared exports shadow the `export *` above.
export const socket: typeof main.socket = chosen.socket;
export const Socket: typeof main.Socket = chosen.Socket;
export type Socket<
  A extends main.Address = main.Address,
  K extends number = number,
> = main.Socket<A, K>;
export const socketpair: typeof main.socketpair = chosen.socketpair;
export const select: typeof main.select = chosen.select;
export const DefaultSelector: typeof main.DefaultSelector =
  chosen.DefaultSelector;
export type DefaultSelector<
  Data = unknown,
  F extends main.FileObject = main.Socket,
> = main.DefaultSelector<Data, F>;
export const create_connection: typeof main.create_connection =
  chosen.create_connection;
export const create_server: typeof main.create_server = chosen.create_server;
export const EpollSelector: typeof main.EpollSelector = chosen.EpollSelector;
export const PollSelector: typeof main.PollSelector = chosen.PollSelector;
export const SelectSelector: typeof main.SelectSelector = chosen.SelectSelector;
export const close: typeof main.close = chosen.close;
export const dup: typeof main.dup = chosen.dup;
export const fromfd: typeof main.fromfd = chosen.fromfd;
export const getaddrinfo: typeof main.getaddrinfo = chosen.getaddrinfo;
export const getnameinfo: typeof main.getnameinfo = chosen.getnameinfo;
export const if_nameindex: typeof main.if_nameindex = chosen.if_nameindex;
export const if_nametoindex: typeof main.if_nametoindex = chosen.if_nametoindex;
export const if_indextoname: typeof main.if_indextoname = chosen.if_indextoname;
export const sethostname: typeof main.sethostname = chosen.sethostname;
