/**
 * Expiry of compliance documents, on calendar dates. A document "valid until" a date is valid through that
 * whole day; dates are kept as UTC midnights (Postgres `date`), and "today" is the calendar date in the
 * agency's time zone, so the badge turns and the reminder goes out on the agency's own day.
 */
export const EXPIRING_WITHIN_DAYS = 30;
/** Reminder thresholds in days before expiry, each e-mailed once: the 30-day notice, then the 7-day one. */
export const REMINDER_THRESHOLDS = [30, 7] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

export type ExpiryStatus = "valid" | "expiring" | "expired" | "none";

const DAY_MS = 86_400_000;

/** The calendar date `instant` falls on in `timeZone`, as a UTC midnight. */
export function calendarDateIn(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(get("year"), get("month") - 1, get("day")));
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** `YYYY-MM-DD` of a calendar date kept as a UTC midnight. */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` string as the UTC midnight Postgres `date` columns use; empty means none. */
export function fromDateString(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** The badge: no expiry date, expired (the day after `validUntil`), expiring within 30 days, or valid. */
export function expiryOf(validUntil: Date | null, today: Date): { status: ExpiryStatus; daysLeft: number | null } {
  if (!validUntil) return { status: "none", daysLeft: null };
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return { status: "expired", daysLeft };
  return { status: daysLeft <= EXPIRING_WITHIN_DAYS ? "expiring" : "valid", daysLeft };
}

/**
 * Which reminder is due with `daysLeft` days to go: the 7-day one from 7 days down to the last day, the
 * 30-day one from 30 down to 8, none otherwise. A document added with 5 days left gets only the 7-day one.
 */
export function reminderThreshold(daysLeft: number): ReminderThreshold | null {
  if (daysLeft < 0) return null;
  if (daysLeft <= 7) return 7;
  if (daysLeft <= 30) return 30;
  return null;
}
