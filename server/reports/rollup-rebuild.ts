import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { DEFAULT_SLA_SECONDS } from "../metrics/metrics";
import { hourlySums } from "./rollup-day-sql";
import { BUCKET_OF, DUE } from "./rollup-sql";

/**
 * The set-based rebuild: the buckets of an agency recomputed from its calls in ONE INSERT … SELECT … GROUP BY,
 * instead of one rollupDelta per call in JS (minutes instead of hours on millions of calls). The SQL below
 * restates rollupDelta (server/metrics/metrics.ts, the reference definitions): tests/integration/rollups.test.ts
 * checks on random call streams that both give the very same rows.
 */

/** One row per call with rollupDelta's fields (bucket, offered, answered, …), for the calls already added. */
const FACTS = (agencyId: string) => Prisma.sql`
  SELECT c."agencyId", c."clientId", c."hotlineId", ${BUCKET_OF(Prisma.sql`c."startedAt"`)} AS b, cl."timezone" AS tz,
    c."queuedAt" IS NOT NULL AS offered,
    c."queuedAt" IS NOT NULL AND c."connectedAt" IS NOT NULL AS answered,
    c."queuedAt" IS NOT NULL AND c."connectedAt" IS NULL AND c."status" = 'ABANDONED' AS abandoned,
    GREATEST(0, COALESCE(c."waitSeconds", 0)) AS wait,
    GREATEST(0, COALESCE(c."talkSeconds", 0)) AS talk,
    c."status" = 'VOICEMAIL' AS voicemail, c."route" = 'AFTER_HOURS' AS "afterHours", c."outcome",
    h."shortAbandonSeconds" AS short,
    COALESCE((tv."document"->'sla'->>'withinSeconds')::int, (
      SELECT (t."document"->'sla'->>'withinSeconds')::int FROM "TermsVersion" t
      WHERE t."clientId" = c."clientId" AND t."state" IN ('APPROVED', 'SUPERSEDED') AND t."effectiveFrom" <= c."startedAt"
      ORDER BY t."number" DESC LIMIT 1), ${DEFAULT_SLA_SECONDS}) AS sla,
    COALESCE((SELECT GREATEST(0, ROUND(EXTRACT(EPOCH FROM (MAX(e."occurredAt") - c."wrapUpAt"))))::int FROM "CallEvent" e
      WHERE e."callId" = c."id" AND e."dedupeKey" = 'wrap-up:submitted'), 0) AS "wrapUp"
  FROM "Call" c
  JOIN "Hotline" h ON h."id" = c."hotlineId"
  JOIN "Client" cl ON cl."id" = c."clientId"
  LEFT JOIN "TermsVersion" tv ON tv."id" = c."termsVersionId"
  WHERE c."agencyId" = ${agencyId} AND c."rolledUpAt" IS NOT NULL`;

/** Marks the agency's settled calls that no hook or sweep added yet (SKIP LOCKED: a call locked right now
 *  belongs to a hook that is adding it and will find the rollups rebuilt when it gets the table lock). */
