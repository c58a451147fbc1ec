import type { Db } from "../db";
import type { OperatorProfile, PresenceState } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import { changePresence, lockProfile } from "./presence-change";
import { releaseOffer } from "./release-offer";

export type SetPresenceInput = { agencyId: string; userId: string; state: PresenceState; reason?: string; changedBy?: string };

/** A desk that has not sent a heartbeat for this long is gone: the operator goes OFFLINE. */
export const HEARTBEAT_TIMEOUT_SECONDS = 30;
/** ON_CALL and WRAP_UP follow the call (accept, hang-up), never a button. */
const SETTABLE: readonly PresenceState[] = ["OFFLINE", "AVAILABLE", "BREAK"];

/** The operator's profile, created (OFFLINE, default languages) the first time it is needed. */
export async function ensureOperatorProfile(db: Db, agencyId: string, userId: string): Promise<OperatorProfile> {
  return db.operatorProfile.upsert({ where: { agencyId_userId: { agencyId, userId } }, create: { agencyId, userId }, update: {} });
}

/**
 * The operator (or a supervisor, `changedBy`) switches between AVAILABLE, BREAK and OFFLINE. Refused while
 * the operator is on a call or wrapping one up. Leaving AVAILABLE with an offer ringing cancels the offer,
 * so the call goes to the next operator. Setting the state the operator is already in changes nothing
 * (so a double click does not reset their place in the idle order).
 */
export async function setPresence(db: Db, input: SetPresenceInput): Promise<OperatorProfile> {
  if (!SETTABLE.includes(input.state)) throw new AppError("BAD_REQUEST", "acd.presenceNotSettable", { field: "state" });
  await ensureOperatorProfile(db, input.agencyId, input.userId);
  return db.$transaction(async (tx) => {
    const profile = (await lockProfile(tx, input.agencyId, input.userId))!;
    if (profile.currentCallId || profile.presence === "ON_CALL" || profile.presence === "WRAP_UP") throw new AppError("CONFLICT", "acd.busyOnCall", { field: "state" });
    if (profile.presence === input.state && (profile.presenceReason ?? null) === (input.reason ?? null)) return profile;
    const now = new Date();
    if (input.state !== "AVAILABLE") {
      const ringing = await tx.callOffer.findFirst({ where: { agencyId: input.agencyId, operatorUserId: input.userId, status: "RINGING" }, select: { id: true } });
      if (ringing) await releaseOffer(tx, ringing.id, "CANCELLED", now);
    }
    return changePresence(tx, profile, { state: input.state, reason: input.reason ?? null, changedBy: input.changedBy ?? null }, now);
  });
}

/** The desk is alive (every 10 s). Creates the profile if needed; changes no state. */
export async function heartbeat(db: Db, input: { agencyId: string; userId: string }): Promise<OperatorProfile> {
  await ensureOperatorProfile(db, input.agencyId, input.userId);
  return db.operatorProfile.update({ where: { agencyId_userId: { agencyId: input.agencyId, userId: input.userId } }, data: { lastHeartbeatAt: new Date() } });
}

/**
 * AVAILABLE or BREAK operators whose desk fell silent for HEARTBEAT_TIMEOUT_SECONDS go OFFLINE (reason
 * "heartbeat"); an offer ringing on that desk moves to the next operator. Operators on a call or in wrap-up
 * are left alone: the call itself decides when they are done. Returns how many went offline.
 */
export async function expireStalePresence(db: Db, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - HEARTBEAT_TIMEOUT_SECONDS * 1000);
  const stale = await db.operatorProfile.findMany({
    where: { presence: { in: ["AVAILABLE", "BREAK"] }, currentCallId: null, OR: [{ lastHeartbeatAt: null }, { lastHeartbeatAt: { lt: cutoff } }] },
    select: { agencyId: true, userId: true },
    take: 500,
  });
  let expired = 0;
  for (const { agencyId, userId } of stale) {
    const done = await db.$transaction(async (tx) => {
      const profile = await lockProfile(tx, agencyId, userId);
      // Checked again under the lock: a heartbeat may have arrived since the read above.
      const fresh = profile?.lastHeartbeatAt && profile.lastHeartbeatAt >= cutoff;
      if (!profile || fresh || profile.currentCallId || !["AVAILABLE", "BREAK"].includes(profile.presence)) return false;
      const ringing = await tx.callOffer.findFirst({ where: { agencyId, operatorUserId: userId, status: "RINGING" }, select: { id: true } });
      if (ringing) await releaseOffer(tx, ringing.id, "CANCELLED", now);
      await changePresence(tx, profile, { state: "OFFLINE", reason: "heartbeat" }, now);
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
