import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NewCallEvent } from "../calls/call-events";
import { projectCall } from "../calls/projection";

/**
 * appendCallEvents (server/calls/append-events.ts) inside the ACD's own transaction, so that an offer's
 * status and its call's events commit together. Same rules: row lock, idempotent by dedupeKey, the Call
 * row recomputed from all its events by the pure projection.
 */
export async function appendCallEventsInTx(tx: Tx, callId: string, events: readonly NewCallEvent[]): Promise<number> {
  const [call] = await tx.$queryRaw<{ id: string; agencyId: string; startedAt: Date; language: string }[]>`
    SELECT "id", "agencyId", "startedAt", "language" FROM "Call" WHERE "id" = ${callId} FOR UPDATE`;
  if (!call) return 0;
  const { count } = await tx.callEvent.createMany({
    data: events.map((e) => ({ agencyId: call.agencyId, callId, type: e.type, occurredAt: e.occurredAt, dedupeKey: e.dedupeKey, data: e.data as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  if (count === 0) return 0;
  const stored = await tx.callEvent.findMany({ where: { callId }, select: { type: true, occurredAt: true, dedupeKey: true, data: true } });
  await tx.call.update({ where: { id: callId }, data: projectCall(stored, { startedAt: call.startedAt, language: call.language }) });
  return count;
}
