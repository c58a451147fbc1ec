import { appendCallEvents } from "../calls/append-events";
import { callEvent, dedupeKeys } from "../calls/call-events";
import { FINAL_CARRIER_STATUSES } from "../calls/projection";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { FINAL_STATUSES } from "../metrics/metrics";
import type { TelephonyPort } from "./port";

import { QUIET_MINUTES } from "./reconcile-timing";

export { QUIET_MINUTES };
/** Older than this, a call nobody could settle is left alone (the carrier keeps call logs, but we stop asking). */
export const MAX_AGE_HOURS = 24;
/** Calls per run; the rest wait for the next minute. */
export const BATCH = 100;
/** A run stops starting fetches after this, so it ends well inside its job's expiry (a slow carrier). */
const RUN_BUDGET_MS = 40_000;
/** The TelephonyRejection endpoint that marks a call the carrier does not know (asked once, never again). */
export const UNKNOWN_AT_CARRIER = "reconcile-open-calls";

export type ReconcileResult = { checked: number; settled: number; stillLive: number; unknown: number; failed: number };

const finalStatuses = Prisma.join(FINAL_STATUSES.map((s) => Prisma.sql`${s}::"CallStatus"`));
const isFinalCarrier = (status: string) => (FINAL_CARRIER_STATUSES as readonly string[]).includes(status);

/**
 * Claims up to BATCH open calls of this carrier, quiet for QUIET_MINUTES, oldest first. Claiming bumps `updatedAt`,
 * in one short statement with SKIP LOCKED: a second instance (or a webhook holding the row) never gets the same call
 * at the same time, no row lock is held while we wait for the carrier, and a call still live is asked again only
 * after another quiet period. `rolledUpAt IS NULL` is true of every open call (only final calls are rolled up): it
 * lets the planner use the partial index "Call_not_rolled_up" instead of scanning every call.
 */
async function claimQuietCalls(db: Db, provider: TelephonyPort["provider"], now: Date) {
  return db.$queryRaw<{ id: string; agencyId: string; providerCallId: string; status: string }[]>`
    UPDATE "Call" c SET "updatedAt" = clock_timestamp()
    FROM (
      SELECT q."id" FROM "Call" q
      WHERE q."rolledUpAt" IS NULL AND q."status" NOT IN (${finalStatuses}) AND q."provider" = ${provider}::"TelephonyProvider"
        AND q."updatedAt" < ${now}::timestamptz - make_interval(mins => ${QUIET_MINUTES})
        AND q."startedAt" > ${now}::timestamptz - make_interval(hours => ${MAX_AGE_HOURS})
        AND NOT EXISTS (SELECT 1 FROM "TelephonyRejection" r WHERE r."callSid" = q."providerCallId" AND r."endpoint" = ${UNKNOWN_AT_CARRIER})
      ORDER BY q."updatedAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
    ) due
    WHERE c."id" = due."id"
    RETURNING c."id", c."agencyId", c."providerCallId", c."status"::text AS "status"`;
}

/**
 * CONTRACT (job "telephony.reconcile-open-calls", every minute): closes calls whose final status callback never
 * reached us (the database was down, the instance crashed) by asking the carrier. A call the carrier reports final
 * gets exactly the CARRIER_STATUS event its status callback would have appended, through appendCallEvents, so the
 * row settles, joins the rollups and is rated in the same transaction, and a late real callback is a duplicate.
 * A call the carrier does not know is recorded once as a TelephonyRejection (and not asked again); a carrier error
 * is logged and the call is asked again after its next quiet period.
 */
export async function reconcileOpenCalls(db: Db, port: TelephonyPort, now = new Date()): Promise<ReconcileResult> {
  const result: ReconcileResult = { checked: 0, settled: 0, stillLive: 0, unknown: 0, failed: 0 };
  const stopAt = Date.now() + RUN_BUDGET_MS;
  for (const call of await claimQuietCalls(db, port.provider, now)) {
    if (Date.now() > stopAt) break; // claimed but not asked: asked after its next quiet period
    result.checked++;
    let carrier;
    try {
      carrier = await port.fetchCall(call.providerCallId);
    } catch (error) {
      result.failed++;
      logger.warn({ err: error, callSid: call.providerCallId }, "reconcile: the carrier did not answer for an open call; asking again later");
      continue;
    }
    if (!carrier) {
      result.unknown++;
      logger.warn({ callSid: call.providerCallId, status: call.status }, "reconcile: the carrier does not know an open call; it stays open");
      await db.telephonyRejection.create({
        data: { agencyId: call.agencyId, endpoint: UNKNOWN_AT_CARRIER, reason: "the carrier has no call with this CallSid (404)", callSid: call.providerCallId, params: { CallSid: call.providerCallId, status: call.status } },
      });
      continue;
    }
    if (!isFinalCarrier(carrier.status)) {
      result.stillLive++;
      continue;
    }
    // Keyed as a status callback without SequenceNumber; occurredAt is the carrier's end, as the callback's Timestamp.
    const event = callEvent("CARRIER_STATUS", dedupeKeys.carrierStatus(carrier.status, null), carrier.endTime ?? new Date(), {
      status: carrier.status, sequence: null, durationSeconds: carrier.durationSeconds,
    });
    try {
      await appendCallEvents(db, call.providerCallId, [event]);
    } catch (error) {
      result.failed++;
      logger.error({ err: error, callSid: call.providerCallId }, "reconcile: could not append the carrier's final status; asking again later");
      continue;
    }
    result.settled++;
    logger.info({ callSid: call.providerCallId, was: call.status, carrierStatus: carrier.status }, "reconcile: closed an open call from the carrier's record");
  }
  return result;
}
