import type { Db } from "../db";
import { hashToken } from "../lib/tokens";
import { isPixelToken, lockMessage, recordMessageEvent } from "./trail";

export type AckResult =
  | { state: "invalid" }
  | { state: "acknowledged" | "already"; acknowledgedAt: Date; recipientName: string; subject: string; body: string; clientName: string; timeZone: string };

/**
 * The one-click acknowledgement behind /ack/<token>: the first click records ACKNOWLEDGED (which stops the
 * escalation), later clicks say when it was acknowledged. A message that already escalated can still be
 * acknowledged: the trail shows it, and the escalated copy stops escalating further.
 */
export async function acknowledgeByToken(db: Db, token: string, now = new Date()): Promise<AckResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "invalid" };
  const found = await db.message.findUnique({ where: { ackTokenHash: hashToken(token) }, select: { id: true } });
  if (!found) return { state: "invalid" };
  return db.$transaction(async (tx) => {
    const m = (await lockMessage(tx, found.id))!;
    const client = await tx.client.findUnique({ where: { id: m.clientId }, select: { name: true, timezone: true } });
    const info = { recipientName: m.recipientName, subject: m.subject, body: m.body, clientName: client?.name ?? "", timeZone: client?.timezone ?? "UTC" };
    if (m.acknowledgedAt) return { state: "already" as const, acknowledgedAt: m.acknowledgedAt, ...info };
    await recordMessageEvent(tx, m, "ACKNOWLEDGED", null, { acknowledgedAt: now });
    return { state: "acknowledged" as const, acknowledgedAt: now, ...info };
  });
}

/** The open pixel: marks the message OPENED once (a client that loads images again adds nothing). */
export async function markOpened(db: Db, messageId: string, token: string): Promise<boolean> {
  if (!isPixelToken(messageId, token)) return false;
  return db.$transaction(async (tx) => {
    const m = await lockMessage(tx, messageId);
    if (!m) return false;
    const opened = await tx.messageEvent.count({ where: { messageId, status: "OPENED" } });
    if (opened > 0) return true;
    await recordMessageEvent(tx, m, "OPENED");
    return true;
  });
}
