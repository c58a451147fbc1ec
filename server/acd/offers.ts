import type { Db, Tx } from "../db";
import type { CallOffer } from "../generated/prisma/client";
import { callEvent } from "../calls/call-events";
import { enqueueOutbox } from "../jobs/outbox";
import { AppError } from "../lib/app-error";
import { publishLive } from "../live/publish";
import { appendCallEventsInTx } from "./events-in-tx";
import { breakAfterMiss } from "./ordering";
import { changePresence, lockProfile } from "./presence-change";
import { releaseOffer } from "./release-offer";
import { connectUrl } from "./urls";

export type OfferActionInput = { agencyId: string; userId: string; offerId: string };

/** The operator's own offer, locked; another operator's or another agency's offer is NOT_FOUND. */
async function lockOwnOffer(tx: Tx, input: OfferActionInput): Promise<CallOffer> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CallOffer" WHERE id = ${input.offerId} AND "agencyId" = ${input.agencyId} AND "operatorUserId" = ${input.userId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "acd.offerNotFound");
  const offer = await tx.callOffer.findUniqueOrThrow({ where: { id: rows[0].id } });
  if (offer.status !== "RINGING") throw new AppError("CONFLICT", offer.status === "EXPIRED" ? "acd.offerExpired" : "acd.offerNoLongerRinging");
  return offer;
}

/**
 * The operator takes the call: the offer becomes ACCEPTED, the operator ON_CALL with the call as current,
 * the call CONNECTED; the outbox then moves the caller out of the queue to the operator's browser
 * (telephony.connect). Refused, changing nothing, when the offer is not theirs (NOT_FOUND), has stopped
 * ringing or has expired (CONFLICT), or the caller has left the queue meanwhile (CONFLICT acd.callGone).
 */
export async function acceptOffer(db: Db, input: OfferActionInput): Promise<CallOffer> {
  return db.$transaction(async (tx) => {
    const offer = await lockOwnOffer(tx, input);
    const now = new Date();
    if (offer.expiresAt <= now) throw new AppError("CONFLICT", "acd.offerExpired");
    const call = await tx.call.findFirst({ where: { id: offer.callId, agencyId: input.agencyId }, select: { id: true, providerCallId: true, endedAt: true, language: true } });
    const left = call && (await tx.callEvent.findFirst({ where: { callId: call.id, type: "LEFT_QUEUE" }, select: { id: true } }));
    if (!call || call.endedAt || left) throw new AppError("CONFLICT", "acd.callGone");
    const profile = await lockProfile(tx, input.agencyId, input.userId);
    if (!profile || profile.currentCallId) throw new AppError("CONFLICT", "acd.busyOnCall");
    const accepted = await tx.callOffer.update({ where: { id: offer.id }, data: { status: "ACCEPTED", respondedAt: now } });
    await tx.call.update({ where: { id: call.id }, data: { operatorUserId: input.userId } });
    await changePresence(tx, profile, { state: "ON_CALL", currentCallId: call.id }, now);
    await appendCallEventsInTx(tx, call.id, [callEvent("CONNECTED", "connected", now, { offerId: offer.id, operatorUserId: input.userId })]);
    await enqueueOutbox(tx, {
      agencyId: input.agencyId, kind: "telephony.connect", dedupeKey: `telephony.connect:${offer.id}`,
      payload: { callId: call.id, callSid: call.providerCallId, url: connectUrl({ offer: offer.id, lang: call.language }) },
    });
    await publishLive(tx, { agencyId: input.agencyId, userId: input.userId, type: "offer.ended", payload: { offerId: offer.id, callId: call.id, status: "ACCEPTED" } });
    return accepted;
  });
}

/** The operator refuses: the call goes to the next operator; they stay AVAILABLE (at the back of the idle order) and are never offered this call again. */
export async function declineOffer(db: Db, input: OfferActionInput): Promise<CallOffer> {
  return db.$transaction(async (tx) => {
    const offer = await lockOwnOffer(tx, input);
    const now = new Date();
    const released = (await releaseOffer(tx, offer.id, "DECLINED", now))!;
    await tx.operatorProfile.updateMany({
      where: { agencyId: input.agencyId, userId: input.userId, presence: "AVAILABLE", currentCallId: null },
      data: { idleSince: now },
    });
    return { ...released, status: "DECLINED", respondedAt: now };
  });
}

/**
 * RINGING offers past their expiry become EXPIRED and the call goes to the next operator. The operator who
 * missed it stays AVAILABLE, unless it is their second miss in a row: then BREAK with reason "missed" (they
 * are probably away from the desk, and every call offered to them would wait RING_SECONDS for nothing).
 */
export async function expireOffers(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db.callOffer.findMany({ where: { status: "RINGING", expiresAt: { lte: now } }, select: { id: true }, take: 500 });
  let expired = 0;
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const offer = await releaseOffer(tx, id, "EXPIRED", now);
      if (!offer) return false;
      const profile = await lockProfile(tx, offer.agencyId, offer.operatorUserId);
      if (!profile || profile.presence !== "AVAILABLE" || profile.currentCallId) return true;
      const recent = await tx.callOffer.findMany({ where: { operatorUserId: offer.operatorUserId, agencyId: offer.agencyId }, orderBy: { offeredAt: "desc" }, take: 2, select: { status: true } });
      if (breakAfterMiss(recent.map((r) => r.status))) await changePresence(tx, profile, { state: "BREAK", reason: "missed" }, now);
      else await tx.operatorProfile.update({ where: { id: profile.id }, data: { idleSince: now } });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