export async function claimDueCalls(tx: Tx, agencyId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Call" SET "rolledUpAt" = now() WHERE "id" IN (
      SELECT c."id" FROM "Call" c WHERE c."agencyId" = ${agencyId} AND c."rolledUpAt" IS NULL AND ${DUE} FOR UPDATE SKIP LOCKED)`;
}

/** Replaces the agency's buckets (15-minute and local-day) by the sums over its added calls. Run after locking both
 *  tables. Returns the number of calls summed. Grouped per (bucket, outcome) first, so that one pass over the calls
 *  gives both the sums and the outcome counts; then per bucket; and, from the same per-(bucket, outcome) rows, per
 *  (local day, outcome) then per local day, with the day's calls per local hour. A bucket lies in one local hour and
 *  one local day (offsets are multiples of 15 minutes), so its local date and hour are those of each of its calls. */
export async function recomputeBuckets(tx: Tx, agencyId: string): Promise<number> {
  await tx.$executeRaw`DELETE FROM "CallRollup" WHERE "agencyId" = ${agencyId}`;
  await tx.$executeRaw`DELETE FROM "CallRollupDay" WHERE "agencyId" = ${agencyId}`;
  const [row] = await tx.$queryRaw<{ calls: number }[]>`
    WITH per_outcome AS MATERIALIZED (
      SELECT "agencyId", "clientId", "hotlineId", b, "outcome", tz, count(*)::int AS calls,
        count(*) FILTER (WHERE offered)::int AS offered, count(*) FILTER (WHERE answered)::int AS answered,
        count(*) FILTER (WHERE abandoned)::int AS abandoned, count(*) FILTER (WHERE abandoned AND wait < short)::int AS "shortAbandoned",
        count(*) FILTER (WHERE answered AND wait <= sla)::int AS "answeredInSla", count(*) FILTER (WHERE voicemail)::int AS voicemail,
        count(*) FILTER (WHERE "afterHours")::int AS "afterHours", COALESCE(sum(wait) FILTER (WHERE answered), 0)::int AS "answerWaitSeconds",
        COALESCE(max(wait) FILTER (WHERE offered), 0)::int AS "maxWaitSeconds", COALESCE(sum(talk) FILTER (WHERE answered), 0)::int AS "talkSeconds",
        COALESCE(sum("wrapUp") FILTER (WHERE answered), 0)::int AS "wrapUpSeconds"
      FROM (${FACTS(agencyId)}) f
      GROUP BY 1, 2, 3, 4, 5, 6
    ), inserted AS (
      INSERT INTO "CallRollup" ("agencyId", "clientId", "hotlineId", "bucketStart", "offered", "answered", "abandoned", "shortAbandoned",
        "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", "outcomes")
      SELECT "agencyId", "clientId", "hotlineId", b, sum(offered), sum(answered), sum(abandoned), sum("shortAbandoned"), sum("answeredInSla"),
        sum(voicemail), sum("afterHours"), sum("answerWaitSeconds"), max("maxWaitSeconds"), sum("talkSeconds"), sum("wrapUpSeconds"),
        COALESCE(jsonb_object_agg("outcome", calls) FILTER (WHERE "outcome" IS NOT NULL), '{}'::jsonb)
      FROM per_outcome GROUP BY 1, 2, 3, 4
      RETURNING 1
    ), day_outcome AS (
      SELECT "agencyId", "clientId", "hotlineId", (b AT TIME ZONE tz)::date AS d, "outcome", sum(calls)::int AS calls,
        sum(offered) AS offered, sum(answered) AS answered, sum(abandoned) AS abandoned, sum("shortAbandoned") AS "shortAbandoned",
        sum("answeredInSla") AS "answeredInSla", sum(voicemail) AS voicemail, sum("afterHours") AS "afterHours",
        sum("answerWaitSeconds") AS "answerWaitSeconds", max("maxWaitSeconds") AS "maxWaitSeconds", sum("talkSeconds") AS "talkSeconds",
        sum("wrapUpSeconds") AS "wrapUpSeconds"
      FROM per_outcome GROUP BY 1, 2, 3, 4, 5
    ), day_hours AS (
      SELECT "hotlineId", d, ${hourlySums(Prisma.sql`n`)} AS hourly
      FROM (SELECT "hotlineId", (b AT TIME ZONE tz)::date AS d, date_part('hour', b AT TIME ZONE tz)::int AS hr, offered + "afterHours" AS n FROM per_outcome) x
      GROUP BY 1, 2
    ), inserted_days AS (
      INSERT INTO "CallRollupDay" ("agencyId", "clientId", "hotlineId", "day", "offered", "answered", "abandoned", "shortAbandoned",
        "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", "outcomes", "hourlyCalls")
      SELECT s.*, dh.hourly FROM (
        SELECT "agencyId", "clientId", "hotlineId", d, sum(offered), sum(answered), sum(abandoned), sum("shortAbandoned"), sum("answeredInSla"),
          sum(voicemail), sum("afterHours"), sum("answerWaitSeconds"), max("maxWaitSeconds"), sum("talkSeconds"), sum("wrapUpSeconds"),
          COALESCE(jsonb_object_agg("outcome", calls) FILTER (WHERE "outcome" IS NOT NULL), '{}'::jsonb)
        FROM day_outcome GROUP BY 1, 2, 3, 4) s
      JOIN day_hours dh ON dh."hotlineId" = s."hotlineId" AND dh.d = s.d
      RETURNING 1
    )
    SELECT COALESCE((SELECT sum(calls) FROM per_outcome), 0)::int AS calls, (SELECT count(*) FROM inserted)::int AS buckets,
      (SELECT count(*) FROM inserted_days)::int AS days`;
  return row?.calls ?? 0;
}
