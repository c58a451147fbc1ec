import { finishWrapUp } from "../acd/call-control";
import { projectCall } from "../calls/projection";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import { publishLive } from "../live/publish";
import { onCallMaybeSettled } from "../calls/settled";
import { termsOfCall } from "./call-terms";
import { deliverSummary } from "./deliver-outcome";
import { findOwnCallId } from "./own-call";
import { validateSubmission } from "./submission";

export type SubmitCallInput = { agencyId: string; userId: string; callId: string; outcome: string; form: Record<string, string | boolean>; notes?: string };

type LockedCall = { id: string; clientId: string; termsVersionId: string | null; startedAt: Date; language: string; outcome: string | null };

/**
 * The operator's wrap-up: the form and outcome checked against the call's terms, stored on the call with
 * a WRAP_UP "submitted" event, the outcome's summary delivered (MESSAGES) — all in one transaction under
 * the call's row lock, so a double submit stores once and the second is refused. Then the operator is
 * free again (ACD finishWrapUp). A bot operator (LIVE's bot runner) submits through here too.
 */
export async function submitCall(db: Db, input: SubmitCallInput) {
  const { agencyId, userId, callId } = input;
  await findOwnCallId(db, input);
  const profile = await db.operatorProfile.findFirst({ where: { agencyId, userId }, select: { presence: true, currentCallId: true } });
  // The caller is still on the line with this operator: the form is submitted after hanging up.
  if (profile?.presence === "ON_CALL" && profile.currentCallId === callId) throw new AppError("PRECONDITION_FAILED", "desk.hangUpFirst");

  await db.$transaction(async (tx) => {
    const [call] = await tx.$queryRaw<LockedCall[]>`
      SELECT "id", "clientId", "termsVersionId", "startedAt", "language", "outcome" FROM "Call"
      WHERE "id" = ${callId} AND "agencyId" = ${agencyId} FOR UPDATE`;
    if (!call) throw new AppError("NOT_FOUND", "desk.callNotFound");
    if (call.outcome !== null) throw new AppError("CONFLICT", "desk.alreadySubmitted");
    const terms = await termsOfCall(tx, call);
    if (!terms) throw new AppError("PRECONDITION_FAILED", "desk.noTerms");
    const { values } = validateSubmission(terms.document, input.outcome, input.form);

    const now = new Date();
    await tx.callEvent.createMany({
      data: [{ agencyId, callId, type: "WRAP_UP", occurredAt: now, dedupeKey: "wrap-up:submitted", data: { submitted: true, outcome: input.outcome, operatorUserId: userId } }],
      skipDuplicates: true,
    });
    const events = await tx.callEvent.findMany({ where: { callId }, select: { type: true, occurredAt: true, dedupeKey: true, data: true } });
    const updated = await tx.call.update({
      where: { id: callId },
      data: {
        ...projectCall(events, { startedAt: call.startedAt, language: call.language }),
        outcome: input.outcome,
        formData: values as Prisma.InputJsonValue,
        notes: input.notes?.trim() || null,
        operatorUserId: userId,
      },
    });
    await deliverSummary(tx, { call: updated, outcomeCode: input.outcome, terms: terms.document, clientId: call.clientId, agencyId });
    // The outcome and wrap-up are in: the call joins the report rollups and is rated (once, if it has ended).
    await onCallMaybeSettled(tx, callId);
    await publishLive(tx, { agencyId, type: "call.changed", payload: { callId, outcome: input.outcome } });
  });

  const after = await db.operatorProfile.findFirst({ where: { agencyId, userId }, select: { currentCallId: true } });
  if (after?.currentCallId === callId) await finishWrapUp(db, { agencyId, userId, callId });
  return { callId, outcome: input.outcome };
}
