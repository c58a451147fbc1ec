import { localDate, resolvePeriod, type Range } from "../metrics/periods";

export type DigestFrequency = "DAILY" | "WEEKLY";

/** ISO-8601 week of a calendar date ("2026-W48"): the week's Thursday decides the year. */
export function isoWeekKey(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  day.setUTCDate(day.getUTCDate() - weekday + 3); // that week's Thursday
  const year = day.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The period a digest reports on at `now`: the one that just ended in the client's zone (yesterday, or last
 * week Monday to Sunday), with the key stored in `digestLastPeriod` so each is sent once.
 */
export function digestPeriod(frequency: DigestFrequency, timeZone: string, now: Date): { key: string; period: "yesterday" | "lastWeek"; range: Range } {
  const period = frequency === "DAILY" ? "yesterday" : "lastWeek";
  const range = resolvePeriod(period, timeZone, now).current;
  const first = localDate(range.from, timeZone);
  return { key: frequency === "DAILY" ? first : isoWeekKey(first), period, range };
}
