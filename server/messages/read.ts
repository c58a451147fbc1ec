import type { Db } from "../db";
import { AppError } from "../lib/app-error";

const select = {
  id: true, callId: true, channel: true, recipientName: true, recipient: true, urgent: true, requiresAck: true, ackDeadline: true,
  escalationStep: true, escalatedFromId: true, status: true, subject: true, sentAt: true, acknowledgedAt: true, createdAt: true,
  events: { select: { id: true, status: true, detail: true, occurredAt: true }, orderBy: { id: "asc" as const } },
} as const;

type TrailEvent = { id: bigint; status: string; detail: string | null; occurredAt: Date };
// BigInt ids do not cross into client components or JSON: the trail's ids as strings.
const plain = <T extends { events: TrailEvent[] }>(m: T) => ({
  ...(m as Omit<T, "events">),
  events: m.events.map((e) => ({ ...e, id: String(e.id) })),
});

/** The messages of one call of the agency, in escalation order; another agency's call is NOT_FOUND. */
export async function messagesOfCall(db: Db, agencyId: string, callId: string) {
  const call = await db.call.findFirst({ where: { id: callId, agencyId }, select: { id: true } });
  if (!call) throw new AppError("NOT_FOUND", "calls.callNotFound");
  const rows = await db.message.findMany({ where: { callId, agencyId }, select, orderBy: [{ escalationStep: "asc" }, { createdAt: "asc" }] });
  return rows.map(plain);
}

export const PORTAL_PAGE_SIZE = 25;

/** A client's messages, newest first, with the call each is about (the portal's Messages page). */
export async function messagesOfClient(db: Db, client: { id: string; agencyId: string }, page: number) {
  const where = { clientId: client.id, agencyId: client.agencyId };
  const [total, rows] = await Promise.all([
    db.message.count({ where }),
    db.message.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * PORTAL_PAGE_SIZE, take: PORTAL_PAGE_SIZE }),
  ]);
  const calls = await db.call.findMany({ where: { id: { in: [...new Set(rows.map((m) => m.callId))] }, clientId: client.id }, select: { id: true, fromNumber: true, startedAt: true, outcome: true } });
  const byId = new Map(calls.map((c) => [c.id, c]));
  return { total, pageSize: PORTAL_PAGE_SIZE, messages: rows.map((m) => ({ ...plain(m), call: byId.get(m.callId) ?? null })) };
}
