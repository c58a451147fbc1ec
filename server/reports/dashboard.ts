import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { EMPTY_METRICS, metricsFromRollups, type Metrics, type RollupLike } from "../metrics/metrics";
import { anyZoneDates, datesInRange, periodDates, resolvePeriod, type CustomRange, type PeriodKey, type Range } from "../metrics/periods";
import { readDashboard, type DayRow } from "./dashboard-sql";
import { sumsByClient } from "./rollup-read";

/**
 * The dashboards, read from the rollups — a client's and the agency overview from CallRollupDay (the client's local
 * days) — never from the calls: that is what keeps a month of a busy client fast. Callers pass ids they already
 * resolved inside the tenant; the client is looked up inside the agency again here, and a hotline inside the
 * client, so a foreign id is NOT_FOUND.
 */
export type DashboardDay = { date: string; answered: number; abandoned: number; shortAbandoned: number; voicemail: number; afterHours: number; serviceLevel: number | null };
export type ClientDashboard = {
  timeZone: string;
  currency: string;
  /** The client's hotlines (a picker when there are several) and the one the figures are for (null: all). */
  hotlines: { id: string; name: string }[];
  hotlineId: string | null;
  range: Range;
  previousRange: Range;
  current: Metrics;
  previous: Metrics;
  sla: { percent: number; seconds: number } | null;
  days: DashboardDay[];
  heatmap: number[][];
  outcomes: { code: string; label: string; count: number }[];
};

type Counts = { code: string; count: number }[];
/** Outcome counts as one more (otherwise empty) bucket, so metricsFromRollups merges them like any other. */
const outcomeRow = (counts: Counts): RollupLike => ({ ...ZERO, outcomes: Object.fromEntries(counts.map((c) => [c.code, c.count])) });
const ZERO = { offered: 0, answered: 0, abandoned: 0, shortAbandoned: 0, answeredInSla: 0, voicemail: 0, afterHours: 0, answerWaitSeconds: 0, maxWaitSeconds: 0, talkSeconds: 0, wrapUpSeconds: 0, outcomes: {} };

export async function clientDashboard(
  db: Db,
  q: { agencyId: string; clientId: string; period: PeriodKey; custom?: CustomRange; hotlineId?: string; now?: Date },
): Promise<ClientDashboard> {
  const now = q.now ?? new Date();
  // One round trip: the client inside the agency, its hotlines, its terms in force and the day rows of the dates
  // that hold the period in any zone; the exact period is resolved below, once the zone is known.
  const read = await readDashboard(db, { agencyId: q.agencyId, clientId: q.clientId, hotlineId: q.hotlineId, now, ...anyZoneDates(q.period, now, q.custom) });
  if (!read) throw new AppError("NOT_FOUND", "clientNotFound");
  if (q.hotlineId && !read.hotlines.some((h) => h.id === q.hotlineId)) throw new AppError("NOT_FOUND", "reports.hotlineNotFound", { field: "hotlineId" });
  const timeZone = read.timezone;
  const { current, previous } = resolvePeriod(q.period, timeZone, now, q.custom);
  const dates = periodDates({ current, previous }, timeZone);
  const currentRows = read.days.filter((r) => r.day >= dates.currentFrom && r.day < dates.to);
  const currentMetrics = metricsFromRollups(currentRows);
  const labels = new Map((read.terms?.outcomes ?? []).map((o) => [o.code, o.label]));
  return {
    timeZone,
    currency: read.currency,
    hotlines: read.hotlines,
    hotlineId: q.hotlineId ?? null,
    range: current,
    previousRange: previous,
    current: currentMetrics,
    previous: metricsFromRollups(read.days.filter((r) => r.day >= dates.previousFrom && r.day < dates.currentFrom)),
    // A document written before the SLA section existed has none: no target shown rather than a crash.
    sla: read.terms?.sla ? { percent: read.terms.sla.answeredPercent, seconds: read.terms.sla.withinSeconds } : null,
    days: perDay(currentRows, current, timeZone),
    heatmap: hourGrid(currentRows),
    outcomes: Object.entries(currentMetrics.outcomes)
      .map(([code, count]) => ({ code, label: labels.get(code) ?? code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

/** Every local day of the period (a day without calls included), with its own figures (all hotlines' rows of it). */
function perDay(rows: DayRow[], range: Range, timeZone: string): DashboardDay[] {
  const byDay = new Map<string, DayRow[]>();
  for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  return datesInRange(range, timeZone).map((date) => {
    const dayRows = byDay.get(date);
    const m = dayRows ? metricsFromRollups(dayRows) : EMPTY_METRICS;
    return { date, answered: m.answered, abandoned: m.abandoned, shortAbandoned: m.shortAbandoned, voicemail: m.voicemail, afterHours: m.afterHours, serviceLevel: m.serviceLevel };
  });
}

/** The same grid as metrics.heatmap (calls by local weekday, 0 = Monday, and hour), from the days' calls per hour. */
function hourGrid(rows: DayRow[]): number[][] {
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const r of rows) {
    const [y, m, d] = r.day.split("-").map(Number) as [number, number, number];
    const row = grid[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
    r.hourlyCalls.forEach((n, hour) => (row[hour]! += n));
  }
  return grid;
}

export type ClientOverview = { id: string; slug: string; name: string; timeZone: string; current: Metrics; previous: Metrics };

/** All the agency's clients side by side, each over the period in its own time zone. */
export async function agencyOverview(db: Db, q: { agencyId: string; period: PeriodKey; custom?: CustomRange; now?: Date }): Promise<{ clients: ClientOverview[] }> {
  const now = q.now ?? new Date();
  const clients = await db.client.findMany({ where: { agencyId: q.agencyId }, select: { id: true, slug: true, name: true, timezone: true }, orderBy: { name: "asc" } });
  const periods = clients.map((c) => {
    const d = periodDates(resolvePeriod(q.period, c.timezone, now, q.custom), c.timezone);
    return { clientId: c.id, prevFrom: d.previousFrom, curFrom: d.currentFrom, curTo: d.to };
  });
  const { sums, outcomes } = await sumsByClient(db, q.agencyId, periods);
  const rowsOf = (clientId: string, isCurrent: boolean) => [
    ...sums.filter((s) => s.clientId === clientId && s.isCurrent === isCurrent),
    outcomeRow(outcomes.filter((o) => o.clientId === clientId && o.isCurrent === isCurrent)),
  ];
  return {
    clients: clients.map((c) => ({ id: c.id, slug: c.slug, name: c.name, timeZone: c.timezone, current: metricsFromRollups(rowsOf(c.id, true)), previous: metricsFromRollups(rowsOf(c.id, false)) })),
  };
}
