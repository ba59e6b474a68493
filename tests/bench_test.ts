// A smoke run of the benchmark harness: it runs, and prints the table.
// Timings are not asserted (they belong to `deno task bench`).

import { assert, assertStringIncludes } from "./_assert.ts";

Deno.test("deno task bench --quick prints the table with a row per workload", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("../bench/main.ts", import.meta.url).pathname,
      "--quick",
      "--only=pingpong-1-timeout,conv-htons",
    ],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  assert(out.success, new TextDecoder().decode(out.stderr));
  assertStringIncludes(
    stdout,
    "| workload | measure | this module | raw Deno | node:net/dgram (Deno) " +
      "| Node.js | CPython |",
  );
  const rows = stdout.split("\n").filter((l) => /^\| (ping|htons)/.test(l));
  assert(rows.length === 2, stdout);
  // Every column either has a figure or says why not.
  for (const row of rows) assert(!row.includes("error"), row);
});
