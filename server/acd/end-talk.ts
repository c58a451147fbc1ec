import type { Tx } from "../db";
import type { OperatorProfile } from "../generated/prisma/client";
import { callEvent } from "../calls/call-events";
import { appendCallEventsInTx } from "./events-in-tx";
import { changePresence, lockProfile } from "./presence-change";

/** One WRAP_UP per call, whoever ends the talk first (the operator's Hang up, or the carrier's Dial action). */
export const WRAP_UP_DEDUPE = "wrap-up";

/**
 * Ends the CONNECTED phase of a call: appends WRAP_UP (the projection counts the talk seconds up to it) and
 * moves the operator who has it as current call from ON_CALL to WRAP_UP. Idempotent: a second caller finds
 * the event there and the operator already moved. Returns the operator's profile when it moved.
 */
export async function endTalk(tx: Tx, call: { id: string; agencyId: string; operatorUserId: string | null }, data: Record<string, unknown>, now = new Date()): Promise<OperatorProfile | null> {
  await appendCallEventsInTx(tx, call.id, [callEvent("WRAP_UP", WRAP_UP_DEDUPE, now, data)]);
  if (!call.operatorUserId) return null;
  const profile = await lockProfile(tx, call.agencyId, call.operatorUserId);
  if (!profile || profile.currentCallId !== call.id || profile.presence !== "ON_CALL") return null;
  return changePresence(tx, profile, { state: "WRAP_UP", currentCallId: call.id }, now);
}
