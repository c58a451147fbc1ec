import type { BenchRow } from "./types";

export type ReportRow = BenchRow & { bench: string };

const COLUMNS = ["bench", "name", "figure", "unit", "baseline", "base", "ratio", "note"] as const;
const RIGHT_ALIGNED = new Set<string>(["figure", "base", "ratio"]);

/** Integers as they are, others with fewer decimals as they grow: 0.123, 4.56, 12.3, 853. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined) return "";
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 100) return Math.round(n).toString();
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

function cells(row: ReportRow): Record<(typeof COLUMNS)[number], string> {
  return {
    bench: row.bench,
    name: row.name,
    figure: formatNumber(row.figure),
    unit: row.unit,
    baseline: row.baselineName ?? "",
    base: formatNumber(row.baseline),
    ratio: row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}x`,
    note: row.note ?? "",
  };
}

/** The rows as one plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(rows: ReportRow[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((c) => Math.max(c.length, ...body.map((r) => r[c].length)));
  const line = (r: Record<string, string>) =>
    COLUMNS.map((c, i) => (RIGHT_ALIGNED.has(c) ? r[c]!.padStart(widths[i]!) : r[c]!.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const header = Object.fromEntries(COLUMNS.map((c) => [c, c]));
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
