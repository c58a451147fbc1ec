import { transferCall } from "../acd/call-control";
import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { termsOfCall } from "./call-terms";
import { findOwnCallId } from "./own-call";

/**
 * Transfers the operator's call to one of the escalation numbers of the call's terms, chosen by its id:
 * the desk never dials a number the client did not list.
 */
export async function transferToEscalation(db: Db, input: { agencyId: string; userId: string; callId: string; escalationId: string }) {
  const { agencyId, userId, callId } = input;
  await findOwnCallId(db, input);
  const call = await db.call.findFirst({ where: { id: callId, agencyId }, select: { clientId: true, termsVersionId: true, startedAt: true } });
  if (!call) throw new AppError("NOT_FOUND", "desk.callNotFound");
  const terms = await termsOfCall(db, call);
  const target = terms?.document.escalation.find((e) => e.id === input.escalationId);
  if (!target) throw new AppError("BAD_REQUEST", "desk.unknownTransferTarget", { field: "escalationId" });
  await transferCall(db, { agencyId, userId, callId, to: target.transferTo });
  return { to: target.transferTo };
}
