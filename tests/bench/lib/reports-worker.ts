/**
 * The reports benchmark's work, in its own process on its own database (DATABASE_URL): load N calls across
 * 200 clients over the last year (reports-load.ts), build their rollups (15-minute and local-day) with the product's
 * set-based rebuild (rebuildRollups), then time a client's month dashboard — current and previous period,
 * per day, heatmap, outcomes — read from the local-day rollups in one round trip (clientDashboard) and computed from
 * a raw scan of the same calls (dashboardFromCalls: the same definitions). Both must give the very same figures, compared
 * whole, or the timing compares different things. Prints one JSON line.
 */
import { isDeepStrictEqual } from "node:util";
import { db, disconnectDb } from "../../../server/db";
import { withRlsOff, withTenant } from "../../../server/tenant-db";
import { dashboardFromCalls } from "../../../server/metrics/dashboard-from-calls";
import { DEFAULT_SLA_SECONDS, type CallFacts } from "../../../server/metrics/metrics";
import { periodDates, resolvePeriod } from "../../../server/metrics/periods";
import { clientDashboard } from "../../../server/reports/dashboard";
import { rebuildRollups } from "../../../server/reports/rollups";
import { versionInForce } from "../../../server/terms/versions-read";
import { CLIENTS, loadCalls } from "./reports-load";

const N = Number(process.env.REPORTS_BENCH_CALLS ?? 10_000_000);
const ROUNDS = Number(process.env.REPORTS_BENCH_ROUNDS ?? 40);
const log = (line: string) => process.stderr.write(`[bench]   reports: ${line}\n`);

/** The raw scan: the same look-ups as clientDashboard (client, terms), then every call of both periods. */
async function rawDashboard(clientId: string, now: Date) {
  const client = await db.client.findFirstOrThrow({ where: { id: clientId, agencyId: "ag" }, select: { id: true, timezone: true, hotlines: { select: { id: true, shortAbandonSeconds: true } } } });
  const { current, previous } = resolvePeriod("lastMonth", client.timezone, now);
  const terms = await versionInForce(db, client.id, now);
  const calls = await db.call.findMany({
    where: { clientId, startedAt: { gte: previous.from, lt: current.to }, rolledUpAt: { not: null } },
    select: { hotlineId: true, startedAt: true, status: true, route: true, queuedAt: true, connectedAt: true, waitSeconds: true, talkSeconds: true, outcome: true },
  });
  const short = new Map(client.hotlines.map((h) => [h.id, h.shortAbandonSeconds]));
  const slaSeconds = terms?.document.sla.withinSeconds ?? DEFAULT_SLA_SECONDS;
  // No wrap-up events in the bench's calls: wrap-up is 0 both ways.
  return dashboardFromCalls(calls.map((c): CallFacts & { hotlineId: string } => ({ ...c, wrapUpSeconds: null })), {
    current, previous, timeZone: client.timezone,
    opts: (c) => ({ slaSeconds, shortAbandonSeconds: short.get((c as CallFacts & { hotlineId: string }).hotlineId) ?? 5 }),
    labels: new Map((terms?.document.outcomes ?? []).map((o) => [o.code, o.label])),
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const figures = (d: { current: unknown; previous: unknown; days: unknown; heatmap: unknown; outcomes: unknown }) =>
  ({ current: d.current, previous: d.previous, days: d.days, heatmap: d.heatmap, outcomes: d.outcomes });

async function main() {
  let started = performance.now();
  const loaded = await loadCalls(db, N, log);
  const loadSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const rebuilt = loaded || Boolean(process.env.REPORTS_BENCH_REBUILD);
  if (rebuilt) {
    await rebuildRollups(db);
    await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  }
  const rebuildSeconds = (performance.now() - started) / 1000;
  log(`calls ${loaded ? "loaded" : "reused"} in ${loadSeconds.toFixed(0)} s, rollups rebuilt in ${rebuildSeconds.toFixed(0)} s`);
  const now = new Date();
  const rollup: number[] = [];
  const rollupNoRls: number[] = [];
  const scan: number[] = [];
  // The rollup path runs as the product runs it: inside the agency's tenant scope, under row-level security
  // (server/tenant-db.ts). The same read with the wall off, interleaved, prints its cost. The scan is the
  // baseline and runs without it.
  const asTenant = <T>(fn: () => Promise<T>) => withTenant("ag", fn);
  let same = true;
  let monthCalls = 0;
  // One untimed round of each first, on a client outside the timed ones: the first query pays for the pool's
  // connection and the client's start-up, which would land on whichever path runs first (the rollups).
  const timed = Array.from({ length: ROUNDS }, (_, i) => `cl${1 + ((i * 37) % CLIENTS)}`);
  const spare = Array.from({ length: CLIENTS }, (_, i) => `cl${CLIENTS - i}`).find((id) => !timed.includes(id)) ?? "cl1";
  await asTenant(() => clientDashboard(db, { agencyId: "ag", clientId: spare, period: "lastMonth", now }));
  await withRlsOff(() => asTenant(() => clientDashboard(db, { agencyId: "ag", clientId: spare, period: "lastMonth", now })));
  await rawDashboard(spare, now);
  for (const [i, clientId] of timed.entries()) {
    const offFirst = i % 2 === 1;
    let t = 0;
    let fromRollups!: Awaited<ReturnType<typeof clientDashboard>>;
    for (const off of offFirst ? [true, false] : [false, true]) {
      t = performance.now();
      const read = () => asTenant(() => clientDashboard(db, { agencyId: "ag", clientId, period: "lastMonth", now }));
      if (off) {
        await withRlsOff(read);
        rollupNoRls.push(performance.now() - t);
      } else {
        fromRollups = await read();
        rollup.push(performance.now() - t);
      }
    }
    t = performance.now();
    const fromCalls = await rawDashboard(clientId, now);
    scan.push(performance.now() - t);
    if (!isDeepStrictEqual(figures(fromRollups), figures(fromCalls))) {
      same = false;
      log(`FIGURES DIFFER for ${clientId}: ${JSON.stringify(figures(fromRollups).current)} vs ${JSON.stringify(fromCalls.current)}`);
    }
    monthCalls = fromCalls.current.offered + fromCalls.current.afterHours;
  }
  // What the rollup path read for the last client: its day rows of both periods.
  const last = timed.at(-1)!;
  const dates = periodDates(resolvePeriod("lastMonth", "Europe/Moscow", now), "Europe/Moscow");
  const [read] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CallRollupDay" WHERE "clientId" = ${last} AND "day" >= ${dates.previousFrom}::date AND "day" < ${dates.to}::date`;
  const dayRows = read?.n ?? 0;
  process.stdout.write(`${JSON.stringify({ calls: N, loaded, rebuilt, loadSeconds, rebuildSeconds, same, monthCalls, dayRows, rollup: { p50: pct(rollup, 50), p95: pct(rollup, 95) }, rollupNoRls: { p50: pct(rollupNoRls, 50), p95: pct(rollupNoRls, 95) }, scan: { p50: pct(scan, 50), p95: pct(scan, 95) } })}\n`);
  await disconnectDb();
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
