import { addDays, localStartOfDay, mondayOf } from "./local-time";
import type { Interval } from "./rules";

type RosterEntry = Interval & { id: string; escalationOrder: number };

const byOrderThenStart = (a: RosterEntry, b: RosterEntry) =>
  a.escalationOrder - b.escalationOrder || a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id);

/**
 * Who is on call at `instant`: the entries whose [start, end) covers it, in the order they are called
 * (escalation order 1 first; two people with one order, which the rules prevent but old data may hold,
 * by the earlier start). An entry ending at 09:00 no longer covers 09:00: the next shift does.
 */
export function onCallAt<T extends RosterEntry>(entries: readonly T[], instant: Date): T[] {
  const at = instant.getTime();
  return entries.filter((e) => e.startsAt.getTime() <= at && at < e.endsAt.getTime()).sort(byOrderThenStart);
}

/** How an entry sits in one day of the agenda: whole inside it, or the start, middle or end of a longer shift. */
export type DaySegment = "within" | "starts" | "continues" | "ends";

export type RosterDay<T> = {
  /** "YYYY-MM-DD" in the client's zone. */
  date: string;
  items: { entry: T; segment: DaySegment }[];
};

export type RosterWeek<T> = { weekStart: string; days: RosterDay<T>[] };

/**
 * The agenda: every day of the period in the client's zone, each with the entries that touch it (a
 * shift over several days shows on each, marked as starting, continuing or ending), ordered by the
 * time they start that day and then by escalation order. Days with nobody are kept: a gap in the
 * roster is worth seeing.
 */
export function rosterDays<T extends RosterEntry>(entries: readonly T[], period: { from: string; days: number; timeZone: string }): RosterDay<T>[] {
  const out: RosterDay<T>[] = [];
  for (let i = 0; i < period.days; i++) {
    const date = addDays(period.from, i);
    const dayStart = localStartOfDay(date, period.timeZone).getTime();
    const dayEnd = localStartOfDay(addDays(date, 1), period.timeZone).getTime();
    const touching = entries.filter((e) => e.startsAt.getTime() < dayEnd && dayStart < e.endsAt.getTime());
    const startOfDay = (e: T) => Math.max(e.startsAt.getTime(), dayStart);
    touching.sort((a, b) => startOfDay(a) - startOfDay(b) || byOrderThenStart(a, b));
    out.push({
      date,
      items: touching.map((entry) => {
        const startsHere = entry.startsAt.getTime() >= dayStart;
        // A shift ending at midnight covers the whole of its last day: "all day", not "until 00:00".
        const endsHere = entry.endsAt.getTime() < dayEnd;
        const segment: DaySegment = startsHere && endsHere ? "within" : startsHere ? "starts" : endsHere ? "ends" : "continues";
        return { entry, segment };
      }),
    });
  }
  return out;
}

/** The agenda's days in ISO weeks (Monday first), for week headings and "copy the previous week". */
export function rosterWeeks<T>(days: readonly RosterDay<T>[]): RosterWeek<T>[] {
  const weeks: RosterWeek<T>[] = [];
  for (const day of days) {
    const weekStart = mondayOf(day.date);
    const last = weeks.at(-1);
    if (last && last.weekStart === weekStart) last.days.push(day);
    else weeks.push({ weekStart, days: [day] });
  }
  return weeks;
}

/** The UTC bounds of a period of whole days in the client's zone, for the database query. */
export function periodBounds(period: { from: string; days: number; timeZone: string }): Interval {
  return { startsAt: localStartOfDay(period.from, period.timeZone), endsAt: localStartOfDay(addDays(period.from, period.days), period.timeZone) };
}
