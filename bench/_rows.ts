// The workloads of issue 6 and their targets: each job runs once per
// column per repetition; each of its rows reads one metric of that run.

/** The implementations compared, in table order. */
export type Column = "module" | "ffi" | "raw" | "nodenet" | "node" | "python";

/** Column headers. */
export const COLUMNS: { id: Column; label: string }[] = [
  { id: "module", label: "this module" },
  { id: "ffi", label: "this module, ffi entry" },
  { id: "raw", label: "raw Deno" },
  { id: "nodenet", label: "node:net/dgram (Deno)" },
  { id: "node", label: "Node.js" },
  { id: "python", label: "CPython" },
];

/**
 * A target about one column of this module: the default entry's, unless
 * `of` names the ffi entry's.
 */
export type Target =
  & { of?: "module" | "ffi" }
  & (
    | { kind: "atLeast"; vs: Column; ratio: number }
    | { kind: "atMost"; vs: Column; ratio: number }
    | { kind: "below"; limit: number }
  );

/** One line of the table. */
export interface Row {
  label: string;
  measure: string;
  /** The key of the worker's result this row shows. */
  metric: string;
  targets: Target[];
  /** What the chart divides by: raw Deno unless it has no column. */
  baseline?: Column;
}

/** The column a row's chart bars are ratios to. */
export function baselineOf(row: Row): Column {
  return row.baseline ?? "raw";
}

/** Whether less is better in this row (time, memory, losses). */
export function lowerIsBetter(row: Row): boolean {
  return /ms$|RSS|count/.test(row.measure);
}

/** One workload, run for each column. */
export interface Job {
  id: string;
  /**
   * `single`: one process; `pair`: server and client processes pinned to
   * cores 0 and 1; `served`: a server process and the load generator, with
   * the server's peak RSS measured.
   */
  kind: "single" | "pair" | "served";
  worker: string;
  params: Record<string, number>;
  /** Parameters for one column only (this module's `recv` variant). */
  extra?: Partial<Record<Column, Record<string, number>>>;
  /** Deno flags for one column (raw UDP needs --unstable-net). */
  flags?: Partial<Record<Column, string[]>>;
  columns: Column[];
  rows: Row[];
  /** Fewer repetitions for a slow job whose measure barely varies. */
  maxRuns?: number;
}

const ALL: Column[] = ["module", "ffi", "raw", "nodenet", "node", "python"];

// Issue 15's target for the default entry and issue 10's for the ffi entry
// (at least raw Deno on every TCP row).
const vsRaw = (ratio: number): Target[] => [
  { kind: "atLeast", vs: "raw", ratio },
  { of: "ffi", kind: "atLeast", vs: "raw", ratio: 1 },
];

