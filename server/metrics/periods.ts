import { TZDate } from "@date-fns/tz";

/**
 * The report periods, as half-open instant ranges [from, to) between LOCAL midnights of a zone: a day is
 * the calendar day the client lives in (23 or 25 hours on a DST change), weeks start on Monday. The
 * "this …" periods run to the end of the day/week/month (the part still ahead simply has no calls), so
 * the charts keep the shape of the whole period. Pure: no clock, no database.
 */
export const PERIOD_KEYS = ["today", "yesterday", "thisWeek", "lastWeek", "thisMonth", "lastMonth", "custom"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export type IsoDate = string; // YYYY-MM-DD
export type CustomRange = { from: IsoDate; to: IsoDate };
export type Range = { from: Date; to: Date };
export type ResolvedPeriod = { current: Range; previous: Range };

/** Longest custom range a dashboard is asked for (a year and a bit: a full year compared to the one before). */
export const MAX_CUSTOM_DAYS = 400;

type Ymd = { y: number; m: number; d: number }; // m is 0-based, d may overflow (Date arithmetic normalises it)

const midnight = (p: Ymd, timeZone: string) => new Date(new TZDate(p.y, p.m, p.d, 0, 0, 0, timeZone).getTime());

function localYmd(instant: Date, timeZone: string): Ymd & { weekday: number } {
  const z = new TZDate(instant.getTime(), timeZone);
  // getDay: 0 = Sunday; weekday: 0 = Monday.
  return { y: z.getFullYear(), m: z.getMonth(), d: z.getDate(), weekday: (z.getDay() + 6) % 7 };
}

export function parseIsoDate(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const check = new Date(Date.UTC(y, m, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m && check.getUTCDate() === d ? { y, m, d } : null;
}

/** Whole calendar days from `a` to `b` (both YYYY-MM-DD), independent of any zone. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m, b.d) - Date.UTC(a.y, a.m, a.d)) / 86_400_000);
}

/** Days [start, start + days) and the same number of days just before. */
function dayRanges(start: Ymd, days: number, timeZone: string): ResolvedPeriod {
  const at = (offset: number) => midnight({ ...start, d: start.d + offset }, timeZone);
  return { current: { from: at(0), to: at(days) }, previous: { from: at(-days), to: at(0) } };
}

/** A calendar month and the month before it (months differ in length: the previous month is what people compare to). */
function monthRanges(y: number, m: number, timeZone: string): ResolvedPeriod {
  const at = (dm: number) => midnight({ y, m: m + dm, d: 1 }, timeZone);
  return { current: { from: at(0), to: at(1) }, previous: { from: at(-1), to: at(0) } };
}

export function resolvePeriod(key: PeriodKey, timeZone: string, now: Date, custom?: CustomRange): ResolvedPeriod {
  const today = localYmd(now, timeZone);
  const monday = { ...today, d: today.d - today.weekday };
  switch (key) {
    case "today":
      return dayRanges(today, 1, timeZone);
    case "yesterday":
      return dayRanges({ ...today, d: today.d - 1 }, 1, timeZone);
    case "thisWeek":
      return dayRanges(monday, 7, timeZone);
    case "lastWeek":
      return dayRanges({ ...monday, d: monday.d - 7 }, 7, timeZone);
    case "thisMonth":
      return monthRanges(today.y, today.m, timeZone);
    case "lastMonth":
      return monthRanges(today.y, today.m - 1, timeZone);
    case "custom": {
      const from = custom && parseIsoDate(custom.from);
      const to = custom && parseIsoDate(custom.to);
      if (!from || !to) throw new RangeError("periods.customInvalid");
      const days = daysBetween(from, to) + 1;
      if (days < 1) throw new RangeError("periods.toBeforeFrom");
      if (days > MAX_CUSTOM_DAYS) throw new RangeError("periods.tooLong");
      return dayRanges(from, days, timeZone);
    }
  }
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const { y, m, d } = localYmd(instant, timeZone);
  return `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Every local date in [from, to) — the x axis of "calls per day", a day without calls included. */
export function datesInRange(range: Range, timeZone: string): IsoDate[] {
  const first = localYmd(range.from, timeZone);
  const out: IsoDate[] = [];
  for (let i = 0; ; i++) {
    const start = midnight({ ...first, d: first.d + i }, timeZone);
    if (start.getTime() >= range.to.getTime()) return out;
    out.push(localDate(start, timeZone));
  }
}

/** A resolved period as local dates: previous [previousFrom, currentFrom), current [currentFrom, to). */
export type PeriodDates = { previousFrom: IsoDate; currentFrom: IsoDate; to: IsoDate };
export const periodDates = (p: ResolvedPeriod, timeZone: string): PeriodDates => ({
  previousFrom: localDate(p.previous.from, timeZone),
  currentFrom: localDate(p.current.from, timeZone),
  to: localDate(p.current.to, timeZone),
});

/** The earliest and latest zones (UTC−12, UTC+14): "today" anywhere lies between their two todays. */
const EDGE_ZONES = ["Etc/GMT+12", "Etc/GMT-14"] as const;

/**
 * The local dates [from, to) that hold the period and the one before in ANY zone: whatever the zone, its today lies
 * between the todays of the two edge zones, and every period moves with today, so the union of theirs covers it.
 * Lets one statement fetch a client's day rows before its zone is known (a day or two more than needed).
 */
export function anyZoneDates(key: PeriodKey, now: Date, custom?: CustomRange): { from: IsoDate; to: IsoDate } {
  const [a, b] = EDGE_ZONES.map((z) => periodDates(resolvePeriod(key, z, now, custom), z)) as [PeriodDates, PeriodDates];
  return { from: a.previousFrom < b.previousFrom ? a.previousFrom : b.previousFrom, to: a.to > b.to ? a.to : b.to };
}
