import { TZDate } from "@date-fns/tz";

/**
 * Wall-clock dates and times in a client's IANA time zone, and the UTC instants they name. Rosters are
 * entered and shown in the client's zone (an on-call shift "from 18:00" means 18:00 where the client is),
 * and stored as UTC instants. Dates are "YYYY-MM-DD" strings and times "HH:mm", as <input type="date">
 * and <input type="time"> give them, so nothing here depends on the zone of the machine it runs on.
 */

export type LocalDateTime = { date: string; time: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The calendar parts of "YYYY-MM-DD", or null when it is not a real date (2026-02-30). */
export function parseLocalDate(date: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function parseLocalTime(time: string): { hour: number; minute: number } | null {
  const m = TIME.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a wall-clock date and time name in `timeZone`. In the hour the clocks go back a time
 * happens twice: the first (summer-time) occurrence is taken. In the hour the clocks go forward a time
 * does not exist at all: the result is `{ gap: true }`, so the form can say so instead of silently
 * moving the shift by an hour.
 */
export function localToInstant(date: string, time: string, timeZone: string): { instant: Date } | { gap: true } | null {
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  if (!d || !t) return null;
  const zoned = new TZDate(d.year, d.month - 1, d.day, t.hour, t.minute, timeZone);
  // TZDate moves a non-existent time forward by the size of the jump: the wall clock no longer matches.
  if (zoned.getDate() !== d.day || zoned.getHours() !== t.hour || zoned.getMinutes() !== t.minute) return { gap: true };
  return { instant: new Date(zoned.getTime()) };
}

/** Like localToInstant, for bounds of periods: a midnight that does not exist becomes the first minute that does. */
export function localStartOfDay(date: string, timeZone: string): Date {
  const d = parseLocalDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  return new Date(new TZDate(d.year, d.month - 1, d.day, 0, 0, timeZone).getTime());
}

/** The wall-clock date and time of an instant in `timeZone`. */
export function instantToLocal(instant: Date, timeZone: string): LocalDateTime {
  const z = new TZDate(instant.getTime(), timeZone);
  return {
    date: `${pad(z.getFullYear(), 4)}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`,
    time: `${pad(z.getHours())}:${pad(z.getMinutes())}`,
  };
}

/** Today's date where the client is. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  return instantToLocal(now, timeZone).date;
}

/** A calendar date `days` later (or earlier): pure calendar arithmetic, no zone involved. */
export function addDays(date: string, days: number): string {
  const d = parseLocalDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const moved = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** The Monday of the ISO week a date falls in. */
export function mondayOf(date: string): string {
  const d = parseLocalDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The same wall-clock time `days` calendar days later in `timeZone` (a shift from 18:00 copied a week on
 * still starts at 18:00, even when the clocks changed in between). Null when that time falls in a gap.
 */
export function shiftLocalDays(instant: Date, days: number, timeZone: string): Date | null {
  const local = instantToLocal(instant, timeZone);
  const moved = localToInstant(addDays(local.date, days), local.time, timeZone);
  return moved && "instant" in moved ? moved.instant : null;
}
