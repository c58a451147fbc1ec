import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";
import { claimCalls, deltasByBucket, DUE, incrementBuckets } from "./rollup-sql";

/**
 * 15-minute rollups per hotline, kept as calls finish. Each call is added ONCE: the conditional UPDATE
 * of Call.rolledUpAt (only while NULL) and the bucket increment run in one transaction, so a completion
 * processed twice, a sweep racing a hook, or two instances sweeping together add a call exactly once —
 * the second claimer waits on the row lock and then finds rolledUpAt set.
 */
const inTx = <T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> =>
  "$transaction" in db ? (db as Db).$transaction(fn) : fn(db as Tx);

async function applyCalls(tx: Tx, ids: readonly string[]): Promise<number> {
  const facts = await claimCalls(tx, ids);
  await incrementBuckets(tx, deltasByBucket(facts));
  return facts.length;
}

/** Adds a call to its bucket if it is final and settled and not yet added. Returns whether it did. */
export async function applyCallToRollup(db: Db | Tx, callId: string): Promise<boolean> {
  return (await inTx(db, (tx) => applyCalls(tx, [callId]))) > 0;
}

/** Calls older than this are left to `rebuildRollups` rather than scanned every minute. */
const SWEEP_LOOKBACK_DAYS = 3;

/** The every-minute sweep: settled calls no hook applied (answered calls whose form never came, late
 *  voicemails, a crash between the call's update and the hook). Returns how many it added. */
export async function rollUpDueCalls(db: Db, limit = 500): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Call" c
      WHERE c."rolledUpAt" IS NULL AND c."startedAt" > now() - make_interval(days => ${SWEEP_LOOKBACK_DAYS}) AND ${DUE}
      ORDER BY c."startedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    return applyCalls(tx, rows.map((r) => r.id));
  });
}

const REBUILD_BATCH = 2000;

/** Recomputes the rollups from the calls (all agencies, or one), in one transaction per agency. */
export async function rebuildRollups(db: Db, opts: { agencyId?: string } = {}): Promise<{ agencies: number; calls: number }> {
  const agencies = opts.agencyId ? [{ id: opts.agencyId }] : await db.agency.findMany({ select: { id: true } });
  let calls = 0;
  for (const { id: agencyId } of agencies) {
    calls += await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`DELETE FROM "CallRollup" WHERE "agencyId" = ${agencyId}`;
        await tx.$executeRaw`UPDATE "Call" SET "rolledUpAt" = NULL WHERE "agencyId" = ${agencyId} AND "rolledUpAt" IS NOT NULL`;
        let after = "";
        let total = 0;
        for (;;) {
          const rows = await tx.$queryRaw<{ id: string }[]>`
            SELECT c."id" FROM "Call" c WHERE c."agencyId" = ${agencyId} AND c."id" > ${after} AND ${DUE}
            ORDER BY c."id" LIMIT ${REBUILD_BATCH}`;
          if (rows.length === 0) return total;
          total += await applyCalls(tx, rows.map((r) => r.id));
          after = rows.at(-1)!.id;
        }
      },
      { timeout: 30 * 60_000, maxWait: 60_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
    );
  }
  return { agencies: agencies.length, calls };
}
