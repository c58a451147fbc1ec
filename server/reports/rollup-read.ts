import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import type { RollupLike } from "../metrics/metrics";
import type { IsoDate } from "../metrics/periods";

/**
 * Reading rollups for the dashboards: SQL only SUMS (and MAXes) the bucket columns by a key — the
 * figures are then computed by metricsFromRollups, so a sum of buckets is read like one bigger bucket.
 */
const SUMS = Prisma.sql`SUM(r."offered")::int AS "offered", SUM(r."answered")::int AS "answered", SUM(r."abandoned")::int AS "abandoned",
  SUM(r."shortAbandoned")::int AS "shortAbandoned", SUM(r."answeredInSla")::int AS "answeredInSla", SUM(r."voicemail")::int AS "voicemail",
  SUM(r."afterHours")::int AS "afterHours", SUM(r."answerWaitSeconds")::bigint::float8 AS "answerWaitSeconds",
  MAX(r."maxWaitSeconds")::int AS "maxWaitSeconds", SUM(r."talkSeconds")::bigint::float8 AS "talkSeconds",
  SUM(r."wrapUpSeconds")::bigint::float8 AS "wrapUpSeconds", '{}'::jsonb AS "outcomes"`;

/** A client's previous [prevFrom, curFrom) and current [curFrom, curTo) period as local dates of its zone. */
export type ClientPeriod = { clientId: string; prevFrom: IsoDate; curFrom: IsoDate; curTo: IsoDate };

/** Per client, its local-day rows (CallRollupDay) summed over its previous and its current period (each client in
 *  its own zone; periods are whole local days): a month of 200 clients is ~12,000 day rows, not a million buckets. */
export async function sumsByClient(db: Db, agencyId: string, periods: ClientPeriod[]) {
  if (periods.length === 0) return { sums: [], outcomes: [] };
  const payload = JSON.stringify(periods);
  const ranges = Prisma.sql`jsonb_to_recordset(${payload}::jsonb) AS p("clientId" text, "prevFrom" date, "curFrom" date, "curTo" date)`;
  const join = Prisma.sql`JOIN "CallRollupDay" r ON r."agencyId" = ${agencyId} AND r."clientId" = p."clientId" AND r."day" >= p."prevFrom" AND r."day" < p."curTo"`;
  const [sums, outcomes] = await Promise.all([
    db.$queryRaw<(RollupLike & { clientId: string; isCurrent: boolean })[]>`
      SELECT p."clientId", r."day" >= p."curFrom" AS "isCurrent", ${SUMS} FROM ${ranges} ${join} GROUP BY 1, 2`,
    db.$queryRaw<{ clientId: string; isCurrent: boolean; code: string; count: number }[]>`
      SELECT p."clientId", r."day" >= p."curFrom" AS "isCurrent", o.key AS "code", SUM(o.value::int)::int AS "count"
      FROM ${ranges} ${join} CROSS JOIN LATERAL jsonb_each_text(r."outcomes") o WHERE r."outcomes" <> '{}'::jsonb GROUP BY 1, 2, 3`,
  ]);
  return { sums, outcomes };
}
