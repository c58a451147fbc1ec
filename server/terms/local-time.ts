import { TZDate } from "@date-fns/tz";

/**
 * A person enters dates and times in the client's time zone (a new script "from Monday 09:00" means the
 * client's Monday morning); the database keeps UTC instants. These two functions convert between the
 * "YYYY-MM-DDTHH:MM" of a datetime-local input and an instant.
 */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a local date and time in a zone, or null when malformed. A time skipped by a DST jump
 * (02:30 on a spring-forward night) resolves to the instant just after the jump.
 */
export function zonedLocalToInstant(local: string, timezone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, timezone);
  if (date.getMonth() !== month - 1) return null; // 2026-02-30 rolled into March
  return new Date(date.getTime());
}

/** The "YYYY-MM-DDTHH:MM" wall-clock time of an instant in a zone (to prefill a datetime-local input). */
export function instantToZonedLocal(instant: Date, timezone: string): string {
  const d = new TZDate(instant.getTime(), timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
