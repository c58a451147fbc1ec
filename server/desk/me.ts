import { ensureOperatorProfile } from "../acd/presence";
import type { Db } from "../db";

/**
 * What the desk shows at a glance: the operator's presence, the offer ringing for them (with who is
 * calling which client and since when), and the call they are on or wrapping up. Polled as the fallback
 * to the live stream, so it stays a handful of indexed reads.
 */
export async function deskMe(db: Db, input: { agencyId: string; userId: string }) {
  const { agencyId, userId } = input;
  const profile = await ensureOperatorProfile(db, agencyId, userId);
  const offer = await db.callOffer.findFirst({
    where: { agencyId, operatorUserId: userId, status: "RINGING", expiresAt: { gt: new Date() } },
    select: { id: true, callId: true, offeredAt: true, expiresAt: true },
  });
  const offerCall = offer
    ? await db.call.findFirst({
        where: { id: offer.callId, agencyId },
        select: { fromNumber: true, callerName: true, language: true, queuedAt: true, startedAt: true, hotline: { select: { name: true } }, clientId: true },
      })
    : null;
  const offerClient = offerCall ? await db.client.findFirst({ where: { id: offerCall.clientId, agencyId }, select: { name: true } }) : null;
  const current = profile.currentCallId
    ? await db.call.findFirst({
        where: { id: profile.currentCallId, agencyId },
        select: { id: true, status: true, connectedAt: true, wrapUpAt: true, outcome: true, hotline: { select: { wrapUpSeconds: true } } },
      })
    : null;
  return {
    now: new Date(),
    presence: {
      state: profile.presence,
      reason: profile.presenceReason,
      since: profile.presenceSince,
      lastHeartbeatAt: profile.lastHeartbeatAt,
    },
    offer:
      offer && offerCall
        ? {
            id: offer.id,
            callId: offer.callId,
            offeredAt: offer.offeredAt,
            expiresAt: offer.expiresAt,
            from: offerCall.fromNumber,
            callerName: offerCall.callerName,
            language: offerCall.language,
            waitingSince: offerCall.queuedAt ?? offerCall.startedAt,
            hotline: offerCall.hotline.name,
            client: offerClient?.name ?? "",
          }
        : null,
    currentCall: current
      ? {
          id: current.id,
          status: current.status,
          connectedAt: current.connectedAt,
          wrapUpAt: current.wrapUpAt,
          wrapUpSeconds: current.hotline.wrapUpSeconds,
          submitted: current.outcome !== null,
        }
      : null,
  };
}
export type DeskMe = Awaited<ReturnType<typeof deskMe>>;
