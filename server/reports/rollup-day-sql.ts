import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { DEFAULT_SLA_SECONDS, rollupDelta, type RollupLike } from "../metrics/metrics";
import { mergeCounters, type FactsRow } from "./rollup-sql";

/**
 * The local-day layer (CallRollupDay): the claimed calls summed per (hotline, local date of the client), with the
 * calls per local hour of that day (`hourlyCalls`, 24 entries) so that the heatmap needs no hour rows. The figures
 * come from rollupDelta like the 15-minute layer's; SQL only adds them up.
 */
export const HOURS = 24;
export type DayDelta = Omit<RollupLike, "outcomes"> & {
  agencyId: string; clientId: string; hotlineId: string; day: string; outcomes: Record<string, number>; hourlyCalls: number[];
};

const SUMMED = ["offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "talkSeconds", "wrapUpSeconds"] as const;

/** One row per (hotline, day), in a fixed order (hotline, day) so that two transactions lock them alike. */
export function deltasByDay(rows: readonly FactsRow[]): DayDelta[] {
  const byKey = new Map<string, DayDelta>();
  for (const r of rows) {
    const { bucketStart: _, ...d } = rollupDelta(r, { slaSeconds: r.slaSeconds ?? DEFAULT_SLA_SECONDS, shortAbandonSeconds: r.shortAbandonSeconds });
    const key = `${r.hotlineId}|${r.localDay}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = { ...d, outcomes: {}, maxWaitSeconds: 0, agencyId: r.agencyId, clientId: r.clientId, hotlineId: r.hotlineId, day: r.localDay, hourlyCalls: Array<number>(HOURS).fill(0) };
      for (const k of SUMMED) acc[k] = 0;
      byKey.set(key, acc);
    }
    for (const k of SUMMED) acc[k] += d[k];
    acc.maxWaitSeconds = Math.max(acc.maxWaitSeconds, d.maxWaitSeconds);
    for (const [code, n] of Object.entries(d.outcomes)) acc.outcomes[code] = (acc.outcomes[code] ?? 0) + n;
    acc.hourlyCalls[r.localHour]! += d.offered + d.afterHours;
  }
  return [...byKey.values()].sort((a, b) => (a.hotlineId < b.hotlineId ? -1 : a.hotlineId > b.hotlineId ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Adds the deltas to their day rows (created at the first call of the day). */
export async function incrementDays(tx: Tx, deltas: readonly DayDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const T = Prisma.raw(`"CallRollupDay"`);
  await tx.$executeRaw`
    INSERT INTO ${T} ("agencyId", "clientId", "hotlineId", "day", "offered", "answered", "abandoned", "shortAbandoned",
      "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", "outcomes", "hourlyCalls")
    SELECT "agencyId", "clientId", "hotlineId", "day", "offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail",
      "afterHours", "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds", "outcomes",
      ARRAY(SELECT h::int FROM jsonb_array_elements_text("hourlyCalls") h)
    FROM jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) AS r("agencyId" text, "clientId" text, "hotlineId" text, "day" date,
      "offered" int, "answered" int, "abandoned" int, "shortAbandoned" int, "answeredInSla" int, "voicemail" int, "afterHours" int,
      "answerWaitSeconds" int, "maxWaitSeconds" int, "talkSeconds" int, "wrapUpSeconds" int, "outcomes" jsonb, "hourlyCalls" jsonb)
    ON CONFLICT ("hotlineId", "day") DO UPDATE SET
      ${mergeCounters(T)},
      "hourlyCalls" = ARRAY(SELECT a + b FROM unnest(${T}."hourlyCalls", EXCLUDED."hourlyCalls") WITH ORDINALITY AS u(a, b, i) ORDER BY i)`;
}

/** SQL for the 24 per-hour sums of `calls` (an expression) grouped over rows carrying a local hour `hr`. */
export const hourlySums = (calls: Prisma.Sql) =>
  Prisma.sql`ARRAY[${Prisma.join(Array.from({ length: HOURS }, (_, h) => Prisma.sql`COALESCE(sum(${calls}) FILTER (WHERE hr = ${Prisma.raw(String(h))}), 0)::int`))}]`;
