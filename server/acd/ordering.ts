/**
 * The ACD's ordering rules as pure functions: which waiting call is served first, and which operator gets
 * it. assign.ts locks a batch of waiting calls and idle operators (SKIP LOCKED, so that two instances never
 * offer one call twice) and matches them with these functions, which are unit-tested.
 */
export type WaitingCall = { id: string; hotlineId: string; clientId: string; language: string; priority: number; queuedAt: Date };

export type Candidate = {
  userId: string;
  presence: string;
  /** Null while an offer is ringing for them (or not AVAILABLE): such an operator is not offered another. */
  idleSince: Date | null;
  currentCallId: string | null;
  languages: readonly string[];
  skills: readonly { hotlineId: string | null; clientId: string | null; level: number }[];
};

/** Highest hotline priority first, then the longest wait; ties by id so the order is total. */
export function compareCalls(a: WaitingCall, b: WaitingCall): number {
  return b.priority - a.priority || a.queuedAt.getTime() - b.queuedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function pickNextCall<T extends WaitingCall>(calls: readonly T[]): T | null {
  return [...calls].sort(compareCalls)[0] ?? null;
}

/** The operator's best level for this call: a skill for its hotline or for its whole client; null: none. */
export function skillLevel(candidate: Pick<Candidate, "skills">, call: Pick<WaitingCall, "hotlineId" | "clientId">): number | null {
  const levels = candidate.skills.filter((s) => s.hotlineId === call.hotlineId || s.clientId === call.clientId).map((s) => s.level);
  return levels.length ? Math.max(...levels) : null;
}

/** Can take this call now: AVAILABLE, idle (no ringing offer, no call), speaks its language, has a skill, has not refused it. */
export function isEligible(candidate: Candidate, call: WaitingCall, refusedBy: ReadonlySet<string> = new Set()): boolean {
  return (
    candidate.presence === "AVAILABLE" &&
    candidate.idleSince !== null &&
    candidate.currentCallId === null &&
    candidate.languages.includes(call.language) &&
    skillLevel(candidate, call) !== null &&
    !refusedBy.has(candidate.userId)
  );
}

/** Eligible operators for a call, best first: highest level, then the longest idle. */
export function rankOperators<T extends Candidate>(candidates: readonly T[], call: WaitingCall, refusedBy: ReadonlySet<string> = new Set()): T[] {
  return candidates
    .filter((c) => isEligible(c, call, refusedBy))
    .sort((a, b) => skillLevel(b, call)! - skillLevel(a, call)! || a.idleSince!.getTime() - b.idleSince!.getTime() || (a.userId < b.userId ? -1 : 1));
}

/** Two misses in a row send the operator on a break: they are probably not at their desk. */
export const MISSES_BEFORE_BREAK = 2;
export function breakAfterMiss(recentStatuses: readonly string[]): boolean {
  return recentStatuses.length >= MISSES_BEFORE_BREAK && recentStatuses.slice(0, MISSES_BEFORE_BREAK).every((s) => s === "EXPIRED");
}

/** A transfer goes to a phone number in E.164 only. */
export const isE164 = (to: string) => /^\+[1-9]\d{6,14}$/.test(to);
