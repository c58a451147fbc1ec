import { Prisma, type PricePlan } from "../generated/prisma/client";
import type { Tx } from "../db";
import { DUE } from "../reports/rollup-sql";
import type { Holiday, OpeningHours } from "../terms/hours";
import type { CallTimes } from "./rating";

/** A settled call not rated yet, with what its rating needs: the plan version in force at its start, the
 *  terms in force (hours, holidays), the client's zone and whether Stripe is connected for its agency. */
export type RatingFacts = CallTimes & {
  id: string; agencyId: string; clientId: string; occurredAt: Date; timezone: string; planId: string; termsId: string | null;
  callerPricePerMinute: string | null; carrierRatePerMinute: string | null; connected: boolean;
};

/**
 * Facts of the calls among `ids` that are settled (the rollups' DUE: final, and the desk's form or the
 * voicemail in, or ten minutes on) and have no CALL record yet. A call whose client had no plan at its
 * start is not returned: nothing to rate.
 */
export async function loadRatingFacts(tx: Tx, ids: readonly string[], opts: { includeRated?: boolean } = {}): Promise<RatingFacts[]> {
  if (ids.length === 0) return [];
  // Re-rating after a plan correction reads calls that already have their record.
  const unrated = opts.includeRated ? Prisma.sql`true` : Prisma.sql`NOT EXISTS (SELECT 1 FROM "UsageRecord" u WHERE u."callId" = c."id" AND u."kind" = 'CALL')`;
  return tx.$queryRaw<RatingFacts[]>`
    SELECT c."id", c."agencyId", c."clientId", c."startedAt", c."endedAt", COALESCE(c."endedAt", c."updatedAt") AS "occurredAt",
      c."connectedAt", c."status"::text AS "status", c."menuAt", c."talkSeconds", c."durationSeconds", c."voicemailSeconds",
      c."callerPricePerMinute"::text AS "callerPricePerMinute", pn."carrierRatePerMinute"::text AS "carrierRatePerMinute",
      (SELECT GREATEST(0, ROUND(EXTRACT(EPOCH FROM (MAX(e."occurredAt") - c."wrapUpAt"))))::int FROM "CallEvent" e
        WHERE e."callId" = c."id" AND e."dedupeKey" = 'wrap-up:submitted') AS "wrapUpSeconds",
      cl."timezone", p."id" AS "planId",
      COALESCE(c."termsVersionId", (SELECT t."id" FROM "TermsVersion" t
        WHERE t."clientId" = c."clientId" AND t."state" IN ('APPROVED', 'SUPERSEDED') AND t."effectiveFrom" <= c."startedAt"
        ORDER BY t."number" DESC LIMIT 1)) AS "termsId",
      COALESCE(ba."connection" <> 'NONE', false) AS "connected"
    FROM "Call" c
    JOIN "Client" cl ON cl."id" = c."clientId"
    JOIN LATERAL (SELECT pp."id" FROM "PricePlan" pp WHERE pp."clientId" = c."clientId" AND pp."effectiveFrom" <= c."startedAt"
      ORDER BY pp."effectiveFrom" DESC, pp."version" DESC LIMIT 1) p ON true
    LEFT JOIN "PhoneNumber" pn ON pn."id" = c."phoneNumberId"
    LEFT JOIN "BillingAccount" ba ON ba."agencyId" = c."agencyId"
    WHERE c."id" = ANY(${ids as string[]}::text[]) AND ${DUE}
      -- The carrier's end is in (its duration): a voicemail turns final when the recording arrives, which can be
      -- before the call's completed status; rated then it would count 0 s. The sweep rates calls whose end never came.
      AND (c."endedAt" IS NOT NULL OR c."updatedAt" < now() - interval '10 minutes')
      AND ${unrated}`;
}

export async function loadPlans(tx: Tx, ids: readonly string[]): Promise<Map<string, PricePlan>> {
  const plans = await tx.pricePlan.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return new Map(plans.map((p) => [p.id, p]));
}

export type TermsHours = { hours: OpeningHours; holidays: Holiday[] };

/** Hours and holidays of the given terms versions (only fetched when some plan prices a band that needs them). */
export async function loadTermsHours(tx: Tx, ids: readonly string[]): Promise<Map<string, TermsHours>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; hours: (OpeningHours & { holidays?: Holiday[] }) | null }[]>`
    SELECT "id", "document"->'hours' AS "hours" FROM "TermsVersion" WHERE "id" = ANY(${unique}::text[])`;
  return new Map(rows.filter((r) => r.hours).map((r) => [r.id, { hours: r.hours!, holidays: r.hours!.holidays ?? [] }]));
}