/** Every job, at full size or (quick) CI size. */
export function jobs(quick: boolean): Job[] {
  const q = (full: number, small: number) => quick ? small : full;
  const bytes = q(1 << 30, 64 << 20);
  const rounds = q(20_000, 1_000);
  const fewConns = q(1_000, 100);
  const manyConns = q(10_000, 1_000);
  const bulkLabel = `bulk TCP, ${bytes >> 20} MiB one way, 64 KiB`;
  const pingPong = (size: number, timeout: number): Job => ({
    id: `pingpong-${size}${timeout ? "-timeout" : ""}`,
    kind: "single",
    worker: "pingpong",
    params: { size, rounds, timeout },
    columns: ALL,
    rows: [{
      label: `ping-pong ${size} B, ${rounds} round trips, one process` +
        (timeout ? `, settimeout(${timeout})` : ""),
      measure: "round trips/s",
      metric: "value",
      targets: vsRaw(timeout ? 0.95 : 0.97),
    }],
  });
  const served = (
    conns: number,
    rssTarget: Target[],
    idleTarget: Target[] = [],
  ): Job => ({
    id: `conns-${conns}`,
    // 10,000 connections take ~10 s a run; their peak RSS varies by ~1%.
    ...(conns > 1000 ? { maxRuns: 3 } : {}),
    kind: "served",
    worker: "echo-server",
    params: { conns, rounds: 10, size: 64 },
    columns: ALL,
    rows: [
      {
        label: `${conns} concurrent connections, 10 round trips each`,
        measure: "total ms",
        metric: "value",
        targets: conns === fewConns
          ? [
            { kind: "atMost", vs: "raw", ratio: 1.05 },
            { of: "ffi", kind: "atMost", vs: "raw", ratio: 1 },
          ]
          : [],
      },
      {
        label: `${conns} concurrent connections: echo server`,
        measure: "peak RSS MiB",
        metric: "rss",
        targets: rssTarget,
      },
      {
        label: `${conns} concurrent connections: echo server, listening ` +
          "before the load",
        measure: "idle RSS MiB",
        metric: "idleRss",
        targets: idleTarget,
      },
    ],
  });
  return [
    {
      id: "bulk",
      kind: "single",
      worker: "bulk",
      params: { bytes },
      columns: ALL,
      rows: [{
        label: `${bulkLabel} sendall/recv_into`,
        measure: "MB/s",
        metric: "value",
        targets: vsRaw(0.97),
      }],
    },
    {
      id: "bulk-recv",
      kind: "single",
      worker: "bulk",
      params: { bytes },
      extra: { module: { alloc: 1 }, python: { alloc: 1 } },
      columns: ALL,
      rows: [{
        label: `${bulkLabel} recv(65536) (allocating)`,
        measure: "MB/s",
        metric: "value",
        targets: vsRaw(0.9),
      }],
    },
    {
      id: "bulk-fresh",
      kind: "single",
      worker: "bulk",
      params: { bytes },
      extra: { module: { alloc: 1 }, raw: { alloc: 1 } },
      columns: ["module", "raw"],
      rows: [{
        label: `${bulkLabel} recv(65536); raw Deno reading into a fresh ` +
          "64 KiB array per read (reference, no target)",
        measure: "MB/s",
        metric: "value",
        targets: [],
      }],
    },
    {
      // Issue 16: both ends in one process, certificates from main.ts.
      id: "tls-bulk",
      kind: "single",
      worker: "tls-bulk",
      params: { bytes: q(256 << 20, 32 << 20) },
      columns: ALL,
      rows: [{
        label: `TLS bulk, ${q(256, 32)} MiB one way, 64 KiB sendall/` +
          "recv_into (this module: node:tls; ffi entry: libssl; " +
          "raw Deno: Deno.listenTls/connectTls)",
        measure: "MB/s",
        metric: "value",
        targets: [],
      }],
    },
    pingPong(1, 0),
    pingPong(64, 0),
    pingPong(1, 5),
    pingPong(64, 5),
    {
      id: "pingpong-2p",
      kind: "pair",
      worker: "pp",
      params: { size: 1, rounds },
      columns: ALL,
      rows: [{
        label: `ping-pong 1 B, ${rounds} round trips, two processes ` +
          "pinned to two cores",
        measure: "round trips/s",
        metric: "value",
        targets: vsRaw(0.95),
      }],
    },
    served(fewConns, [{ kind: "atMost", vs: "raw", ratio: 1 }], [
      { kind: "atMost", vs: "raw", ratio: 1 },
    ]),
    served(manyConns, [
      { kind: "atMost", vs: "nodenet", ratio: 1 },
      { of: "ffi", kind: "atMost", vs: "node", ratio: 1 },
    ]),
    {
      id: "udp",
      kind: "single",
      worker: "udp",
      params: { count: q(100_000, 5_000), window: 64, size: 512 },
      flags: { raw: ["--unstable-net"] },
      columns: ALL,
      rows: [
        {
          label: `UDP echo, ${q(100_000, 5_000)} datagrams of 512 B, ` +
            "64 in flight",
          measure: "datagrams/s",
          metric: "value",
          targets: [
            { kind: "atLeast", vs: "nodenet", ratio: 1 },
            { of: "ffi", kind: "atLeast", vs: "raw", ratio: 1.5 },
            { of: "ffi", kind: "atLeast", vs: "python", ratio: 1 },
          ],
        },
        {
          label: "UDP echo: datagrams lost",
          measure: "count",
          metric: "lost",
          targets: [{ kind: "below", limit: 0.5 }],
        },
      ],
    },
    {
      id: "udp-unstable",
      kind: "single",
      worker: "udp",
      params: { count: q(100_000, 5_000), window: 64, size: 512 },
      flags: { module: ["--unstable-net"], raw: ["--unstable-net"] },
      columns: ["module", "raw"],
      rows: [{
        label: `UDP echo, ${q(100_000, 5_000)} datagrams of 512 B, ` +
          "64 in flight, with --unstable-net",
        measure: "datagrams/s",
        metric: "value",
        targets: [{ kind: "atLeast", vs: "raw", ratio: 0.9 }],
      }],
    },
    {
      id: "select",
      kind: "served",
      worker: "select-server",
      params: { conns: fewConns, rounds: 20, size: 64 },
      columns: ALL,
      rows: [{
        label: `DefaultSelector echo server, ${fewConns} sockets, ` +
          "20 round trips each (raw: async echo)",
        measure: "round trips/s",
        metric: "rate",
        targets: vsRaw(0.8),
      }],
    },
    ...["inet_pton", "inet_ntop", "htons", "inet_aton"].map((op, i): Job => ({
      id: `conv-${op}`,
      kind: "single",
      worker: "conv",
      params: { op: i, n: q(1_000_000, 100_000) },
      columns: ["module", "python"],
      rows: [{
        label: `${op}()`,
        measure: "calls/s",
        metric: "value",
        baseline: "python",
        targets: [{ kind: "atLeast", vs: "python", ratio: 1 }],
      }],
    })),
  ];
}
