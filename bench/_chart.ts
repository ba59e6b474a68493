// The SVG chart of a run: per row, each implementation's median as a ratio
// to the row's baseline (raw Deno, or CPython where raw Deno has no column),
// oriented so that longer is better, on a log scale; targets are marks.

import {
  baselineOf,
  type Column,
  COLUMNS,
  lowerIsBetter,
  type Row,
  type Target,
} from "./_rows.ts";
import { medianOf, type Samples } from "./_table.ts";

const COLORS: Record<Column, string> = {
  module: "#2b6cb0",
  ffi: "#805ad5",
  raw: "#4a5568",
  nodenet: "#dd6b20",
  node: "#38a169",
  python: "#d69e2e",
};

const LABEL_W = 430;
const PLOT_W = 420;
const BAR_H = 7;
const GAP = 10;
const LEGEND_H = 46;
const AXIS_H = 26;
// The log2 axis: 1/8× to 16×.
const MIN_LOG = -3;
const MAX_LOG = 4;

const x = (ratio: number): number => {
  const log = Math.min(Math.max(Math.log2(ratio), MIN_LOG), MAX_LOG);
  return LABEL_W + ((log - MIN_LOG) / (MAX_LOG - MIN_LOG)) * PLOT_W;
};

// About 6 px a character at 11 px sans-serif: what fits left of the plot.
const fit = (text: string): string => {
  const room = Math.floor((LABEL_W - 12) / 6);
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
};

const escape = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

// A row's value for `column` relative to the baseline's, longer is better.
function ratioOf(
  row: Row,
  samples: Samples,
  column: Column,
  baseline: Column,
): number | null {
  const mine = medianOf(samples, column);
  const base = medianOf(samples, baseline);
  if (mine === null || base === null || mine === 0 || base === 0) return null;
  return lowerIsBetter(row) ? base / mine : mine / base;
}

// Where a target sits on the same scale, when it is a ratio.
function targetRatio(
  row: Row,
  samples: Samples,
  target: Target,
  baseline: Column,
): number | null {
  const base = medianOf(samples, baseline);
  if (base === null || base === 0) return null;
  const value = target.kind === "below"
    ? target.limit
    : (medianOf(samples, target.vs) ?? NaN) * target.ratio;
  if (!(value > 0)) return null;
  return lowerIsBetter(row) ? base / value : value / base;
}

/** The chart of `lines`, as an SVG document. */
export function renderChart(
  lines: { row: Row; samples: Samples }[],
  caption: string,
): string {
  const charted = lines.filter(({ row, samples }) =>
    ratioOf(row, samples, "module", baselineOf(row)) !== null
  );
  const groupH = (n: number) => n * BAR_H + GAP;
  const heights = charted.map(({ samples }) =>
    groupH(COLUMNS.filter((c) => medianOf(samples, c.id) !== null).length)
  );
  const height = LEGEND_H + AXIS_H + heights.reduce((a, b) => a + b, 0) + 20;
  const width = LABEL_W + PLOT_W + 20;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" ` +
    `height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="16" font-size="13" font-weight="bold">${
      escape(caption)
    }</text>`,
  ];
  let lx = 8;
  COLUMNS.forEach((c) => {
    out.push(
      `<rect x="${lx}" y="26" width="10" height="10" fill="${COLORS[c.id]}"/>`,
      `<text x="${lx + 14}" y="35">${escape(c.label)}</text>`,
    );
    // About 6 px a character at 11 px sans-serif.
    lx += 30 + c.label.length * 6;
  });
  const top = LEGEND_H + AXIS_H;
  for (let log = MIN_LOG; log <= MAX_LOG; log++) {
    const gx = x(2 ** log);
    const label = log >= 0 ? `${2 ** log}×` : `1/${2 ** -log}×`;
    out.push(
      `<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 14}" ` +
        `stroke="${log === 0 ? "#000" : "#ddd"}"/>`,
      `<text x="${gx}" y="${top - 10}" text-anchor="middle">${label}</text>`,
    );
  }
  let y = top;
  charted.forEach(({ row, samples }, i) => {
    const baseline = baselineOf(row);
    const versus = baseline === "raw" ? "" : " (vs CPython)";
    out.push(
      `<text x="${LABEL_W - 6}" y="${y + 10}" text-anchor="end">${
        escape(fit(`${row.label} — ${row.measure}${versus}`))
      }</text>`,
    );
    const shown = COLUMNS.filter((c) => medianOf(samples, c.id) !== null)
      .map((c) => c.id);
    let by = y;
    for (const id of shown) {
      const ratio = ratioOf(row, samples, id, baseline);
      if (ratio !== null) {
        const x0 = x(1);
        const x1 = x(ratio);
        out.push(
          `<rect x="${Math.min(x0, x1)}" y="${by}" width="${
            Math.max(Math.abs(x1 - x0), 1)
          }" height="${BAR_H - 1}" fill="${COLORS[id]}">` +
            `<title>${id}: ${ratio.toFixed(2)}×</title></rect>`,
        );
      }
      by += BAR_H;
    }
    for (const target of row.targets) {
      const ratio = targetRatio(row, samples, target, baseline);
      if (ratio === null) continue;
      const of = target.of ?? "module";
      const mark = shown.indexOf(of);
      if (mark === -1) continue;
      const ty = y + mark * BAR_H;
      out.push(
        `<path d="M${x(ratio)} ${ty - 2} v${BAR_H + 2}" stroke="#e53e3e" ` +
          `stroke-width="2"><title>target for ${of}</title></path>`,
      );
    }
    y += heights[i]!;
  });
  out.push(
    `<text x="8" y="${
      height - 4
    }" fill="#555">Ratio to raw Deno (CPython where marked), longer is better; time and memory rows inverted; red marks: targets.</text>`,
    "</svg>",
  );
  return out.join("\n") + "\n";
}
