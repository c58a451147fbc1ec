import type { Db } from "../db";
import { createMessage, loadPeople } from "./deliver";
import { nextOnCall } from "./recipients";
import { recordMessageEvent } from "./trail";

/**
 * Outbox kind "message.escalate", due at a message's ack deadline. If nobody has acknowledged any of the
 * call's messages by then, the message is marked ESCALATED and the next person on call (escalation order,
 * skipping everyone already messaged about this call) gets a copy that itself needs an acknowledgement,
 * and so escalates further. The call's messages are locked together, so two recipients of one summary
 * escalating at the same instant make one step, not two.
 */
export async function escalateMessage(db: Db, messageId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const head = await tx.message.findUnique({ where: { id: messageId }, select: { callId: true } });
    if (!head) return;
    await tx.$queryRaw`SELECT id FROM "Message" WHERE "callId" = ${head.callId} FOR UPDATE`;
    const all = await tx.message.findMany({ where: { callId: head.callId }, orderBy: { createdAt: "asc" } });
    const m = all.find((x) => x.id === messageId);
    if (!m || !m.requiresAck || m.status === "ESCALATED" || m.status === "FAILED" || m.acknowledgedAt) return;
    // Someone took responsibility for this call: nothing to escalate.
    if (all.some((x) => x.requiresAck && x.acknowledgedAt)) return;

    const later = all.find((x) => x.escalationStep > m.escalationStep);
    if (later) {
      await recordMessageEvent(tx, m, "ESCALATED", later.recipientName);
      return;
    }
    const { onCall } = await loadPeople(tx, m.clientId, now);
    const next = nextOnCall(onCall, m.channel, new Set(all.map((x) => x.recipient)));
    if (!next) {
      await recordMessageEvent(tx, m, "ESCALATED", "nobodyLeft");
      return;
    }
    const waitMs = m.ackDeadline ? Math.max(60_000, m.ackDeadline.getTime() - m.createdAt.getTime()) : 15 * 60_000;
    await recordMessageEvent(tx, m, "ESCALATED", next.name);
    await createMessage(tx, {
      agencyId: m.agencyId, clientId: m.clientId, callId: m.callId, channel: m.channel, recipientName: next.name, recipient: next.address,
      urgent: m.urgent, requiresAck: true, subject: m.subject, body: m.body, escalationStep: m.escalationStep + 1, escalatedFromId: m.id,
      ackDeadline: new Date(now.getTime() + waitMs),
    });
  });
}
