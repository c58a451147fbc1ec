/**
 * Reports at scale: REPORTS_BENCH_CALLS calls (default 10 million, the figure; generated set-based
 * with INSERT … SELECT generate_series rather than COPY) across 200 clients over a year, in a database of its
 * own (or REPORTS_BENCH_DATABASE_URL, kept between runs: the calls are then loaded once), with their rollups
 * (15-minute and local-day) built by the product's set-based rebuild; then a client's month dashboard
 * (current and previous period, per day, heatmap, outcomes) read ROUNDS times from the local-day rollups
 * (clientDashboard, the product's code: one statement for the client, its hotlines, its terms and ~62 day rows)
 * and computed from a raw scan of the same calls (dashboardFromCalls, the same definitions, after the same
 * look-ups) — the two compared whole every round: p50 and p95 of both and the ratio. Target: p95 < 150 ms and at least 20× faster than the
 * scan. The heavy work runs in a child process (tests/bench/lib/reports-worker.ts) so that server/db points at
 * the bench's own database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createBenchDatabase } from "./acd-assign.bench";
import type { BenchContext, BenchRow } from "./lib/types";

const ROOT = path.resolve(__dirname, "../..");
/** 10 million rows take minutes to write on a small machine. */
export const timeoutMs = 60 * 60_000;

type Result = { calls: number; loaded: boolean; rebuilt: boolean; loadSeconds: number; rebuildSeconds: number; same: boolean; monthCalls: number; dayRows: number; rollup: { p50: number; p95: number }; rollupNoRls: { p50: number; p95: number }; scan: { p50: number; p95: number } };

export async function bench(ctx: Pick<BenchContext, "log"> & { stack: { databaseUrl: string } }): Promise<BenchRow[]> {
  const databaseUrl = process.env.REPORTS_BENCH_DATABASE_URL ?? (await createBenchDatabase(ctx.stack.databaseUrl));
  ctx.log(`reports: own database, ${Number(process.env.REPORTS_BENCH_CALLS ?? 10_000_000).toLocaleString("en")} calls across 200 clients …`);
  const result = await new Promise<Result>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(__dirname, "lib/reports-worker.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`reports worker exited with ${code}`))));
  });
  const load = result.loaded ? `loaded in ${result.loadSeconds.toFixed(0)} s` : "kept from an earlier run";
  const rebuild = result.rebuilt ? `rebuilt set-based in ${result.rebuildSeconds.toFixed(0)} s` : "kept";
  const note = `${result.calls.toLocaleString("en")} calls ${load}, rollups (15-minute and day layers) ${rebuild}; month of one client: ${result.monthCalls} calls, read as ${result.dayRows} CallRollupDay rows (both months) in one round trip with the client, hotlines and terms${result.same ? "; same figures both ways" : "; FIGURES DIFFER"}`;
  return [
    { name: "client month dashboard from rollups, p50", figure: round(result.rollup.p50), unit: "ms", baselineName: "raw scan", baseline: round(result.scan.p50), ratio: result.rollup.p50 / result.scan.p50, note: `${(result.scan.p50 / result.rollup.p50).toFixed(0)}× faster; ${note}` },
    { name: "client month dashboard from rollups, p95", figure: round(result.rollup.p95), unit: "ms", baselineName: "raw scan", baseline: round(result.scan.p95), ratio: result.rollup.p95 / result.scan.p95, note: `${(result.scan.p95 / result.rollup.p95).toFixed(0)}× faster (target p95 < 150 ms and ≥ 20×); rollup path under row-level security, as the product runs it` },
    ...(["p50", "p95"] as const).map((key) => ({
      name: `dashboard from rollups ${key}, row-level security on vs off`,
      figure: round(result.rollup[key]),
      unit: "ms",
      baselineName: "RLS off",
      baseline: round(result.rollupNoRls[key]),
      ratio: result.rollup[key] / result.rollupNoRls[key],
      note: key === "p50" ? `the wall's cost: ${signedMs(result.rollup[key] - result.rollupNoRls[key])} (same reads, interleaved)` : undefined,
    })),
  ];
}

const signedMs = (d: number) => `${d >= 0 ? "+" : "−"}${Math.abs(d).toFixed(1)} ms`;
const round = (ms: number) => Math.round(ms * 10) / 10;
