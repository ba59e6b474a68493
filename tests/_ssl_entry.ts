// The ssl module under test, beside ./_entry.ts's socket module: the
// default entry's now; the native entry's will be chosen here by
// PYSOCKET_ENTRY=ffi, so the ssl suites run against each engine.

export * from "../ssl.ts";
