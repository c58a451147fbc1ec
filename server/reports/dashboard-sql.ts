import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import type { RollupLike } from "../metrics/metrics";
import type { IsoDate } from "../metrics/periods";
import { APPROVED_STATES } from "../terms/rules";
import type { TermsDocument } from "../terms/terms.schema";

/**
 * A client's dashboard in ONE round trip: the client inside the agency (zone, currency), its hotlines, the terms
 * in force (SLA, outcome labels) and its LOCAL-DAY rows (CallRollupDay) over the dates that hold the period and
 * the one before in any zone (anyZoneDates: the zone is only known from this very row) — ~62 rows per hotline for
 * a month and the month before, each with its calls per local hour for the heatmap. The figures are then computed
 * from these rows by metricsFromRollups, after the exact period is resolved in the client's zone. Periods are whole
 * local days, so a day row is wholly in a period or wholly out.
 */
export type DayRow = RollupLike & { hotlineId: string; day: IsoDate; hourlyCalls: number[] };
export type DashboardRead = {
  timezone: string;
  currency: string;
  hotlines: { id: string; name: string }[];
  /** The document of the terms version in force at `now` (versionInForce's rule), null before any approval. */
  terms: TermsDocument | null;
  days: DayRow[];
};

const approved = Prisma.join(APPROVED_STATES.map((s) => Prisma.sql`${s}::"TermsState"`));

type Query = { agencyId: string; clientId: string; hotlineId?: string; now: Date; from: IsoDate; to: IsoDate };

/** null: no such client in the agency. */
export async function readDashboard(db: Db, q: Query): Promise<DashboardRead | null> {
  const [row] = await db.$queryRaw<{ d: DashboardRead | null }[]>(dashboardSql(q));
  return row?.d ?? null;
}

/** The statement (apart, so that it can be EXPLAINed). */
export function dashboardSql(q: Query) {
  const hotline = q.hotlineId ? Prisma.sql`AND r."hotlineId" = ${q.hotlineId}` : Prisma.empty;
  return Prisma.sql`
    SELECT json_build_object(
      'timezone', c."timezone", 'currency', c."currency",
      'hotlines', COALESCE((SELECT json_agg(json_build_object('id', h."id", 'name', h."name") ORDER BY h."name")
        FROM "Hotline" h WHERE h."clientId" = c."id" AND h."agencyId" = c."agencyId"), '[]'::json),
      'terms', (SELECT t."document" FROM "TermsVersion" t
        WHERE t."clientId" = c."id" AND t."agencyId" = c."agencyId" AND t."state" IN (${approved})
          AND t."effectiveFrom" <= ${q.now}
        ORDER BY t."number" DESC LIMIT 1),
      'days', COALESCE((SELECT json_agg(r) FROM (
        SELECT r."hotlineId", r."day", r."offered", r."answered", r."abandoned", r."shortAbandoned", r."answeredInSla", r."voicemail",
          r."afterHours", r."answerWaitSeconds", r."maxWaitSeconds", r."talkSeconds", r."wrapUpSeconds", r."outcomes", r."hourlyCalls"
        FROM "CallRollupDay" r
        WHERE r."clientId" = c."id" AND r."agencyId" = c."agencyId" ${hotline}
          AND r."day" >= ${q.from}::date AND r."day" < ${q.to}::date) r), '[]'::json)
    ) AS d
    FROM "Client" c WHERE c."id" = ${q.clientId} AND c."agencyId" = ${q.agencyId}`;
}
