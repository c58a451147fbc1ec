import type { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";

/**
 * Publishes a live event: a LiveEvent row written in the caller's transaction, then a NOTIFY on commit,
 * so that every instance's SSE streams (server/live/, app/api/live/stream) wake and send it to the
 * browsers they serve. `userId` limits it to one user's desk; without it the agency's live views get it.
 */
export const LIVE_CHANNEL = "switchboard_live";

export type LiveEventInput = {
  agencyId: string;
  /** Only this user's streams (an offer to an operator); omit for the agency's wallboards and lists. */
  userId?: string | null;
  /** e.g. "offer.created", "offer.ended", "presence.changed", "call.changed", "wallboard.changed". */
  type: string;
  payload?: Prisma.InputJsonValue;
};

export async function publishLive(tx: Db | Tx, event: LiveEventInput): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "LiveEvent" ("agencyId", "userId", type, payload)
    VALUES (${event.agencyId}, ${event.userId ?? null}, ${event.type}, ${JSON.stringify(event.payload ?? {})}::jsonb)
    RETURNING id`;
  // The payload is tiny on purpose: listeners read the rows after their last id (a NOTIFY can be missed).
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${`${event.agencyId}:${row!.id}`})`;
  return row!.id;
}
