/**
 * The roster's rules that need no database: how far back an entry may start, which entries are the
 * record and no longer change, and which two entries collide.
 */

/** Escalation orders 1 (called first) to 10. */
export const MAX_ESCALATION_ORDER = 10;

/**
 * An entry may start up to this long ago, so a shift already under way (entered late) can be recorded.
 * Further back is history, not a roster.
 */
export const PAST_GRACE_MS = 24 * 60 * 60 * 1000;

/** The longest shift we accept: a mistyped year would otherwise put one person on call for ever. */
export const MAX_ENTRY_MS = 31 * 24 * 60 * 60 * 1000;

export type Interval = { startsAt: Date; endsAt: Date };

export type EntryTimesContext = {
  now: Date;
  /** The stored start of the entry being edited: an entry under way keeps its start however old it is. */
  originalStartsAt?: Date;
};

export type TimesProblem = { field: "startTime" | "endTime"; key: "endBeforeStart" | "tooLong" | "startInPast" | "endInPast" };

/**
 * Why these times are refused, or null. The end is after the start and in the future; the start is at
 * most PAST_GRACE_MS ago unless it is the unchanged start of an entry being edited.
 */
export function entryTimesProblem(times: Interval, ctx: EntryTimesContext): TimesProblem | null {
  const start = times.startsAt.getTime();
  const end = times.endsAt.getTime();
  const now = ctx.now.getTime();
  if (end <= start) return { field: "endTime", key: "endBeforeStart" };
  if (end - start > MAX_ENTRY_MS) return { field: "endTime", key: "tooLong" };
  if (end <= now) return { field: "endTime", key: "endInPast" };
  const unchangedStart = ctx.originalStartsAt?.getTime() === start;
  if (!unchangedStart && start < now - PAST_GRACE_MS) return { field: "startTime", key: "startInPast" };
  return null;
}

/**
 * An entry that has ended is the record of who was on call (the desk and message delivery relied on it),
 * so it is neither edited nor deleted; the audit log would keep the truth anyway, but a roster that
 * rewrites its own past cannot be trusted. Entries under way and future ones may change.
 */
export function isEntryLocked(entry: Interval, now: Date): boolean {
  return entry.endsAt.getTime() <= now.getTime();
}

/** Half-open intervals: one shift may end at 09:00 and the next start at 09:00. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/**
 * The first existing entry that the candidate collides with: the same escalation order at an
 * overlapping time (two people both "called first" at once would leave the desk guessing). `except` is
 * the id of the entry being edited.
 */
export function findOverlap<T extends Interval & { id: string; escalationOrder: number }>(
  existing: readonly T[],
  candidate: Interval & { escalationOrder: number },
  except?: string,
): T | null {
  const hits = existing.filter((e) => e.id !== except && e.escalationOrder === candidate.escalationOrder && overlaps(e, candidate));
  hits.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return hits[0] ?? null;
}
