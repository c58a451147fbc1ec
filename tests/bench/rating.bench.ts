/**
 * Rating at scale: rate and store RATING_BENCH_CALLS completed calls (default 1,000,000, the figure) with
 * the product's set-based path, in a database of its own, and COPY the very same rows into an identical table in
 * the same run. Prints records/s and the ratio to COPY. Target: ≥ 10,000 records/s and ≥ 30% of COPY. The work runs
 * in a child process (tests/bench/lib/rating-worker.ts) so that server/db points at the bench's own database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createBenchDatabase } from "./acd-assign.bench";
import type { BenchContext, BenchRow } from "./lib/types";

const ROOT = path.resolve(__dirname, "../..");
export const timeoutMs = 30 * 60_000;

type Result = { calls: number; rated: number; again: number; loadSeconds: number; rateSeconds: number; copySeconds: number; records: number; copied: number; pending: number; bands: number };

export async function runRatingWorker(databaseUrl: string): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(__dirname, "lib/rating-worker.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`rating worker exited with ${code}`))));
  });
}

export async function bench(ctx: Pick<BenchContext, "log"> & { stack: { databaseUrl: string } }): Promise<BenchRow[]> {
  const databaseUrl = await createBenchDatabase(ctx.stack.databaseUrl);
  ctx.log(`rating: own database, ${Number(process.env.RATING_BENCH_CALLS ?? 1_000_000).toLocaleString("en")} calls …`);
  const r = await runRatingWorker(databaseUrl);
  const perSecond = r.rated / r.rateSeconds;
  const copyPerSecond = r.copied / r.copySeconds;
  const ok = r.rated === r.calls && r.again === 0 && r.records === r.calls;
  return [{
    name: "rate and store completed calls", figure: Math.round(perSecond), unit: "records/s", baselineName: "plain COPY of the same rows",
    baseline: Math.round(copyPerSecond), ratio: perSecond / copyPerSecond,
    note: `${r.rated.toLocaleString("en")} records in ${r.rateSeconds.toFixed(1)} s (COPY ${r.copySeconds.toFixed(1)} s); ${r.pending.toLocaleString("en")} to meter; ${r.bands} components; ${ok ? "one record per call" : "RECORD COUNT WRONG"} (target ≥ 10,000/s and ≥ 30% of COPY)`,
  }];
}
