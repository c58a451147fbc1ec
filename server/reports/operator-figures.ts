/** What the per-operator report needs of one answered call (agency side only: operators are staff). */
export type OperatorCallFacts = {
  operatorUserId: string;
  talkSeconds: number | null;
  /** Seconds from the start of wrap-up to the outcome's submission (null while not submitted). */
  wrapUpSeconds: number | null;
  outcome: string | null;
};

/** One stretch of presence (PresenceLog): any state but OFFLINE counts as logged in. */
export type PresenceSpan = { userId: string; state: string; startedAt: Date; endedAt: Date | null };

export type OperatorFigures = {
  userId: string;
  calls: number;
  talkSeconds: number;
  wrapUpSeconds: number;
  /** (talk + wrap-up) ÷ calls. */
  ahtSeconds: number | null;
  loggedInSeconds: number;
  /** Handle time ÷ logged-in time, 0..1; null without presence in the range. */
  occupancy: number | null;
  outcomes: Record<string, number>;
};

/** Seconds a span overlaps [from, to), an open span running until `now`. */
function overlapSeconds(span: PresenceSpan, from: Date, to: Date, now: Date): number {
  const start = Math.max(span.startedAt.getTime(), from.getTime());
  const end = Math.min((span.endedAt ?? now).getTime(), to.getTime());
  return Math.max(0, (end - start) / 1000);
}

/**
 * Per-operator figures over a range: answered calls, handle time, occupancy and outcomes. Every operator
 * in `userIds` gets a row (an operator without calls shows zeros, not nothing).
 */
export function operatorFigures(
  userIds: string[],
  calls: OperatorCallFacts[],
  presence: PresenceSpan[],
  range: { from: Date; to: Date },
  now: Date,
): OperatorFigures[] {
  const rows = new Map<string, OperatorFigures>(
    userIds.map((userId) => [userId, { userId, calls: 0, talkSeconds: 0, wrapUpSeconds: 0, ahtSeconds: null, loggedInSeconds: 0, occupancy: null, outcomes: {} }]),
  );
  for (const c of calls) {
    const row = rows.get(c.operatorUserId);
    if (!row) continue;
    row.calls++;
    row.talkSeconds += c.talkSeconds ?? 0;
    row.wrapUpSeconds += c.wrapUpSeconds ?? 0;
    if (c.outcome) row.outcomes[c.outcome] = (row.outcomes[c.outcome] ?? 0) + 1;
  }
  for (const p of presence) {
    const row = rows.get(p.userId);
    if (row && p.state !== "OFFLINE") row.loggedInSeconds += overlapSeconds(p, range.from, range.to, now);
  }
  for (const row of rows.values()) {
    const handle = row.talkSeconds + row.wrapUpSeconds;
    row.ahtSeconds = row.calls > 0 ? handle / row.calls : null;
    row.loggedInSeconds = Math.round(row.loggedInSeconds);
    row.occupancy = row.loggedInSeconds > 0 ? Math.min(1, handle / row.loggedInSeconds) : null;
  }
  return [...rows.values()];
}
