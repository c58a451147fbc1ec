/**
 * `npm run test:reliability [-- name…]`: builds the app when `.next` is missing or older than the sources,
 * starts the product scaled out on this machine (tests/reliability/lib/cluster.ts: one PostgreSQL, two web
 * instances behind a load balancer, a worker, the carrier emulator, the fake Stripe, the mail sink), runs
 * every scenario (scale-out, then the faults) and prints one table: calls placed, recorded, usage records,
 * meter events and e-mails, compared. Exits non-zero on any mismatch. Arguments keep only the scenarios whose
 * name contains one of them; `--no-build` uses the build as it is (NEXT_DIST_DIR picks another build directory). Each scenario is bounded (its traffic ~30 s, its settling ≤ 150 s).
 */
import path from "node:path";
import { buildIsStale } from "../../scripts/lib/build-freshness";
import { ROOT, run } from "../../scripts/lib/stack";
import { stopRunningClusters } from "./lib/cluster";
import { formatReport } from "./lib/report";
import { runScenarios } from "./lib/session";
import { SCENARIOS } from "./scenarios";

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith("--"));
const distDir = process.env.NEXT_DIST_DIR || ".next";
const log = (line: string) => process.stderr.write(`[reliability] ${line}\n`);
// maildev announces its ports with console.log: keep stdout for the table.
console.log = console.info = (...parts: unknown[]) => console.error(...parts);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the cluster …`);
    void stopRunningClusters().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const scenarios = SCENARIOS.filter((s) => filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f.toLowerCase())));
  if (scenarios.length === 0) {
    log(`no scenario matches ${filters.join(", ")}`);
    return 1;
  }
  if (!args.includes("--no-build") && buildIsStale(ROOT, distDir)) {
    log(`building the app into ${distDir} (missing or older than the sources) …`);
    await run(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { ...process.env, NEXT_DIST_DIR: distDir }, true);
  }
  const results = await runScenarios(scenarios, { distDir, instances: 2, log });
  process.stdout.write(`\n${formatReport(results)}\n\n`);
  const failed = results.filter((r) => r.problems.length > 0);
  process.stdout.write(`${results.length - failed.length}/${results.length} scenarios passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return failed.length ? 1 : 0;
}

main()
  .catch((error) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    return 1;
  })
  .then((code) => process.exit(code));
