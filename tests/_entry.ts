// The entry under test. Suites import the module from here, so one suite
// runs against each engine: the default entry now; the native entry will be
// chosen here by PYSOCKET_ENTRY=ffi.

export * from "../mod.ts";
