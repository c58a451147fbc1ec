import type { Tx } from "../db";
import { env } from "../env";
import { AppError } from "../lib/app-error";
import { hashToken, newToken, seal } from "../lib/tokens";
import { enqueueOutbox } from "../jobs/outbox";
import { onCallAt } from "../oncall/roster";
import type { TermsDocument } from "../terms/terms.schema";
import { composeSummary } from "./compose";
import { resolveRecipients, type Channel, type Person } from "./recipients";

/** How long a message that needs an acknowledgement waits before it escalates to the next person on call. */
export const DEFAULT_ACK_MINUTES = 15;

export type DeliverCall = { id: string; fromNumber: string; callerName?: string | null; startedAt: Date; formData?: unknown; notes?: string | null };

export type DeliverArgs = {
  call: DeliverCall;
  outcomeCode: string;
  terms: TermsDocument;
  clientId: string;
  agencyId: string;
  /** Defaults to now: who is on call is decided at this instant. */
  at?: Date;
  ackMinutes?: number;
};

/** Loads the people the summary may go to: the client's contacts and who is on call at `at`, in order. */
export async function loadPeople(tx: Tx, clientId: string, at: Date) {
  const [contacts, entries] = await Promise.all([
    tx.clientContact.findMany({ where: { clientId }, select: { id: true, name: true, email: true, phone: true } }),
    tx.onCallEntry.findMany({
      where: { clientId, startsAt: { lte: at }, endsAt: { gt: at } },
      select: { id: true, personName: true, email: true, phone: true, startsAt: true, endsAt: true, escalationOrder: true },
    }),
  ]);
  const onCall: Person[] = onCallAt(entries, at).map((e) => ({ name: e.personName, email: e.email, phone: e.phone }));
  return { contacts: new Map(contacts.map((c) => [c.id, c] as const)), onCall };
}

/**
 * Sends the call's summary per its outcome's delivery rule, inside the caller's transaction (the desk's
 * submit): one Message per recipient with its QUEUED step, an outbox event that sends it, and, when the
 * rule asks for an acknowledgement, a delayed "message.escalate" at the deadline. Idempotent per call: a
 * repeated submit finds the messages already there and adds nothing. Returns the messages' ids.
 */
export async function deliverOutcome(tx: Tx, args: DeliverArgs): Promise<string[]> {
  const outcome = args.terms.outcomes.find((o) => o.code === args.outcomeCode);
  if (!outcome) throw new AppError("BAD_REQUEST", "messages.unknownOutcome", { field: "outcome" });
  const existing = await tx.message.findMany({ where: { callId: args.call.id, agencyId: args.agencyId, escalationStep: 0 }, select: { id: true } });
  if (existing.length > 0) return existing.map((m) => m.id);

  const client = await tx.client.findFirst({ where: { id: args.clientId, agencyId: args.agencyId }, select: { name: true, locale: true, timezone: true } });
  if (!client) throw new AppError("NOT_FOUND", "clientNotFound");
  const at = args.at ?? new Date();
  const rule = outcome.delivery;
  const { contacts, onCall } = await loadPeople(tx, args.clientId, at);
  const recipients = resolveRecipients(rule, contacts, onCall);
  const { subject, body } = composeSummary({
    locale: client.locale, timeZone: client.timezone, clientName: client.name, outcomeLabel: outcome.label, urgent: rule.urgent,
    call: args.call, form: args.terms.form,
  });
  const ids: string[] = [];
  for (const r of recipients) {
    ids.push(
      await createMessage(tx, {
        agencyId: args.agencyId, clientId: args.clientId, callId: args.call.id, channel: rule.channel, recipientName: r.name, recipient: r.address,
        urgent: rule.urgent, requiresAck: rule.requiresAck, subject, body, escalationStep: 0, escalatedFromId: null,
        ackDeadline: rule.requiresAck ? new Date(at.getTime() + (args.ackMinutes ?? DEFAULT_ACK_MINUTES) * 60_000) : null,
      }),
    );
  }
  return ids;
}

export type NewMessage = {
  agencyId: string; clientId: string; callId: string; channel: Channel; recipientName: string; recipient: string | null;
  urgent: boolean; requiresAck: boolean; subject: string; body: string; escalationStep: number; escalatedFromId: string | null; ackDeadline: Date | null;
};

/**
 * One Message with its first trail step and the outbox events that send it (and escalate it). A recipient
 * without an address for the channel is kept as FAILED so the gap is visible in the trail.
 */
export async function createMessage(tx: Tx, m: NewMessage): Promise<string> {
  const token = m.requiresAck && m.recipient ? newToken() : null;
  const message = await tx.message.create({
    data: {
      agencyId: m.agencyId, clientId: m.clientId, callId: m.callId, channel: m.channel, recipientName: m.recipientName, recipient: m.recipient ?? "",
      urgent: m.urgent, requiresAck: m.requiresAck, ackTokenHash: token ? hashToken(token) : null, ackDeadline: m.recipient ? m.ackDeadline : null,
      escalationStep: m.escalationStep, escalatedFromId: m.escalatedFromId, subject: m.subject, body: m.body, status: m.recipient ? "QUEUED" : "FAILED",
    },
    select: { id: true },
  });
  if (!m.recipient) {
    await tx.messageEvent.create({ data: { agencyId: m.agencyId, messageId: message.id, status: "FAILED", detail: m.channel === "EMAIL" ? "noEmail" : "noPhone" } });
    return message.id;
  }
  await tx.messageEvent.create({ data: { agencyId: m.agencyId, messageId: message.id, status: "QUEUED" } });
  const sealedToken = token ? seal(token, env().NEXTAUTH_SECRET) : null;
  await enqueueOutbox(tx, {
    agencyId: m.agencyId, kind: m.channel === "EMAIL" ? "message.email" : "message.sms", dedupeKey: `message:${message.id}`,
    payload: { messageId: message.id, sealedToken },
  });
  if (m.requiresAck && m.ackDeadline) {
    await enqueueOutbox(tx, { agencyId: m.agencyId, kind: "message.escalate", dedupeKey: `message-escalate:${message.id}`, payload: { messageId: message.id }, availableAt: m.ackDeadline });
  }
  return message.id;
}
