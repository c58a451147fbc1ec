import { TZDate } from "@date-fns/tz";
import { WEEKDAYS, type Weekday } from "../../terms/hours";

/**
 * Local wall-clock parts of an instant in a zone, like server/terms/hours.ts localParts, but fast enough to rate
 * a million calls: the zone's UTC offset is looked up once per zone and quarter hour (offsets change only on
 * quarter-hour boundaries, DST included) and the parts come from plain UTC arithmetic on the shifted instant.
 */
const QUARTER = 15 * 60_000;
const offsets = new Map<string, number>();

function offsetMs(instant: number, timezone: string): number {
  const key = `${timezone}|${Math.floor(instant / QUARTER)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = -new TZDate(instant, timezone).getTimezoneOffset() * 60_000;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function zonedParts(instant: Date, timezone: string): { year: number; month: number; day: number; weekday: Weekday; minute: number } {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), timezone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: WEEKDAYS[(local.getUTCDay() + 6) % 7]!,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}
