import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";
import { claimDueCalls, recomputeBuckets } from "./rollup-rebuild";
import { deltasByDay, incrementDays } from "./rollup-day-sql";
import { claimCalls, deltasByBucket, DUE, incrementBuckets } from "./rollup-sql";

/**
 * 15-minute rollups per hotline, kept as calls finish, and the same per local day of the client (CallRollupDay,
 * what the dashboards read). Each call is added ONCE: the conditional UPDATE of Call.rolledUpAt (only while NULL)
 * and the increments of both layers run in one transaction, so a completion processed twice, a sweep racing a
 * hook, or two instances sweeping together add a call exactly once — the second claimer waits on the row lock and
 * then finds rolledUpAt set.
 */
const inTx = <T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> =>
  "$transaction" in db ? (db as Db).$transaction(fn) : fn(db as Tx);

async function applyCalls(tx: Tx, ids: readonly string[]): Promise<number> {
  const facts = await claimCalls(tx, ids);
  // Always the 15-minute rows first, then the daily ones (each in a fixed order): no two transactions deadlock.
  await incrementBuckets(tx, deltasByBucket(facts));
  await incrementDays(tx, deltasByDay(facts));
  return facts.length;
}

/** Adds a call to its bucket if it is final and settled and not yet added. Returns whether it did. */
export async function applyCallToRollup(db: Db | Tx, callId: string): Promise<boolean> {
  return (await inTx(db, (tx) => applyCalls(tx, [callId]))) > 0;
}

/** The every-minute sweep: settled calls no hook applied (answered calls whose form never came, late
 *  voicemails, a crash between the call's update and the hook), however old. It reads the partial index
 *  "Call_not_rolled_up" (endedAt WHERE rolledUpAt IS NULL): only the calls not added yet, a handful, never
 *  the millions already added. Returns how many it added. */
export async function rollUpDueCalls(db: Db, limit = 500): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Call" c
      WHERE c."rolledUpAt" IS NULL AND ${DUE}
      ORDER BY c."endedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    return applyCalls(tx, rows.map((r) => r.id));
  });
}

/**
 * Recomputes the rollups from the calls (all agencies, or one), set-based, one transaction per agency: the
 * settled calls nothing added yet are marked, then the agency's buckets (both layers) are replaced by the sums over
 * its added calls (rollup-rebuild.ts). The table lock (EXCLUSIVE: dashboards still read) makes a hook that adds a
 * call meanwhile wait and then add its call on top of the rebuilt buckets — the rebuild's snapshot did not
 * include it — so no call counts twice or never.
 */
export async function rebuildRollups(db: Db, opts: { agencyId?: string } = {}): Promise<{ agencies: number; calls: number }> {
  const agencies = opts.agencyId ? [{ id: opts.agencyId }] : await db.agency.findMany({ select: { id: true } });
  let calls = 0;
  for (const { id: agencyId } of agencies) {
    calls += await db.$transaction(
      async (tx) => {
        // Both layers, in the hooks' order (15-minute, daily).
        await tx.$executeRaw`LOCK TABLE "CallRollup", "CallRollupDay" IN EXCLUSIVE MODE`;
        await claimDueCalls(tx, agencyId);
        return recomputeBuckets(tx, agencyId);
      },
      { timeout: 30 * 60_000, maxWait: 60_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
    );
  }
  return { agencies: agencies.length, calls };
}
