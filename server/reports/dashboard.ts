import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { EMPTY_METRICS, heatmap, metricsFromRollups, type Metrics, type RollupLike } from "../metrics/metrics";
import { datesInRange, resolvePeriod, type CustomRange, type PeriodKey, type Range } from "../metrics/periods";
import { versionInForce } from "../terms/versions-read";
import { dashboardSums, type SumRow } from "./dashboard-sql";
import { sumsByClient } from "./rollup-read";

/**
 * The dashboards, read from the rollups — a client's from CallRollupHour (its local hours), the agency
 * overview from CallRollup — never from the calls: that is what keeps a month of a busy client fast.
 * Callers pass ids they already resolved inside the tenant; the client is looked up inside the agency again
 * here, and a hotline inside the client, so a foreign id is NOT_FOUND.
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
  // The client inside the agency with its hotlines (the picker's choices; a hotline asked for must be one of
  // them): one look-up.
  const client = await db.client.findFirst({
    where: { id: q.clientId, agencyId: q.agencyId },
    select: { id: true, timezone: true, currency: true, hotlines: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
  if (!client) throw new AppError("NOT_FOUND", "clientNotFound");
  if (q.hotlineId && !client.hotlines.some((h) => h.id === q.hotlineId)) throw new AppError("NOT_FOUND", "reports.hotlineNotFound", { field: "hotlineId" });
  const now = q.now ?? new Date();
  const timeZone = client.timezone;
  const { current, previous } = resolvePeriod(q.period, timeZone, now, q.custom);
  const [{ sums, outcomes }, terms] = await Promise.all([
    dashboardSums(db, { agencyId: q.agencyId, clientId: client.id, hotlineId: q.hotlineId, timeZone, previousFrom: previous.from, currentFrom: current.from, to: current.to }),
    versionInForce(db, client.id, now),
  ]);

  const totals = (cur: boolean) => metricsFromRollups([...sums.filter((s) => s.cur === cur && s.day === null && s.hour === null), outcomeRow(outcomes.filter((o) => o.cur === cur))]);
  const currentMetrics = totals(true);
  const labels = new Map((terms?.document.outcomes ?? []).map((o) => [o.code, o.label]));
  return {
    timeZone,
    currency: client.currency,
    hotlines: client.hotlines,
    hotlineId: q.hotlineId ?? null,
    range: current,
    previousRange: previous,
    current: currentMetrics,
    previous: totals(false),
    sla: terms ? { percent: terms.document.sla.answeredPercent, seconds: terms.document.sla.withinSeconds } : null,
    days: perDay(sums.filter((s) => s.cur && s.day !== null), current, timeZone),
    heatmap: hourGrid(sums.filter((s) => s.cur && s.hour !== null)),
    outcomes: Object.entries(currentMetrics.outcomes)
      .map(([code, count]) => ({ code, label: labels.get(code) ?? code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

/** Every local day of the period (a day without calls included), with its own figures. */
function perDay(rows: SumRow[], range: Range, timeZone: string): DashboardDay[] {
  const byDay = new Map(rows.map((r) => [r.day!, r]));
  return datesInRange(range, timeZone).map((date) => {
    const row = byDay.get(date);
    const m = row ? metricsFromRollups([row]) : EMPTY_METRICS;
    return { date, answered: m.answered, abandoned: m.abandoned, shortAbandoned: m.shortAbandoned, voicemail: m.voicemail, afterHours: m.afterHours, serviceLevel: m.serviceLevel };
  });
}

/** The same grid as metrics.heatmap, from sums already grouped by local weekday and hour in SQL. */
function hourGrid(rows: SumRow[]): number[][] {
  const grid = heatmap([], "UTC");
  for (const r of rows) grid[r.weekday!]![r.hour!]! += r.offered + r.afterHours;
  return grid;
}

export type ClientOverview = { id: string; slug: string; name: string; timeZone: string; current: Metrics; previous: Metrics };

/** All the agency's clients side by side, each over the period in its own time zone. */
export async function agencyOverview(db: Db, q: { agencyId: string; period: PeriodKey; custom?: CustomRange; now?: Date }): Promise<{ clients: ClientOverview[] }> {
  const now = q.now ?? new Date();
  const clients = await db.client.findMany({ where: { agencyId: q.agencyId }, select: { id: true, slug: true, name: true, timezone: true }, orderBy: { name: "asc" } });
  const periods = clients.map((c) => {
    const { current, previous } = resolvePeriod(q.period, c.timezone, now, q.custom);
    return { clientId: c.id, prevFrom: previous.from, curFrom: current.from, curTo: current.to };
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
