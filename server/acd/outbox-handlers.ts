import { db } from "../db";
import { logger } from "../logger";
import { telephony } from "../telephony";

/**
 * Outbox kinds of the call control (redirect a queued call to an operator, end a call, transfer): each
 * handler gets the payload stored with the event and must be idempotent (delivery is at-least-once).
 */
type ConnectPayload = { callId: string; callSid: string; url: string };
type EndPayload = { callId: string; callSid: string };
type TransferPayload = { callId: string; callSid: string; to: string; url: string };

/** The call is over at the carrier already: redirecting or ending it again is pointless, not an error. */
async function callEnded(callId: string): Promise<boolean> {
  const call = await db.call.findUnique({ where: { id: callId }, select: { endedAt: true } });
  return !call || call.endedAt !== null;
}

/** Twilio answers 21220 ("Call is not in-progress") for a call that ended in the meantime: done, not retried. */
function isNotInProgress(error: unknown): boolean {
  const e = error as { code?: number; message?: string };
  return e?.code === 21220 || /not in-progress/i.test(e?.message ?? "");
}

async function carrier(kind: string, callId: string, action: () => Promise<void>) {
  if (await callEnded(callId)) return;
  try {
    await action();
  } catch (error) {
    if (isNotInProgress(error)) return void logger.info({ callId, kind }, "call ended before the carrier could act");
    throw error;
  }
}

export const telephonyOutboxHandlers = {
  "telephony.connect": async (payload: ConnectPayload) => carrier("connect", payload.callId, () => telephony().redirectCall(payload.callSid, payload.url)),
  "telephony.end": async (payload: EndPayload) => carrier("end", payload.callId, () => telephony().endCall(payload.callSid)),
  "telephony.transfer": async (payload: TransferPayload) => carrier("transfer", payload.callId, () => telephony().redirectCall(payload.callSid, payload.url)),
} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
