// The ssl module under test, beside ./_entry.ts's socket module: the
// default entry's, or the native entry's (libssl) when PYSOCKET_ENTRY=ffi,
// so the ssl suites run against each engine.

import type { Address } from "../address.ts";
import * as main from "../ssl.ts";
import { NATIVE } from "./_entry.ts";

export * from "../ssl.ts";

const chosen: typeof main = NATIVE ? await import("../ffi_ssl.ts") : main;

// Declared exports shadow the `export *` above.
export const SSLSocket: typeof main.SSLSocket = chosen.SSLSocket;
export type SSLSocket<A extends Address = Address> = main.SSLSocket<A>;
