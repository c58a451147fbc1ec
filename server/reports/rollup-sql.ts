import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { DEFAULT_SLA_SECONDS, FINAL_STATUSES, rollupDelta, type CallFacts, type RollupDelta } from "../metrics/metrics";

/**
 * The SQL half of the rollups: which calls are due, their facts, and the increment of a bucket. The
 * figures themselves come from rollupDelta (server/metrics), never from SQL arithmetic here.
 */

/** Answered calls wait for the desk's form (outcome, wrap-up); after-hours and overflow calls for a
 *  voicemail that may arrive after the carrier's last status; a call that hung up in the queue for the queue's
 *  own report (LEFT_QUEUE, with the wait the carrier measured), which may come after the carrier's final status —
 *  adding the call before it would count a wait that the call row then corrects (rollups must equal a raw
 *  recomputation). Ten minutes on, a call is taken as it is. */
export const SETTLE_MINUTES = 10;
const finalList = Prisma.join(FINAL_STATUSES.map((s) => Prisma.sql`${s}::"CallStatus"`));
export const DUE = Prisma.sql`(c."status" IN (${finalList}) AND (c."outcome" IS NOT NULL OR c."status" = 'VOICEMAIL'
  OR (c."connectedAt" IS NULL AND c."route" IN ('QUEUE', 'PAUSED') AND (c."queuedAt" IS NULL
    OR EXISTS (SELECT 1 FROM "CallEvent" q WHERE q."callId" = c."id" AND q."dedupeKey" = 'enqueue-result')))
  OR COALESCE(c."endedAt", c."updatedAt") < now() - make_interval(mins => ${SETTLE_MINUTES})))`;

export type FactsRow = Omit<CallFacts, "wrapUpSeconds"> & {
  id: string; agencyId: string; clientId: string; hotlineId: string;
  /** The client's local date (YYYY-MM-DD) and hour (0–23) of the call's start: its CallRollupDay row and heatmap slot. */
  localDay: string; localHour: number;
  wrapUpSeconds: number | null; shortAbandonSeconds: number; slaSeconds: number | null;
};

/** The 15-minute bucket (UTC) of an instant. Every offset in use is a multiple of 15 minutes, so a bucket lies in
 *  one local hour and one local day of any zone: the local-day layer (rollup-day-sql.ts) is the 15-minute layer
 *  folded by local date, whichever is summed first. */
export const BUCKET_OF = (startedAt: Prisma.Sql) => Prisma.sql`date_bin('15 minutes', ${startedAt}, timestamptz '1970-01-01 00:00:00+00')`;

/** Marks the due calls among `ids` as rolled up (once: only rows still NULL) and returns their facts. The client row
 *  is read FOR SHARE: a time-zone change in flight (which refolds the client's local days in its transaction,
 *  rollup-refold.ts) makes the claim wait and then read the new zone, so no call lands in a local day of the old one
 *  after the refold. */
export async function claimCalls(tx: Tx, ids: readonly string[]): Promise<FactsRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<FactsRow[]>`
    WITH claimed AS (
      UPDATE "Call" c SET "rolledUpAt" = now()
      WHERE c."id" = ANY(${ids as string[]}::text[]) AND c."rolledUpAt" IS NULL AND ${DUE}
      RETURNING c.*
    )
    SELECT c."id", c."agencyId", c."clientId", c."hotlineId", c."startedAt", c."status"::text AS "status", c."route"::text AS "route",
      c."queuedAt", c."connectedAt", c."waitSeconds", c."talkSeconds", c."outcome",
      h."shortAbandonSeconds",
      (c."startedAt" AT TIME ZONE cl."timezone")::date::text AS "localDay", date_part('hour', c."startedAt" AT TIME ZONE cl."timezone")::int AS "localHour",
      COALESCE((tv."document"->'sla'->>'withinSeconds')::int, (
        SELECT (t."document"->'sla'->>'withinSeconds')::int FROM "TermsVersion" t
        WHERE t."clientId" = c."clientId" AND t."state" IN ('APPROVED', 'SUPERSEDED') AND t."effectiveFrom" <= c."startedAt"
        ORDER BY t."number" DESC LIMIT 1)) AS "slaSeconds",
      (SELECT GREATEST(0, ROUND(EXTRACT(EPOCH FROM (MAX(e."occurredAt") - c."wrapUpAt"))))::int FROM "CallEvent" e
        WHERE e."callId" = c."id" AND e."dedupeKey" = 'wrap-up:submitted') AS "wrapUpSeconds"
    FROM claimed c
    JOIN "Hotline" h ON h."id" = c."hotlineId"
    JOIN "Client" cl ON cl."id" = c."clientId"
    LEFT JOIN "TermsVersion" tv ON tv."id" = c."termsVersionId"
    FOR SHARE OF cl`;
}

