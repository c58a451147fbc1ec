import { TZDate } from "@date-fns/tz";

/**
 * A range of calendar days picked in a time zone ("from 1 March to 3 March" in the agency's zone) as the
 * half-open instant range [gte, lt) to query timestamps with. Days are whole local days: on a DST change
 * a day is 23 or 25 hours long, which is what a person choosing dates means. `from`/`to` are YYYY-MM-DD,
 * already validated; either may be missing (open range).
 */
export function dayRangeInZone(range: { from?: string | null; to?: string | null }, timeZone: string): { gte?: Date; lt?: Date } {
  const out: { gte?: Date; lt?: Date } = {};
  if (range.from) out.gte = startOfLocalDay(range.from, timeZone, 0);
  if (range.to) out.lt = startOfLocalDay(range.to, timeZone, 1);
  return out;
}

function startOfLocalDay(isoDate: string, timeZone: string, plusDays: number): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + plusDays, 0, 0, timeZone).getTime());
}

/** Today's date (YYYY-MM-DD) in a time zone, shifted by `plusDays`: for the quick ranges of the filters. */
export function localIsoDate(instant: Date, timeZone: string, plusDays = 0): string {
  const z = new TZDate(instant.getTime(), timeZone);
  const d = new TZDate(z.getFullYear(), z.getMonth(), z.getDate() + plusDays, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
