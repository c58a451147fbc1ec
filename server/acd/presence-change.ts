import type { Tx } from "../db";
import type { OperatorProfile, PresenceState } from "../generated/prisma/client";
import { publishLive } from "../live/publish";
import { wakeAcd } from "./wake";

export type PresenceChange = { state: PresenceState; reason?: string | null; changedBy?: string | null; currentCallId?: string | null };

/**
 * Moves a (locked) profile to a new state inside the caller's transaction: closes the open PresenceLog row,
 * opens the next one, tells the live views, and wakes the ACD when the operator can take calls again.
 * AVAILABLE starts the idle clock; any other state stops it (idleSince null = not offerable).
 */
export async function changePresence(tx: Tx, profile: OperatorProfile, change: PresenceChange, now = new Date()): Promise<OperatorProfile> {
  const updated = await tx.operatorProfile.update({
    where: { id: profile.id },
    data: {
      presence: change.state,
      presenceReason: change.reason ?? null,
      presenceSince: now,
      idleSince: change.state === "AVAILABLE" ? now : null,
      ...(change.currentCallId !== undefined ? { currentCallId: change.currentCallId } : {}),
      // A desk that just went AVAILABLE counts as alive: the heartbeat clock starts now.
      ...(change.state === "AVAILABLE" ? { lastHeartbeatAt: now } : {}),
    },
  });
  await tx.presenceLog.updateMany({ where: { agencyId: profile.agencyId, userId: profile.userId, endedAt: null }, data: { endedAt: now } });
  await tx.presenceLog.create({
    data: { agencyId: profile.agencyId, userId: profile.userId, state: change.state, reason: change.reason ?? null, changedBy: change.changedBy ?? null, startedAt: now },
  });
  const payload = { userId: profile.userId, state: change.state, reason: change.reason ?? null, since: now.toISOString(), currentCallId: updated.currentCallId };
  await publishLive(tx, { agencyId: profile.agencyId, type: "presence.changed", payload });
  await publishLive(tx, { agencyId: profile.agencyId, type: "wallboard.changed", payload: { reason: "presence.changed", userId: profile.userId } });
  if (change.state === "AVAILABLE") await wakeAcd(tx, profile.agencyId);
  return updated;
}

/** Locks the operator's profile row for the rest of the transaction (null when there is none). */
export async function lockProfile(tx: Tx, agencyId: string, userId: string): Promise<OperatorProfile | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "OperatorProfile" WHERE "agencyId" = ${agencyId} AND "userId" = ${userId} FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.operatorProfile.findUniqueOrThrow({ where: { id: rows[0].id } });
}
