import type { Db } from "../db";

export const LOCKOUT_MAX_FAILURES = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;

/**
 * Pure rule: given the most recent failures (newest first), when does the lock end, if there is one?
 * Ten failures within 15 minutes lock the e-mail for 15 minutes from the tenth.
 */
export function lockedUntil(recentFailures: Date[], now: Date): Date | null {
  if (recentFailures.length < LOCKOUT_MAX_FAILURES) return null;
  const newest = recentFailures[0]!;
  const tenth = recentFailures[LOCKOUT_MAX_FAILURES - 1]!;
  if (newest.getTime() - tenth.getTime() > LOCKOUT_WINDOW_MS) return null;
  const until = new Date(newest.getTime() + LOCKOUT_DURATION_MS);
  return until > now ? until : null;
}

/** Failures live in PostgreSQL so that every app instance sees the same count. */
export async function checkLock(db: Db, email: string, now = new Date()): Promise<Date | null> {
  const rows = await db.signInAttempt.findMany({
    where: { email, createdAt: { gt: new Date(now.getTime() - LOCKOUT_WINDOW_MS - LOCKOUT_DURATION_MS) } },
    orderBy: { createdAt: "desc" },
    take: LOCKOUT_MAX_FAILURES,
    select: { createdAt: true },
  });
  return lockedUntil(rows.map((r) => r.createdAt), now);
}

export async function recordFailure(db: Db, email: string): Promise<void> {
  await db.signInAttempt.create({ data: { email } });
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { email } });
}
