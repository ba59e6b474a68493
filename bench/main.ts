// The benchmark suite of issue 6: this module against raw Deno, node:net
// under Deno, Node.js and CPython on the same workloads, side by side.
//
//   deno task bench              full size, medians of 5 runs
//   deno task bench --help       the other options (--quick, --only, …)
//
// Every run is its own process; the columns of a workload run interleaved
// (A, B, C, A, B, C, …) so a busy machine slows them alike. Prints the
// machine, then one Markdown table; saves the samples in bench/results/.

import { type Column, type Job, jobs } from "./_rows.ts";
import { type Outcome, runWorker, startServer } from "./_spawn.ts";
import { renderTable, type Samples } from "./_table.ts";
import { renderChart } from "./_chart.ts";
import { makeCerts } from "../tests/_certs.ts";
import { parseArgs } from "node:util";

const DENO = Deno.execPath();
const here = (path: string): string => new URL(path, import.meta.url).pathname;

const USAGE = `usage: deno task bench [--quick] [--runs=N] [--only=ID,…]
                        [--render=RUN.json] [--chart=PATH]
  --quick         CI size, one run (writes no chart)
  --runs=N        runs per row, medians reported (default 5; 1 with --quick)
  --only=ID,…     rows whose ids start with one of these (writes no chart
                  unless --chart is given)
  --render=FILE   print a saved run's table and write its chart again
  --chart=PATH    where the chart goes (default bench/chart.svg)`;

