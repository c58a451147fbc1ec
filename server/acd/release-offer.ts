import type { Tx } from "../db";
import type { CallOffer, OfferStatus } from "../generated/prisma/client";
import { publishLive } from "../live/publish";
import { wakeAcd } from "./wake";

/**
 * Ends a RINGING offer without an answer (declined, expired, cancelled): the call is free for the next
 * operator (Call.operatorUserId is the ACD's "offered to" mark) and the operator's desk hears it ended.
 * Returns false when the offer was no longer RINGING (someone else ended it first): nothing changes.
 */
export async function releaseOffer(tx: Tx, offerId: string, status: Exclude<OfferStatus, "RINGING" | "ACCEPTED">, now = new Date()): Promise<CallOffer | null> {
  const { count } = await tx.callOffer.updateMany({ where: { id: offerId, status: "RINGING" }, data: { status, respondedAt: now } });
  if (count === 0) return null;
  const offer = await tx.callOffer.findUniqueOrThrow({ where: { id: offerId } });
  await tx.call.updateMany({ where: { id: offer.callId, operatorUserId: offer.operatorUserId }, data: { operatorUserId: null } });
  await publishLive(tx, { agencyId: offer.agencyId, userId: offer.operatorUserId, type: "offer.ended", payload: { offerId, callId: offer.callId, status } });
  await publishLive(tx, { agencyId: offer.agencyId, type: "wallboard.changed", payload: { reason: "offer.ended", callId: offer.callId } });
  await wakeAcd(tx, offer.agencyId);
  return offer;
}

/** The call left the queue (hung up, overflow): its ringing offer, if any, is cancelled. */
export async function cancelOffersOfCall(tx: Tx, callId: string, now = new Date()): Promise<number> {
  const ringing = await tx.callOffer.findMany({ where: { callId, status: "RINGING" }, select: { id: true, operatorUserId: true, agencyId: true } });
  let cancelled = 0;
  for (const offer of ringing) {
    if (!(await releaseOffer(tx, offer.id, "CANCELLED", now))) continue;
    cancelled++;
    // The operator was ringing, hence idle: they go back to the front of nothing, just AVAILABLE again.
    await tx.operatorProfile.updateMany({
      where: { agencyId: offer.agencyId, userId: offer.operatorUserId, presence: "AVAILABLE", idleSince: null, currentCallId: null },
      data: { idleSince: now },
    });
  }
  return cancelled;
}
