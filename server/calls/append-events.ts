import type { Db, Tx } from "../db";
import { Prisma as P } from "../generated/prisma/client";
import type { Prisma } from "../generated/prisma/client";
import type { NewCallEvent } from "./call-events";
import { projectCall, type CallProjection } from "./projection";
import { FINAL_STATUSES } from "../metrics/metrics";
import { onCallMaybeSettled } from "./settled";

export type AppendResult = { callId: string; agencyId: string; hotlineId: string; inserted: number; projection: CallProjection | null };

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Appends events to a call idempotently and recomputes its row from ALL its events, under a row lock.
 * The lock serialises concurrent deliveries for one call (two status callbacks at once), so the last
 * projection always sees every event; `(callId, dedupeKey)` being unique makes a replay insert nothing,
 * and then the row is left as it is. Returns null when no call has this CallSid.
 */
export async function appendCallEvents(db: Db, providerCallId: string, events: readonly NewCallEvent[]): Promise<AppendResult | null> {
  return db.$transaction((tx) => appendCallEventsLocked(tx, { providerCallId }, events));
}

/**
 * The same inside the caller's transaction (the ACD commits an offer and its call's events together): the
 * call found by our id or by its CallSid, locked, events inserted once, the row recomputed, rollups joined.
 */
export async function appendCallEventsLocked(tx: Tx, call: { id: string } | { providerCallId: string }, events: readonly NewCallEvent[]): Promise<AppendResult | null> {
  const where = "id" in call ? P.sql`"id" = ${call.id}` : P.sql`"providerCallId" = ${call.providerCallId}`;
  const [row] = await tx.$queryRaw<{ id: string; agencyId: string; hotlineId: string; startedAt: Date; language: string; mediaPurgedAt: Date | null }[]>`
    SELECT "id", "agencyId", "hotlineId", "startedAt", "language", "mediaPurgedAt" FROM "Call" WHERE ${where} FOR UPDATE`;
  if (!row) return null;
  const { count } = await tx.callEvent.createMany({
    data: events.map((e) => ({ agencyId: row.agencyId, callId: row.id, type: e.type, occurredAt: e.occurredAt, dedupeKey: e.dedupeKey, data: json(e.data) })),
    skipDuplicates: true,
  });
  const result = { callId: row.id, agencyId: row.agencyId, hotlineId: row.hotlineId, inserted: count };
  if (count === 0) return { ...result, projection: null };
  const stored = await tx.callEvent.findMany({ where: { callId: row.id }, select: { type: true, occurredAt: true, dedupeKey: true, data: true } });
  const projected = projectCall(stored, { startedAt: row.startedAt, language: row.language });
  // The events keep the media links forever (append-only); once the retention purge deleted the files, a late
  // event must not bring the links back.
  const projection = row.mediaPurgedAt ? { ...projected, recordingUrl: null, voicemailUrl: null } : projected;
  await tx.call.update({ where: { id: row.id }, data: projection });
  // A final call joins the report rollups and is rated in the same transaction (once; answered calls wait for the form).
  if ((FINAL_STATUSES as readonly string[]).includes(projection.status)) await onCallMaybeSettled(tx, row.id);
  return { ...result, projection };
}
