import { FINAL_STATUSES, heatmap, metricsFromCalls, rollupDelta, type CallFacts, type Metrics, type RollupOptions } from "./metrics";
import { datesInRange, localDate, type Range } from "./periods";

/**
 * A client's dashboard figures straight from its calls, with the same definitions: the raw scan the
 * rollups are benchmarked against, and the reference the dashboard read from the rollups is tested
 * against (both must give the very same object). Pure.
 */
export type DashboardFigures = {
  current: Metrics;
  previous: Metrics;
  days: { date: string; answered: number; abandoned: number; shortAbandoned: number; voicemail: number; afterHours: number; serviceLevel: number | null }[];
  heatmap: number[][];
  outcomes: { code: string; label: string; count: number }[];
};

export function dashboardFromCalls(
  calls: readonly CallFacts[],
  q: { current: Range; previous: Range; timeZone: string; opts: RollupOptions | ((call: CallFacts) => RollupOptions); labels?: ReadonlyMap<string, string> },
): DashboardFigures {
  const inRange = (r: Range) => calls.filter((c) => c.startedAt >= r.from && c.startedAt < r.to);
  const cur = inRange(q.current);
  const current = metricsFromCalls(cur, q.opts);
  const byDay = new Map<string, CallFacts[]>();
  for (const c of cur) {
    const day = localDate(c.startedAt, q.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  const optsOf = typeof q.opts === "function" ? q.opts : () => q.opts as RollupOptions;
  const final = cur.filter((c) => (FINAL_STATUSES as readonly string[]).includes(c.status));
  return {
    current,
    previous: metricsFromCalls(inRange(q.previous), q.opts),
    days: datesInRange(q.current, q.timeZone).map((date) => {
      const m = metricsFromCalls(byDay.get(date) ?? [], q.opts);
      return { date, answered: m.answered, abandoned: m.abandoned, shortAbandoned: m.shortAbandoned, voicemail: m.voicemail, afterHours: m.afterHours, serviceLevel: m.serviceLevel };
    }),
    heatmap: heatmap(final.map((c) => rollupDelta(c, optsOf(c))), q.timeZone),
    outcomes: Object.entries(current.outcomes)
      .map(([code, count]) => ({ code, label: q.labels?.get(code) ?? code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}