const { values: flags } = (() => {
  try {
    return parseArgs({
      args: Deno.args,
      strict: true,
      options: {
        quick: { type: "boolean" },
        runs: { type: "string" },
        only: { type: "string" },
        render: { type: "string" },
        chart: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    Deno.exit(2);
  }
})();
if (flags.help) {
  console.log(USAGE);
  Deno.exit(0);
}

const quick = flags.quick ?? false;
const runs = Number(flags.runs ?? (quick ? 1 : 5));
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1\n${USAGE}`);
  Deno.exit(2);
}
const only = flags.only?.split(",");
const RUN_MS = quick ? 60_000 : 180_000;

function command(
  column: Column,
  job: Job,
  worker: string,
  params: Record<string, number>,
): string[] {
  const kv = Object.entries({ ...params, ...job.extra?.[column] })
    .map(([k, v]) => `${k}=${v}`);
  switch (column) {
    case "module":
    case "ffi":
    case "raw":
      return [
        DENO,
        "run",
        "-A",
        ...(job.flags?.[column] ?? []),
        here("./workers/deno.ts"),
        worker,
        column,
        ...kv,
      ];
    case "nodenet":
      return [DENO, "run", "-A", here("./workers/node.mjs"), worker, ...kv];
    case "node":
      return ["node", here("./workers/node.mjs"), worker, ...kv];
    case "python":
      return ["python3", here("./workers/python.py"), worker, ...kv];
  }
}

async function runJob(job: Job, column: Column): Promise<Outcome> {
  switch (job.kind) {
    case "single":
      return await runWorker(
        command(column, job, job.worker, job.params),
        RUN_MS,
      );
    case "pair": {
      const server = await startServer(
        ["taskset", "-c", "0", ...command(column, job, "pp-server", {})],
        RUN_MS,
      );
      if ("unavailable" in server) return server;
      try {
        return await runWorker([
          "taskset",
          "-c",
          "1",
          ...command(column, job, "pp-client", {
            ...job.params,
            port: server.port,
          }),
        ], RUN_MS);
      } finally {
        await server.stop(5_000);
      }
    }
    case "served": {
      const server = await startServer(
        command(column, job, job.worker, {}),
        RUN_MS,
      );
      if ("unavailable" in server) return server;
      try {
        // Listening, before any connection: what the program costs at rest.
        const idleRss = server.rss();
        const kv = Object.entries({ ...job.params, port: server.port })
          .map(([k, v]) => `${k}=${v}`);
        const load = await runWorker(
          [DENO, "run", "-A", here("./workers/load.ts"), ...kv],
          RUN_MS,
        );
        return { ...load, rss: server.peakRss(), idleRss };
      } finally {
        await server.stop();
      }
    }
  }
}

async function version(cmd: string[]): Promise<string> {
  const out = await new Deno.Command(cmd[0]!, { args: cmd.slice(1) }).output();
  return new TextDecoder().decode(out.stdout).split("\n")[0]!.trim();
}

async function machine(): Promise<string> {
  const cpu = /model name\s*:\s*(.*)/.exec(
    Deno.readTextFileSync("/proc/cpuinfo"),
  )?.[1];
  const memory = Math.round(Deno.systemMemoryInfo().total / 2 ** 30);
  return [
    `${navigator.hardwareConcurrency} cores (${cpu}), ${memory} GiB, ` +
    `load average ${Deno.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
    `deno ${Deno.version.deno}, ${await version(["node", "--version"])}` +
    `, ${await version(["python3", "--version"])}`,
  ].join("\n");
}

// The chart the README shows: bench/chart.svg, from a full run (or a saved
// run rendered again); quick and --only runs leave it alone unless --chart
// names where theirs goes.
function writeChart(
  lines: { row: Job["rows"][number]; samples: Samples }[],
  about: string,
): void {
  const caption = about.split("\n")[0] ?? "";
  const path = flags.chart ?? here("./chart.svg");
  Deno.writeTextFileSync(path, renderChart(lines, caption));
}

// The header and table of a run saved in bench/results/, and its chart.
function render(path: string): void {
  const saved = JSON.parse(Deno.readTextFileSync(path));
  console.log(`${saved.about}\n\n${renderTable(saved.lines)}`);
  writeChart(saved.lines, saved.about);
}

async function main(): Promise<void> {
  const saved = flags.render;
  if (saved !== undefined) return render(saved);
  const started = performance.now();
  const selected = jobs(quick).filter((job) =>
    only === undefined ||
    only.some((name) => job.id === name || job.id.startsWith(`${name}-`))
  );
  const lines: { row: Job["rows"][number]; samples: Samples }[] = [];
  // The TLS workers' certificates, made once (openssl), found through the
  // environment the workers inherit.
  const certs = selected.some((job) => job.worker.startsWith("tls"))
    ? await makeCerts()
    : null;
  if (certs !== null) Deno.env.set("PYSOCKET_BENCH_CERTS", certs.dir);
  globalThis.addEventListener("unload", () => certs?.remove());
  for (const job of selected) {
    const samples: Samples[] = job.rows.map(() => ({}));
    const reps = Math.min(runs, job.maxRuns ?? runs);
    for (let rep = 0; rep < reps; rep++) {
      // Forwards, then backwards: this module and raw Deno always run next
      // to each other, each first in turn, so their ratio pairs up within
      // every repetition.
      const order = rep % 2 === 0 ? job.columns : job.columns.toReversed();
      for (const column of order) {
        let outcome: Outcome;
        try {
          outcome = await runJob(job, column);
        } catch (e) {
          console.error(`${job.id} ${column}: ${(e as Error).message}`);
          outcome = { unavailable: "error" };
        }
        job.rows.forEach((row, i) => {
          const into = samples[i]!;
          if ("unavailable" in outcome) {
            const list = into[column];
            if (Array.isArray(list)) list[rep] = null;
            else {into[column] = outcome.unavailable === "error"
                ? "error"
                : "n/a";}
            return;
          }
          const list = Array.isArray(into[column]) ? into[column] : [];
          list[rep] = outcome[row.metric]!;
          into[column] = list;
        });
        const shown = "unavailable" in outcome
          ? outcome.unavailable
          : JSON.stringify(outcome);
        console.error(`${job.id} run ${rep + 1}/${reps} ${column}: ${shown}`);
      }
    }
    job.rows.forEach((row, i) => lines.push({ row, samples: samples[i]! }));
  }
  const about = await machine();
  const table = renderTable(lines);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `${about}\n${quick ? "quick mode, " : ""}medians of ${runs} run(s) ` +
      "(ratios: medians of the ratios of runs made side by side), " +
      `${seconds} s\n\n${table}`,
  );
  const dir = here("./results/");
  Deno.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replaceAll(":", "-");
  const header = `${about}\n${quick ? "quick mode, " : ""}medians of ` +
    `${runs} run(s), ${seconds} s`;
  Deno.writeTextFileSync(
    `${dir}${stamp}.json`,
    JSON.stringify({ about: header, quick, runs, lines }, null, 1),
  );
  if (flags.chart !== undefined || (!quick && only === undefined)) {
    writeChart(lines, header);
  }
}

await main();
