import { db } from "../db";
import { env } from "../env";
import { unseal } from "../lib/tokens";
import { telephony } from "../telephony";
import { webhookUrl } from "../telephony/webhook-urls";
import { smsText } from "./compose";
import { ackLink, type SendPayload } from "./send-email";
import { lockMessage, recordMessageEvent } from "./trail";

/**
 * Outbox kind "message.sms": through the telephony port (Twilio's Messages API, or the carrier emulator's),
 * from the hotline's own number the call came in on. The status callback carries the message id (signed
 * by the carrier like every webhook) and brings DELIVERED or FAILED. The provider's SID is kept in the
 * SENT step of the trail.
 */
export async function sendMessageSms(payload: SendPayload): Promise<void> {
  const message = await db.message.findUnique({ where: { id: payload.messageId }, include: { events: { select: { status: true } } } });
  if (!message || message.events.some((e) => e.status === "SENT")) return;
  const [call, client] = await Promise.all([
    db.call.findUnique({ where: { id: message.callId }, select: { toNumber: true } }),
    db.client.findUnique({ where: { id: message.clientId }, select: { locale: true } }),
  ]);
  if (!call) throw new Error(`message ${message.id}: call not found`);
  const token = payload.sealedToken ? unseal(payload.sealedToken, env().NEXTAUTH_SECRET) : null;
  const body = smsText(message.subject, message.body, token ? ackLink(token) : null, client?.locale ?? "en");
  const { sid } = await telephony().sendSms({ from: call.toNumber, to: message.recipient, body, statusCallback: webhookUrl("sms-status", { message: message.id }) });
  await db.$transaction(async (tx) => {
    const locked = await lockMessage(tx, message.id);
    if (locked) await recordMessageEvent(tx, locked, "SENT", sid, { sentAt: new Date() });
  });
}

/** The SMS status callback: "delivered" → DELIVERED, "failed"/"undelivered" → FAILED (with the error code), once each. */
export async function recordSmsStatus(messageId: string, params: Record<string, string>): Promise<boolean> {
  const carrier = params.MessageStatus ?? params.SmsStatus ?? "";
  const status = carrier === "delivered" ? "DELIVERED" : carrier === "failed" || carrier === "undelivered" ? "FAILED" : null;
  return db.$transaction(async (tx) => {
    const m = await lockMessage(tx, messageId);
    if (!m || m.channel !== "SMS") return false;
    if (!status) return true; // queued/sent/sending: nothing the trail does not already show
    if ((await tx.messageEvent.count({ where: { messageId, status } })) > 0) return true;
    await recordMessageEvent(tx, m, status, status === "FAILED" ? params.ErrorCode || carrier : null);
    return true;
  });
}
