import type { Db, Tx } from "../db";
import { AppError } from "../lib/app-error";

/**
 * A call the operator answered: one of theirs (an accepted offer, or the call row names them), inside
 * the agency. Another operator's call, another agency's, or one that does not exist is NOT_FOUND alike:
 * the desk learns nothing about calls that are not its own.
 */
export async function findOwnCallId(db: Db | Tx, input: { agencyId: string; userId: string; callId: string }): Promise<string> {
  const { agencyId, userId, callId } = input;
  const [call, offer] = await Promise.all([
    db.call.findFirst({ where: { id: callId, agencyId, operatorUserId: userId }, select: { id: true } }),
    db.callOffer.findFirst({ where: { callId, agencyId, operatorUserId: userId, status: "ACCEPTED" }, select: { id: true } }),
  ]);
  if (!call && !offer) throw new AppError("NOT_FOUND", "desk.callNotFound");
  return callId;
}
