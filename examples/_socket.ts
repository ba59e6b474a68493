// The socket module the examples run on: the main entry, or with --ffi on
// the command line the native entry (@pysocket/socket/ffi, which needs
// --allow-ffi), so one program serves both. Only the names the examples
// call differ; errors and constants are shared and come from mod.ts. The
// native entry is imported only when asked for: the main entry never
// opens libc.

import * as main from "../mod.ts";
import { nativeRequested } from "./_cli.ts";

export * from "../mod.ts";

/** Whether this run uses the native entry (`--ffi`). */
export const NATIVE: boolean = nativeRequested(Deno.args);

const chosen: typeof main = NATIVE ? await import("../ffi.ts") : main;

// Declared exports shadow the `export *` above.
export const socket: typeof main.socket = chosen.socket;
export const Socket: typeof main.Socket = chosen.Socket;
export type Socket<
  A extends main.Address = main.Address,
  K extends number = number,
> = main.Socket<A, K>;
export const DefaultSelector: typeof main.DefaultSelector =
  chosen.DefaultSelector;
export type DefaultSelector<
  Data = unknown,
  F extends main.FileObject = main.Socket,
> = main.DefaultSelector<Data, F>;
