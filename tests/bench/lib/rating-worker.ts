/**
 * The rating benchmark's work, in its own process on its own database (DATABASE_URL): N completed calls across
 * 50 clients (plans with after-hours and night rates and terms with hours, so the band path runs), rated and
 * stored by the product's set-based path (rateCalls: one facts query, the pure rating, one INSERT … SELECT
 * FROM unnest … ON CONFLICT DO NOTHING per batch), then the very same rows written by a plain COPY into a
 * copy of the table with the same indexes and foreign key. Prints one JSON line.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db, disconnectDb } from "../../../server/db";
import { rateCalls } from "../../../server/billing/usage";

const N = Number(process.env.RATING_BENCH_CALLS ?? 1_000_000);
const BATCH = Number(process.env.RATING_BENCH_BATCH ?? 5000);
const CONCURRENCY = Number(process.env.RATING_BENCH_CONCURRENCY ?? 3);
const CLIENTS = 50;
const CHUNK = 100_000;
const log = (line: string) => process.stderr.write(`[bench]   rating: ${line}\n`);

const day = JSON.stringify([{ start: "09:00", end: "18:00" }]);
const hours = `{"alwaysOpen": false, "weekly": {"mon": ${day}, "tue": ${day}, "wed": ${day}, "thu": ${day}, "fri": ${day}, "sat": [], "sun": []},
  "holidays": [{"date": "2020-01-01", "name": "New Year", "recurring": true, "closedAllDay": true, "intervals": []}]}`;

async function load() {
  await db.$executeRawUnsafe(`INSERT INTO "Agency" (id, slug, name, "updatedAt") VALUES ('ag', 'bench', 'Bench', now())`);
  await db.$executeRawUnsafe(`INSERT INTO "BillingAccount" ("agencyId", connection, "stripeAccountId", "chargesEnabled", currencies, "updatedAt") VALUES ('ag', 'CONNECT', 'acct_bench', true, '{rub}', now())`);
  await db.$executeRawUnsafe(`INSERT INTO "Client" (id, "agencyId", slug, name, status, timezone, "updatedAt") SELECT 'cl' || i, 'ag', 'client-' || i, 'Client ' || i, 'ACTIVE', 'Europe/Moscow', now() FROM generate_series(1, ${CLIENTS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO "Hotline" (id, "agencyId", "clientId", name, "updatedAt") SELECT 'h' || i, 'ag', 'cl' || i, 'Line ' || i, now() FROM generate_series(1, ${CLIENTS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO "TermsVersion" (id, "agencyId", "clientId", number, state, document, "effectiveFrom", "updatedAt")
    SELECT 'tv' || i, 'ag', 'cl' || i, 1, 'APPROVED', jsonb_build_object('hours', '${hours}'::jsonb), '2020-01-01', now() FROM generate_series(1, ${CLIENTS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO "PricePlan" (id, "agencyId", "clientId", version, "effectiveFrom", currency, "monthlyFeeMinor", "includedMinutes",
      "ratePerMinute", "incrementSeconds", "billableTime", "freeUnderSeconds", "afterHoursRatePerMinute", "nightRatePerMinute", "automatedRatePerMinute")
    SELECT 'pp' || i, 'ag', 'cl' || i, 1, '2020-01-01', 'RUB', 5000000, 300, 2500, (ARRAY[1, 6, 30, 60])[1 + i % 4], 'TALK_WRAP_UP', 5, 3000.5, 4000, 500
    FROM generate_series(1, ${CLIENTS}) i`);
  for (let from = 1; from <= N; from += CHUNK) {
    const to = Math.min(N, from + CHUNK - 1);
    await db.$executeRawUnsafe(`
      INSERT INTO "Call" (id, "agencyId", "clientId", "hotlineId", provider, "providerCallId", "fromNumber", "toNumber", language, status, route,
        "termsVersionId", "startedAt", "queuedAt", "connectedAt", "waitSeconds", "talkSeconds", "durationSeconds", "endedAt", outcome, "updatedAt")
      SELECT 'c' || lpad(i::text, 8, '0'), 'ag', 'cl' || (1 + i % ${CLIENTS}), 'h' || (1 + i % ${CLIENTS}), 'EMULATOR', 'CA' || i, '+7916' || lpad((i % 10000000)::text, 7, '0'), '+74955550101', 'ru',
        (CASE WHEN i % 20 = 0 THEN 'VOICEMAIL' WHEN i % 10 = 1 THEN 'ABANDONED' ELSE 'COMPLETED' END)::"CallStatus",
        (CASE WHEN i % 20 = 0 THEN 'AFTER_HOURS' ELSE 'QUEUE' END)::"CallRoute", 'tv' || (1 + i % ${CLIENTS}),
        t, CASE WHEN i % 20 = 0 THEN NULL ELSE t + interval '8 seconds' END,
        CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL ELSE t + make_interval(secs => 8 + w) END, w,
        CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL ELSE i % 300 END, 8 + w + i % 300,
        t + make_interval(secs => 8 + w + i % 300), CASE WHEN i % 20 = 0 OR i % 10 = 1 THEN NULL ELSE 'BOOKED' END, now()
      FROM generate_series(${from}, ${to}) i,
        LATERAL (SELECT now() - interval '1 hour' - make_interval(secs => (i::bigint * 7919 % 2419200)::int) AS t, (i * 31 % 60) AS w) x`);
    log(`${to.toLocaleString("en")} calls loaded`);
  }
  await db.$executeRawUnsafe(`ANALYZE`);
}

/** Batches of BATCH calls by keyset, CONCURRENCY transactions in flight: the rating (JS) of one batch overlaps
 *  the SQL of another, as several sweeping instances would. */