type Keyed = RollupDelta & { agencyId: string; clientId: string; hotlineId: string };

/** The claimed calls summed per (hotline, bucket), one row per key, as ON CONFLICT requires. */
export function deltasByBucket(rows: readonly FactsRow[]): Keyed[] {
  const byKey = new Map<string, Keyed>();
  for (const r of rows) {
    const d = rollupDelta(r, { slaSeconds: r.slaSeconds ?? DEFAULT_SLA_SECONDS, shortAbandonSeconds: r.shortAbandonSeconds });
    const key = `${r.hotlineId}|${d.bucketStart.toISOString()}`;
    const acc = byKey.get(key);
    if (!acc) { byKey.set(key, { ...d, agencyId: r.agencyId, clientId: r.clientId, hotlineId: r.hotlineId }); continue; }
    for (const k of ["offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "talkSeconds", "wrapUpSeconds"] as const) acc[k] += d[k];
    acc.maxWaitSeconds = Math.max(acc.maxWaitSeconds, d.maxWaitSeconds);
    for (const [code, n] of Object.entries(d.outcomes)) acc.outcomes[code] = (acc.outcomes[code] ?? 0) + n;
  }
  // A fixed order of row locks, so two transactions incrementing the same buckets cannot deadlock.
  return [...byKey.values()].sort((a, b) => (a.hotlineId < b.hotlineId ? -1 : a.hotlineId > b.hotlineId ? 1 : a.bucketStart.getTime() - b.bucketStart.getTime()));
}

/** The ON CONFLICT update that adds a delta row (EXCLUDED) to a rollup row of table `T`: every layer merges alike. */
export const mergeCounters = (T: Prisma.Sql) => Prisma.sql`
      "offered" = ${T}."offered" + EXCLUDED."offered",
      "answered" = ${T}."answered" + EXCLUDED."answered",
      "abandoned" = ${T}."abandoned" + EXCLUDED."abandoned",
      "shortAbandoned" = ${T}."shortAbandoned" + EXCLUDED."shortAbandoned",
      "answeredInSla" = ${T}."answeredInSla" + EXCLUDED."answeredInSla",
      "voicemail" = ${T}."voicemail" + EXCLUDED."voicemail",
      "afterHours" = ${T}."afterHours" + EXCLUDED."afterHours",
      "answerWaitSeconds" = ${T}."answerWaitSeconds" + EXCLUDED."answerWaitSeconds",
      "maxWaitSeconds" = GREATEST(${T}."maxWaitSeconds", EXCLUDED."maxWaitSeconds"),
      "talkSeconds" = ${T}."talkSeconds" + EXCLUDED."talkSeconds",
      "wrapUpSeconds" = ${T}."wrapUpSeconds" + EXCLUDED."wrapUpSeconds",
      "outcomes" = (SELECT COALESCE(jsonb_object_agg(u.key, u.total), '{}'::jsonb) FROM (
        SELECT key, SUM(value::int) AS total FROM (
          SELECT * FROM jsonb_each_text(${T}."outcomes") UNION ALL SELECT * FROM jsonb_each_text(EXCLUDED."outcomes")) s
        GROUP BY key) u)`;

export async function incrementBuckets(tx: Tx, deltas: readonly Keyed[]): Promise<void> {
  if (deltas.length === 0) return;
  const payload = JSON.stringify(deltas.map((d) => ({ ...d, bucketStart: d.bucketStart.toISOString() })));
  const T = Prisma.raw(`"CallRollup"`);
  await tx.$executeRaw`
    INSERT INTO ${T} ("agencyId", "clientId", "hotlineId", "bucketStart", "offered", "answered", "abandoned", "shortAbandoned",
      "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", "outcomes")
    SELECT * FROM jsonb_to_recordset(${payload}::jsonb) AS r("agencyId" text, "clientId" text, "hotlineId" text, "bucketStart" timestamptz,
      "offered" int, "answered" int, "abandoned" int, "shortAbandoned" int, "answeredInSla" int, "voicemail" int, "afterHours" int,
      "answerWaitSeconds" int, "maxWaitSeconds" int, "talkSeconds" int, "wrapUpSeconds" int, "outcomes" jsonb)
    ON CONFLICT ("hotlineId", "bucketStart") DO UPDATE SET
      ${mergeCounters(T)}`;
}
