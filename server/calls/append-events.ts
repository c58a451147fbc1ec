import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NewCallEvent } from "./call-events";
import { projectCall, type CallProjection } from "./projection";
import { FINAL_STATUSES } from "../metrics/metrics";
import { applyCallToRollup } from "../reports/rollups";

export type AppendResult = { callId: string; agencyId: string; hotlineId: string; inserted: number; projection: CallProjection | null };

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Appends events to a call idempotently and recomputes its row from ALL its events, under a row lock.
 * The lock serialises concurrent deliveries for one call (two status callbacks at once), so the last
 * projection always sees every event; `(callId, dedupeKey)` being unique makes a replay insert nothing,
 * and then the row is left as it is. Returns null when no call has this CallSid.
 */
export async function appendCallEvents(db: Db, providerCallId: string, events: readonly NewCallEvent[]): Promise<AppendResult | null> {
  return db.$transaction(async (tx) => {
    const [call] = await tx.$queryRaw<{ id: string; agencyId: string; hotlineId: string; startedAt: Date; language: string }[]>`
      SELECT "id", "agencyId", "hotlineId", "startedAt", "language" FROM "Call" WHERE "providerCallId" = ${providerCallId} FOR UPDATE`;
    if (!call) return null;
    const { count } = await tx.callEvent.createMany({
      data: events.map((e) => ({ agencyId: call.agencyId, callId: call.id, type: e.type, occurredAt: e.occurredAt, dedupeKey: e.dedupeKey, data: json(e.data) })),
      skipDuplicates: true,
    });
    const result = { callId: call.id, agencyId: call.agencyId, hotlineId: call.hotlineId, inserted: count };
    if (count === 0) return { ...result, projection: null };
    const stored = await tx.callEvent.findMany({ where: { callId: call.id }, select: { type: true, occurredAt: true, dedupeKey: true, data: true } });
    const projection = projectCall(stored, { startedAt: call.startedAt, language: call.language });
    await tx.call.update({ where: { id: call.id }, data: projection });
    // A final call joins the report rollups in the same transaction (once; answered calls wait for the form).
    if ((FINAL_STATUSES as readonly string[]).includes(projection.status)) await applyCallToRollup(tx, call.id);
    return { ...result, projection };
  });
}
