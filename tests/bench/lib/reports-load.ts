/**
 * The reports benchmark's calls: N calls across 200 clients (one hotline each) over the last year, written
 * set-based (INSERT … SELECT generate_series, in chunks of a million). 85 % answered, 10 % abandoned (a third
 * of them short), 5 % after-hours voicemail. Already loaded (same N) → nothing to do, so a rerun on a kept
 * database (REPORTS_BENCH_DATABASE_URL) skips the minutes of writing.
 */
import type { Db } from "../../../server/db";

export const CLIENTS = 200;
const CHUNK = 1_000_000;

export async function loadCalls(db: Db, n: number, log: (line: string) => void): Promise<boolean> {
  const [have] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Call"`);
  if (have!.n === n) return false;
  if (have!.n > 0) throw new Error(`the bench database holds ${have!.n} calls, not ${n}: use a fresh one`);
  await db.$executeRawUnsafe(`INSERT INTO "Agency" (id, slug, name, "updatedAt") VALUES ('ag', 'bench', 'Bench', now())`);
  await db.$executeRawUnsafe(`INSERT INTO "Client" (id, "agencyId", slug, name, status, timezone, "updatedAt") SELECT 'cl' || i, 'ag', 'client-' || i, 'Client ' || i, 'ACTIVE', 'Europe/Moscow', now() FROM generate_series(1, ${CLIENTS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO "Hotline" (id, "agencyId", "clientId", name, "updatedAt") SELECT 'h' || i, 'ag', 'cl' || i, 'Line ' || i, now() FROM generate_series(1, ${CLIENTS}) i`);
  for (let from = 1; from <= n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK - 1);
    // Marked as added to the rollups (as the hooks leave them): the benchmark then builds the rollups with the
    // product's set-based rebuild, which recomputes them from the calls so marked.
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
        LATERAL (SELECT now() - interval '20 minutes' - make_interval(secs => (i::bigint * 7919 % 31536000)::int) AS t, (i * 31 % 60) AS w) x`);
    log(`${to.toLocaleString("en")} calls`);
  }
  return true;
}
