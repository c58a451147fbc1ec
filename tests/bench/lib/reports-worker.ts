/**
 * The reports benchmark's work, in its own process on its own database (DATABASE_URL): generate N calls
 * across 200 clients over the last year (set-based INSERT … SELECT generate_series, in chunks), build their
 * 15-minute rollups set-based with the definitions of rollupDelta (checked below against metricsFromCalls for
 * one client's month), then time a client's month dashboard from the rollups (clientDashboard) and from a raw
 * scan of its calls (metricsFromCalls). Prints one JSON line.
 */
import { db, disconnectDb } from "../../../server/db";
import { metricsFromCalls, type CallFacts } from "../../../server/metrics/metrics";
import { resolvePeriod } from "../../../server/metrics/periods";
import { clientDashboard } from "../../../server/reports/dashboard";

const N = Number(process.env.REPORTS_BENCH_CALLS ?? 10_000_000);
const CLIENTS = 200;
const CHUNK = 1_000_000;
const ROUNDS = 40;
const log = (line: string) => process.stderr.write(`[bench]   reports: ${line}\n`);

async function seed() {
  await db.$executeRawUnsafe(`INSERT INTO "Agency" (id, slug, name, "updatedAt") VALUES ('ag', 'bench', 'Bench', now())`);
  await db.$executeRawUnsafe(`INSERT INTO "Client" (id, "agencyId", slug, name, status, "updatedAt") SELECT 'cl' || i, 'ag', 'client-' || i, 'Client ' || i, 'ACTIVE', now() FROM generate_series(1, ${CLIENTS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO "Hotline" (id, "agencyId", "clientId", name, "updatedAt") SELECT 'h' || i, 'ag', 'cl' || i, 'Line ' || i, now() FROM generate_series(1, ${CLIENTS}) i`);
  for (let from = 1; from <= N; from += CHUNK) {
    const to = Math.min(N, from + CHUNK - 1);
    // 85 % answered, 10 % abandoned (a third of them short), 5 % after-hours voicemail; spread over 365 days.
    await db.$executeRawUnsafe(`
      INSERT INTO "Call" (id, "agencyId", "clientId", "hotlineId", provider, "providerCallId", "fromNumber", "toNumber", language, status, route,
        "startedAt", "queuedAt", "connectedAt", "waitSeconds", "talkSeconds", "endedAt", outcome, "rolledUpAt", "updatedAt")
      SELECT 'c' || i, 'ag', 'cl' || (1 + i % ${CLIENTS}), 'h' || (1 + i % ${CLIENTS}), 'EMULATOR', 'CA' || i, '+7916' || lpad((i % 10000000)::text, 7, '0'), '+74955550101', 'ru',
        (CASE WHEN i % 20 = 0 THEN 'VOICEMAIL' WHEN i % 10 = 1 THEN 'ABANDONED' ELSE 'COMPLETED' END)::"CallStatus",
        (CASE WHEN i % 20 = 0 THEN 'AFTER_HOURS' ELSE 'QUEUE' END)::"CallRoute",
        t, CASE WHEN i % 20 = 0 THEN NULL ELSE t + interval '8 seconds' END,
        CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL ELSE t + make_interval(secs => 8 + w) END,
        CASE WHEN i % 20 = 0 THEN NULL WHEN i % 30 = 1 THEN 2 ELSE w END,
        CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL ELSE 30 + i % 300 END,
        t + interval '5 minutes', CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL WHEN i % 3 = 0 THEN 'BOOKED' ELSE 'INFO' END, now(), now()
      FROM generate_series(${from}, ${to}) i,
        LATERAL (SELECT now() - make_interval(secs => (i::bigint * 7919 % 31536000)::int) AS t, (i * 31 % 60) AS w) x`);
    log(`${to.toLocaleString("en")} calls`);
  }
  // The rollups, set-based, with rollupDelta's definitions (SLA 20 s, short abandon 5 s).
  await db.$executeRawUnsafe(`
    INSERT INTO "CallRollup" ("agencyId", "clientId", "hotlineId", "bucketStart", offered, answered, abandoned, "shortAbandoned", "answeredInSla",
      voicemail, "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", outcomes)
    SELECT "agencyId", "clientId", "hotlineId", b,
      count(*) FILTER (WHERE q), count(*) FILTER (WHERE a), count(*) FILTER (WHERE ab), count(*) FILTER (WHERE ab AND w < 5),
      count(*) FILTER (WHERE a AND w <= 20), count(*) FILTER (WHERE status = 'VOICEMAIL'), count(*) FILTER (WHERE route = 'AFTER_HOURS'),
      COALESCE(sum(w) FILTER (WHERE a), 0), COALESCE(max(w) FILTER (WHERE q), 0), COALESCE(sum("talkSeconds") FILTER (WHERE a), 0), 0,
      '{}'::jsonb
    FROM (SELECT c.*, date_bin('15 minutes', "startedAt", timestamptz '2000-01-01') b, "queuedAt" IS NOT NULL q,
        "queuedAt" IS NOT NULL AND "connectedAt" IS NOT NULL a, "queuedAt" IS NOT NULL AND "connectedAt" IS NULL AND status = 'ABANDONED' ab,
        GREATEST(0, COALESCE("waitSeconds", 0)) w FROM "Call" c) x
    GROUP BY "agencyId", "clientId", "hotlineId", b`);
  await db.$executeRawUnsafe(`
    UPDATE "CallRollup" r SET outcomes = o.counts FROM (
      SELECT "hotlineId", b, jsonb_object_agg(outcome, n) counts FROM (
        SELECT "hotlineId", date_bin('15 minutes', "startedAt", timestamptz '2000-01-01') b, outcome, count(*) n
        FROM "Call" WHERE outcome IS NOT NULL GROUP BY 1, 2, 3) s
      GROUP BY 1, 2) o
    WHERE r."hotlineId" = o."hotlineId" AND r."bucketStart" = o.b`);
  await db.$executeRawUnsafe(`ANALYZE`);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function rawMonth(clientId: string, from: Date, to: Date) {
  const calls = await db.call.findMany({
    where: { clientId, startedAt: { gte: from, lt: to } },
    select: { startedAt: true, status: true, route: true, queuedAt: true, connectedAt: true, waitSeconds: true, talkSeconds: true, outcome: true },
  });
  return metricsFromCalls(calls.map((c): CallFacts => ({ ...c, wrapUpSeconds: null })), { slaSeconds: 20, shortAbandonSeconds: 5 });
}

async function main() {
  const started = performance.now();
  await seed();
  const loadSeconds = (performance.now() - started) / 1000;
  const { current } = resolvePeriod("lastMonth", "Europe/Moscow", new Date());
  // The same figures both ways, or the timing compares different things.
  const check = await clientDashboard(db, { agencyId: "ag", clientId: "cl7", period: "lastMonth" });
  const raw = await rawMonth("cl7", current.from, current.to);
  const same = check.current.offered === raw.offered && check.current.answered === raw.answered && check.current.shortAbandoned === raw.shortAbandoned;
  const rollup: number[] = [];
  const scan: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const clientId = `cl${1 + ((i * 37) % CLIENTS)}`;
    let t = performance.now();
    await clientDashboard(db, { agencyId: "ag", clientId, period: "lastMonth" });
    rollup.push(performance.now() - t);
    t = performance.now();
    await rawMonth(clientId, current.from, current.to);
    scan.push(performance.now() - t);
  }
  process.stdout.write(`${JSON.stringify({ calls: N, loadSeconds, same, monthCalls: raw.offered + raw.voicemail, rollup: { p50: pct(rollup, 50), p95: pct(rollup, 95) }, scan: { p50: pct(scan, 50), p95: pct(scan, 95) } })}\n`);
  await disconnectDb();
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
