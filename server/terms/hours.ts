import { TZDate } from "@date-fns/tz";

/**
 * Business hours and holidays: pure functions, no database. Hours are wall-clock times in the client's
 * IANA time zone, so an interval "09:00"-"18:00" means nine to six local time on both sides of a DST
 * change. An interval is half-open [start, end); "24:00" is allowed as an end (open until midnight).
 * An interval never crosses midnight: a night shift is "22:00"-"24:00" plus "00:00"-"06:00" next day.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type TimeInterval = { start: string; end: string };
export type WeeklyHours = Record<Weekday, TimeInterval[]>;
export type OpeningHours = { alwaysOpen: boolean; weekly: WeeklyHours };
/** `date` is YYYY-MM-DD; a recurring holiday matches its month and day every year. */
export type Holiday = { date: string; name: string; recurring: boolean; closedAllDay: boolean; intervals: TimeInterval[] };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since midnight, or null when malformed. "24:00" is accepted only when `asEnd`. */
export function parseTime(value: string, asEnd = false): number | null {
  if (asEnd && value === "24:00") return 24 * 60;
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A real calendar date "YYYY-MM-DD" (no 2026-02-30), as numbers; null otherwise. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export type IntervalProblem = { index: number; field: "start" | "end"; problem: "timeFormat" | "endBeforeStart" | "overlap" };

/**
 * What is wrong with one day's intervals, each problem pinned to the interval and field a person must fix:
 * a malformed time, an end not after its start, or an interval overlapping an earlier one (reported on
 * the later interval's start, whatever order they were entered in).
 */
export function intervalProblems(intervals: readonly TimeInterval[]): IntervalProblem[] {
  const problems: IntervalProblem[] = [];
  const valid: { index: number; start: number; end: number }[] = [];
  intervals.forEach((interval, index) => {
    const start = parseTime(interval.start);
    const end = parseTime(interval.end, true);
    if (start === null) problems.push({ index, field: "start", problem: "timeFormat" });
    if (end === null) problems.push({ index, field: "end", problem: "timeFormat" });
    if (start === null || end === null) return;
    if (end <= start) problems.push({ index, field: "end", problem: "endBeforeStart" });
    else valid.push({ index, start, end });
  });
  const sorted = [...valid].sort((a, b) => a.start - b.start || a.index - b.index);
  let reach = -1;
  for (const interval of sorted) {
    if (interval.start < reach) problems.push({ index: interval.index, field: "start", problem: "overlap" });
    reach = Math.max(reach, interval.end);
  }
  return problems;
}

/** The wall-clock date, weekday and minute of an instant in a time zone. */
export function localParts(instant: Date, timezone: string) {
  const local = new TZDate(instant.getTime(), timezone);
  const weekday = WEEKDAYS[(local.getDay() + 6) % 7]!;
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    weekday,
    minute: local.getHours() * 60 + local.getMinutes(),
  };
}

/** The holiday that governs a local date: a one-off one wins over a recurring one on the same day. */
export function holidayOn(holidays: readonly Holiday[], date: { year: number; month: number; day: number }): Holiday | undefined {
  let recurring: Holiday | undefined;
  for (const holiday of holidays) {
    const d = parseIsoDate(holiday.date);
    if (!d || d.month !== date.month || d.day !== date.day) continue;
    if (!holiday.recurring && d.year === date.year) return holiday;
    if (holiday.recurring) recurring ??= holiday;
  }
  return recurring;
}

/**
 * The opening intervals of a local date: a holiday's own hours (none when closed all day) replace the
 * weekday's; otherwise the weekday's hours, or the whole day when the hotline is open around the clock.
 */
export function openIntervalsOn(
  hours: OpeningHours,
  holidays: readonly Holiday[],
  date: { year: number; month: number; day: number; weekday: Weekday },
): TimeInterval[] {
  const holiday = holidayOn(holidays, date);
  if (holiday) return holiday.closedAllDay ? [] : holiday.intervals;
  if (hours.alwaysOpen) return [{ start: "00:00", end: "24:00" }];
  return hours.weekly[date.weekday] ?? [];
}

/** Whether the hotline is open at an instant, judged in the client's time zone (DST correct). */
export function isOpenAt(hours: OpeningHours, holidays: readonly Holiday[], timezone: string, instant: Date): boolean {
  const local = localParts(instant, timezone);
  return openIntervalsOn(hours, holidays, local).some((interval) => {
    const start = parseTime(interval.start);
    const end = parseTime(interval.end, true);
    return start !== null && end !== null && start <= local.minute && local.minute < end;
  });
}

/** The holidays of a list that fall on the same day as an earlier one of the same kind (index list). */
export function duplicateHolidayIndexes(holidays: readonly Holiday[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  holidays.forEach((holiday, index) => {
    const d = parseIsoDate(holiday.date);
    if (!d) return;
    const key = holiday.recurring ? `r:${d.month}-${d.day}` : `o:${holiday.date}`;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}
