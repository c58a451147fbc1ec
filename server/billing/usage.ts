import type { Db, Tx } from "../db";

/**
 * CONTRACT (owned by the RATING helper): rates a settled call into exactly one UsageRecord (kind CALL) under the
 * client's plan version in force at the call's start, and marks it for the meter-event sender, in the caller's
 * transaction. No plan → nothing. Not settled → nothing (the sweep retries). Returns whether it created the record.
 */
export async function rateSettledCall(_tx: Tx, _callId: string): Promise<boolean> {
  return false;
}

/** CONTRACT: the every-minute sweep for settled calls no hook rated. Returns how many it rated. */
export async function rateDueCalls(_db: Db, _limit = 2000): Promise<number> {
  return 0;
}
