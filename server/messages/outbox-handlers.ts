import { db } from "../db";
import { escalateMessage } from "./escalate";
import { sendMessageEmail, type SendPayload } from "./send-email";
import { sendMessageSms } from "./send-sms";

/**
 * Outbox kinds of message delivery (call summaries by e-mail or SMS, escalations): each handler gets the
 * payload stored with the event and must be idempotent (delivery is at-least-once).
 */
export const messageOutboxHandlers = {
  "message.email": (payload: SendPayload, eventId: string) => sendMessageEmail(payload, eventId),
  "message.sms": (payload: SendPayload) => sendMessageSms(payload),
  "message.escalate": (payload: { messageId: string }) => escalateMessage(db, payload.messageId),
} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
