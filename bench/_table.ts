// Medians, target checks and the Markdown table the harness prints.

import { type Column, COLUMNS, type Row, type Target } from "./_rows.ts";

/**
 * Each repetition's value of one row, per column (`null`: that run
 * failed), or why there is none at all.
 */
export type Samples = Partial<Record<Column, (number | null)[] | string>>;

/** The median of `values`. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function valuesOf(samples: Samples, column: Column): (number | null)[] {
  const values = samples[column];
  return Array.isArray(values) ? values : [];
}

/** The median of a column's runs, or `null` when none succeeded. */
export function medianOf(samples: Samples, column: Column): number | null {
  const values = valuesOf(samples, column).filter((v) => v !== null);
  return values.length > 0 ? median(values) : null;
}

// The ratios of runs made side by side in one repetition: their median is
// steadier on a busy machine than a ratio of medians, and their spread
// shows how busy the machine was.
function pairedRatios(samples: Samples, of: Column, to: Column): number[] {
  const theirs = valuesOf(samples, to);
  return valuesOf(samples, of).flatMap((mine, rep) => {
    const other = theirs[rep];
    return mine !== null && other ? [mine / other] : [];
  });
}

function format(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (value >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  if (value >= 100) return value.toFixed(0);
  return value.toFixed(value === Math.round(value) ? 0 : 1);
}

const LABELS: Record<Column, string> = {
  module: "module",
  ffi: "ffi entry",
  raw: "raw Deno",
  nodenet: "node:net/dgram (Deno)",
  node: "Node.js",
  python: "CPython",
};

function describe(target: Target): string {
  const of = target.of === "ffi" ? "ffi: " : "";
  switch (target.kind) {
    case "atLeast":
      return `${of}≥ ${target.ratio} × ${LABELS[target.vs]}`;
    case "atMost":
      return `${of}≤ ${target.ratio} × ${LABELS[target.vs]}`;
    case "below":
      return of + (target.limit < 1 ? "0" : `≤ ${target.limit}`);
  }
}

// The ratio (or value) the target is about, and whether it is met.
function check(
  target: Target,
  samples: Samples,
): { shown: string; met: boolean } | null {
  const of = target.of ?? "module";
  const mine = medianOf(samples, of);
  if (mine === null) return null;
  const prefix = of === "ffi" ? "ffi: " : "";
  if (target.kind === "below") {
    return { shown: prefix + format(mine), met: mine <= target.limit };
  }
  const ratios = pairedRatios(samples, of, target.vs);
  if (ratios.length === 0) return null;
  const ratio = median(ratios);
  const spread = ratios.length > 1
    ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`
    : "";
  return {
    shown: `${prefix}${ratio.toFixed(2)}× ${LABELS[target.vs]}${spread}`,
    met: target.kind === "atLeast"
      ? ratio >= target.ratio
      : ratio <= target.ratio,
  };
}

function cell(samples: Samples, column: Column): string {
  const values = samples[column];
  if (values === undefined) return "—";
  if (typeof values === "string") return values;
  const m = medianOf(samples, column);
  return m === null ? "—" : format(m);
}

/** The table: one line per row, medians per column, targets checked. */
export function renderTable(lines: { row: Row; samples: Samples }[]): string {
  const header = [
    "workload",
    "measure",
    ...COLUMNS.map((c) => c.label),
    "vs target",
    "target",
    "met",
  ];
  const out = [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
  ];
  for (const { row, samples } of lines) {
    const checks = row.targets.map((t) => check(t, samples));
    // A target whose column did not run (no ffi entry in the tree) is n/a
    // without hiding whether the others were met.
    const known = checks.filter((c) => c !== null);
    const met = row.targets.length === 0
      ? ""
      : known.length === 0
      ? "n/a"
      : (known.every((c) => c.met) ? "yes" : "**no**") +
        (known.length < checks.length ? " (rest n/a)" : "");
    out.push(
      `| ${
        [
          row.label,
          row.measure,
          ...COLUMNS.map((c) => cell(samples, c.id)),
          row.targets.length === 0
            ? check({ kind: "atLeast", vs: "raw", ratio: 0 }, samples)
              ?.shown ?? ""
            : checks.map((c) => c?.shown ?? "n/a").join("; "),
          row.targets.map(describe).join("; "),
          met,
        ].join(" | ")
      } |`,
    );
  }
  return out.join("\n");
}
