/**
 * Meter events at scale: METER_BENCH_EVENTS usage records (default 100,000, the figure) across 200 clients
 * delivered by the product's sender (sendPendingMeterEvents: claims with SKIP LOCKED, one queue per customer and
 * meter, idempotency keys, bulk status update) to a fake Stripe started here, on a database of its own. Figures:
 * events/s, and the ratio to bare meter event requests at the same concurrency (HTTP alone, no bookkeeping). The
 * fake's own count must show exactly N distinct identifiers: each record arrived once. The work runs in a child
 * process (tests/bench/lib/meter-events-worker.ts) so that server/db points at the bench's database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { startFakeStripe } from "../../server/billing/fake-stripe";
import { createBenchDatabase } from "./acd-assign.bench";
import type { BenchContext, BenchRow } from "./lib/types";

const ROOT = path.resolve(__dirname, "../..");
export const timeoutMs = 20 * 60_000;

type Result = { events: number; sent: number; accountId: string; sendSeconds: number; failed: number; retried: number; baselineEvents: number; baselineSeconds: number };

export async function bench(ctx: Pick<BenchContext, "log"> & { stack: { databaseUrl: string } }): Promise<BenchRow[]> {
  const databaseUrl = await createBenchDatabase(ctx.stack.databaseUrl);
  const fake = await startFakeStripe({ port: 0 });
  try {
    ctx.log(`meter-events: own database and fake Stripe (${fake.url}) …`);
    const result = await new Promise<Result>((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, FAKE_STRIPE_URL: fake.url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret", LOG_LEVEL: "warn" };
      delete env.STRIPE_SECRET_KEY;
      const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(__dirname, "lib/meter-events-worker.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`meter-events worker exited with ${code}`))));
    });
    const arrived = fake.control.meterEvents(result.accountId);
    const rate = result.sent / result.sendSeconds;
    const baseline = result.baselineEvents / result.baselineSeconds;
    const exact = arrived.distinct === result.events && arrived.count === result.events && result.sent === result.events;
    return [
      {
        name: "meter events delivered to Stripe",
        figure: Math.round(rate),
        unit: "events/s",
        baselineName: "bare requests",
        baseline: Math.round(baseline),
        ratio: rate / baseline,
        note: `${result.events.toLocaleString("en")} records in ${result.sendSeconds.toFixed(1)} s; ${arrived.distinct.toLocaleString("en")} distinct identifiers arrived${exact ? " (exactly one per record)" : " — MISMATCH"}; failed ${result.failed}, retried ${result.retried}`,
      },
    ];
  } finally {
    await fake.stop();
  }
}