async function ratePath(): Promise<number> {
  let after = "";
  let written = 0;
  let logged = 0;
  const next = async (): Promise<string[]> => {
    const ids = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Call" WHERE "id" > ${after} ORDER BY "id" LIMIT ${BATCH}`).map((r) => r.id);
    if (ids.length > 0) after = ids.at(-1)!;
    return ids;
  };
  let fetching = Promise.resolve();
  const claim = () => { const p = fetching.then(next); fetching = p.then(() => undefined); return p; };
  const worker = async () => {
    for (let ids = await claim(); ids.length > 0; ids = await claim()) {
      const n = await db.$transaction(async (tx) => rateCalls(tx, ids), { timeout: 600_000 });
      written += n;
      if (written - logged >= 100_000) { logged = written; log(`${written.toLocaleString("en")} rated`); }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return written;
}

async function main() {
  let t = performance.now();
  await load();
  const loadSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const rated = await ratePath();
  const rateSeconds = (performance.now() - t) / 1000;
  // Running it again writes nothing: exactly one record per call.
  const again = await db.$transaction(async (tx) => rateCalls(tx, (await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Call" LIMIT 1000`).map((r) => r.id)));

  // The baseline: the same rows, COPY'd from a file into an identical table (same indexes, the partial unique one too).
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rating-bench-")), "usage.copy");
  fs.chmodSync(path.dirname(file), 0o777);
  await db.$executeRawUnsafe(`COPY "UsageRecord" TO '${file}'`);
  await db.$executeRawUnsafe(`CREATE TABLE "UsageRecordCopy" (LIKE "UsageRecord" INCLUDING ALL)`);
  await db.$executeRawUnsafe(`ALTER TABLE "UsageRecordCopy" ADD FOREIGN KEY ("planId") REFERENCES "PricePlan"("id")`);
  t = performance.now();
  await db.$executeRawUnsafe(`COPY "UsageRecordCopy" FROM '${file}'`);
  const copySeconds = (performance.now() - t) / 1000;
  const [counts] = await db.$queryRawUnsafe<{ records: number; copied: number; pending: number; bands: number }[]>(
    `SELECT (SELECT count(*)::int FROM "UsageRecord") AS records, (SELECT count(*)::int FROM "UsageRecordCopy") AS copied,
       (SELECT count(*)::int FROM "UsageRecord" WHERE "meterStatus" = 'PENDING') AS pending,
       (SELECT count(DISTINCT component)::int FROM "UsageRecord") AS bands`);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  await disconnectDb();
  process.stdout.write(`${JSON.stringify({ calls: N, rated, again, loadSeconds, rateSeconds, copySeconds, ...counts })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
