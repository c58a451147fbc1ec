import type { Db, Tx } from "../db";
import type { OperatorProfile } from "../generated/prisma/client";
import { enqueueOutbox } from "../jobs/outbox";
import { AppError } from "../lib/app-error";
import { endTalk } from "./end-talk";
import { isE164 } from "./ordering";
import { changePresence, lockProfile } from "./presence-change";
import { transferUrl } from "./urls";

export type CallControlInput = { agencyId: string; userId: string; callId: string };

/** The operator's current call, with the operator's locked profile: anything else is NOT_FOUND. */
async function ownCurrentCall(tx: Tx, input: CallControlInput) {
  const profile = await lockProfile(tx, input.agencyId, input.userId);
  if (!profile || profile.currentCallId !== input.callId) throw new AppError("NOT_FOUND", "acd.callNotFound");
  const call = await tx.call.findFirst({
    where: { id: input.callId, agencyId: input.agencyId },
    select: { id: true, agencyId: true, providerCallId: true, operatorUserId: true, language: true, },
  });
  if (!call) throw new AppError("NOT_FOUND", "acd.callNotFound");
  return { profile, call };
}

/**
 * The operator hangs up their current call: the carrier ends it (outbox telephony.end), the call gets its
 * WRAP_UP event and the operator goes to WRAP_UP (the desk counts down the hotline's wrapUpSeconds
 * and submits, which calls finishWrapUp). Refused unless the operator is ON_CALL with this call.
 */
export async function hangUp(db: Db, input: CallControlInput): Promise<OperatorProfile> {
  return db.$transaction(async (tx) => {
    const { profile, call } = await ownCurrentCall(tx, input);
    if (profile.presence !== "ON_CALL") throw new AppError("CONFLICT", "acd.notOnCall");
    await enqueueOutbox(tx, { agencyId: input.agencyId, kind: "telephony.end", dedupeKey: `telephony.end:${call.id}`, payload: { callId: call.id, callSid: call.providerCallId } });
    const moved = await endTalk(tx, call, { by: "operator" });
    return moved ?? profile;
  });
}

/**
 * Transfers the operator's current call to a number (E.164; the desk offers only the terms' escalation
 * numbers): the carrier redirects the caller to <Dial><Number>. The operator's part ends: WRAP_UP.
 */
export async function transferCall(db: Db, input: CallControlInput & { to: string }): Promise<OperatorProfile> {
  if (!isE164(input.to)) throw new AppError("BAD_REQUEST", "acd.invalidTransferNumber", { field: "to" });
  return db.$transaction(async (tx) => {
    const { profile, call } = await ownCurrentCall(tx, input);
    if (profile.presence !== "ON_CALL") throw new AppError("CONFLICT", "acd.notOnCall");
    await enqueueOutbox(tx, {
      agencyId: input.agencyId, kind: "telephony.transfer", dedupeKey: `telephony.transfer:${call.id}`,
      payload: { callId: call.id, callSid: call.providerCallId, to: input.to, url: transferUrl({ to: input.to, lang: call.language }) },
    });
    const moved = await endTalk(tx, call, { by: "operator", transferredTo: input.to });
    return moved ?? profile;
  });
}

/** Wrap-up done (the desk submitted the call): the operator is AVAILABLE again, at the back of the idle order. */
export async function finishWrapUp(db: Db, input: CallControlInput): Promise<OperatorProfile> {
  return db.$transaction(async (tx) => {
    const { profile } = await ownCurrentCall(tx, input);
    if (profile.presence !== "WRAP_UP") throw new AppError("CONFLICT", "acd.notInWrapUp");
    return changePresence(tx, profile, { state: "AVAILABLE", currentCallId: null });
  });
}
