// A smoke run of the benchmark harness: it runs, and prints the table.
// Timings are not asserted (they belong to `deno task bench`).

import { assert, assertStringIncludes } from "./_assert.ts";

const MAIN = new URL("../bench/main.ts", import.meta.url).pathname;

async function bench(...args: string[]): Promise<string> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, ...args],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  assert(out.success, new TextDecoder().decode(out.stderr));
  return new TextDecoder().decode(out.stdout);
}

Deno.test("deno task bench --quick prints the table with a row per workload; --render charts it", async () => {
  const stdout = await bench("--quick", "--only=pingpong-1-timeout,conv-htons");
  assertStringIncludes(
    stdout,
    "| workload | measure | this module | this module, ffi entry | raw Deno " +
      "| node:net/dgram (Deno) | Node.js | CPython |",
  );
  const rows = stdout.split("\n").filter((l) => /^\| (ping|htons)/.test(l));
  assert(rows.length === 2, stdout);
  // Every column either has a figure or says why not.
  for (const row of rows) assert(!row.includes("error"), row);

  // The run's saved samples render as the same table and as a chart with a
  // bar per implementation that ran (six on the ping-pong row, the ffi
  // entry's among them, and two on htons).
  const results = new URL("../bench/results/", import.meta.url).pathname;
  const saved = [...Deno.readDirSync(results)].map((e) => e.name)
    .filter((n) => n.endsWith(".json")).sort().at(-1)!;
  const chart = await Deno.makeTempFile({ suffix: ".svg" });
  try {
    const again = await bench(
      `--render=${results}${saved}`,
      `--chart=${chart}`,
    );
    for (const row of rows) assertStringIncludes(again, row);
    const svg = Deno.readTextFileSync(chart);
    assert(svg.startsWith("<svg"), svg);
    assert((svg.match(/<rect [^>]*><title>/g) ?? []).length === 8, svg);
  } finally {
    Deno.removeSync(chart);
  }
});

Deno.test("deno task bench --help lists the options; an unknown one runs nothing", async () => {
  assertStringIncludes(await bench("--help"), "--only=ID");
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "--runz=3"],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  assert(out.code === 2, `exit ${out.code}`);
  assertStringIncludes(new TextDecoder().decode(out.stderr), "'--runz'");
  assert(new TextDecoder().decode(out.stdout) === "");
});
