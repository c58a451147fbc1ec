import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import type { RollupLike } from "../metrics/metrics";

/**
 * A client's dashboard in ONE statement over the LOCAL-HOUR rows (CallRollupHour) of its previous and current
 * period — a quarter of the 15-minute buckets' rows, which is what keeps a month under the target at 10 million
 * calls: SQL sums the columns by local day and by local weekday × hour (GROUPING SETS), and counts the outcomes,
 * so a month comes back as ~200 small rows inside one JSON value. The figures are then computed from these sums
 * by metricsFromRollups (a sum of buckets reads like one bigger bucket). The periods start and end at local
 * midnights, which are local hour starts: an hour row is wholly in a period or wholly out.
 */
export type SumRow = RollupLike & { cur: boolean; day: string | null; weekday: number | null; hour: number | null };
export type OutcomeRow = { cur: boolean; code: string; count: number };
export type DashboardSums = { sums: SumRow[]; outcomes: OutcomeRow[] };

const SUMS = Prisma.sql`SUM("offered") AS "offered", SUM("answered") AS "answered", SUM("abandoned") AS "abandoned",
  SUM("shortAbandoned") AS "shortAbandoned", SUM("answeredInSla") AS "answeredInSla", SUM("voicemail") AS "voicemail",
  SUM("afterHours") AS "afterHours", SUM("answerWaitSeconds") AS "answerWaitSeconds", MAX("maxWaitSeconds") AS "maxWaitSeconds",
  SUM("talkSeconds") AS "talkSeconds", SUM("wrapUpSeconds") AS "wrapUpSeconds"`;

type Query = { agencyId: string; clientId: string; hotlineId?: string; timeZone: string; previousFrom: Date; currentFrom: Date; to: Date };

export async function dashboardSums(db: Db, q: Query): Promise<DashboardSums> {
  const [row] = await db.$queryRaw<{ sums: SumRow[] | null; outcomes: OutcomeRow[] | null }[]>(dashboardSql(q));
  return { sums: row?.sums ?? [], outcomes: row?.outcomes ?? [] };
}

/** The statement (apart, so that it can be EXPLAINed). */
export function dashboardSql(q: Query) {
  const hotline = q.hotlineId ? Prisma.sql`AND r."hotlineId" = ${q.hotlineId}` : Prisma.empty;
  return Prisma.sql`
    WITH b AS MATERIALIZED (
      SELECT r."hourStart" >= ${q.currentFrom} AS cur, r."hourStart" AT TIME ZONE ${q.timeZone} AS t,
        r."offered", r."answered", r."abandoned", r."shortAbandoned", r."answeredInSla", r."voicemail", r."afterHours",
        r."answerWaitSeconds", r."maxWaitSeconds", r."talkSeconds", r."wrapUpSeconds", r."outcomes"
      FROM "CallRollupHour" r
      WHERE r."clientId" = ${q.clientId} AND r."agencyId" = ${q.agencyId} ${hotline}
        AND r."hourStart" >= ${q.previousFrom} AND r."hourStart" < ${q.to}
    ), s AS (
      -- t is the local hour's start (hourStart is one, in the client's zone): no truncation needed.
      SELECT cur, d AS "day", wd AS "weekday", hr AS "hour", ${SUMS}
      FROM (SELECT b.*, t::date AS d, date_part('isodow', t)::int - 1 AS wd, date_part('hour', t)::int AS hr FROM b) x
      -- Totals of both periods; per day and per weekday × hour of the current one only.
      GROUP BY GROUPING SETS ((cur), (cur, d), (cur, wd, hr))
      HAVING cur OR GROUPING(d, wd, hr) = 7
    ), o AS (
      SELECT cur, e.key AS "code", SUM(e.value::int) AS "count"
      FROM b CROSS JOIN LATERAL jsonb_each_text(b."outcomes") e
      WHERE b."outcomes" <> '{}'::jsonb
      GROUP BY 1, 2
    )
    SELECT (SELECT json_agg(s) FROM s) AS "sums", (SELECT json_agg(o) FROM o) AS "outcomes"`;
}
