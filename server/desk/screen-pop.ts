import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { greetingFor, termsOfCall } from "./call-terms";
import { findOwnCallId } from "./own-call";

const HISTORY_SIZE = 10;

/**
 * Everything the operator needs on one screen once they accept a call: the caller, the client and its
 * hotline, the terms the call is answered under (greeting, script, FAQ, form, outcomes, escalation), the
 * caller's earlier calls to this client and what came of them. Only the operator's own call.
 */
export async function screenPop(db: Db, input: { agencyId: string; userId: string; callId: string }) {
  const { agencyId } = input;
  await findOwnCallId(db, input);
  const call = await db.call.findFirst({
    where: { id: input.callId, agencyId },
    select: {
      id: true, clientId: true, status: true, fromNumber: true, callerName: true, forwardedFrom: true, language: true,
      startedAt: true, queuedAt: true, connectedAt: true, wrapUpAt: true, endedAt: true, waitSeconds: true, talkSeconds: true,
      termsVersionId: true, outcome: true, formData: true, notes: true,
      hotline: { select: { id: true, name: true, wrapUpSeconds: true } },
    },
  });
  if (!call) throw new AppError("NOT_FOUND", "desk.callNotFound");
  const client = await db.client.findFirst({ where: { id: call.clientId, agencyId }, select: { id: true, name: true, timezone: true, locale: true } });
  if (!client) throw new AppError("NOT_FOUND", "desk.callNotFound");
  const terms = await termsOfCall(db, call);
  const earlier = await db.call.findMany({
    where: { agencyId, clientId: call.clientId, fromNumber: call.fromNumber, id: { not: call.id }, startedAt: { lt: call.startedAt } },
    orderBy: { startedAt: "desc" },
    take: HISTORY_SIZE,
    select: { id: true, startedAt: true, status: true, outcome: true, notes: true, talkSeconds: true, hotline: { select: { name: true } } },
  });
  const labels = new Map((terms?.document.outcomes ?? []).map((o) => [o.code, o.label]));
  const doc = terms?.document;
  const { clientId: _clientId, termsVersionId: _termsVersionId, hotline, ...rest } = call;
  return {
    call: { ...rest, formData: (call.formData ?? null) as Record<string, string | boolean> | null },
    client: { name: client.name, timeZone: client.timezone, locale: client.locale },
    hotline: { name: hotline.name, wrapUpSeconds: hotline.wrapUpSeconds },
    terms: doc
      ? {
          version: terms.number,
          greeting: greetingFor(doc, call.language, client.locale),
          tone: doc.general.tone,
          operatorRules: doc.general.operatorRules,
          script: doc.script,
          faq: doc.faq,
          fields: doc.form.fields,
          outcomes: doc.outcomes.map((o) => ({ code: o.code, label: o.label, urgent: o.delivery.urgent, requiresAck: o.delivery.requiresAck })),
          escalation: doc.escalation,
        }
      : null,
    history: earlier.map((c) => ({
      id: c.id, startedAt: c.startedAt, status: c.status, outcome: c.outcome, outcomeLabel: c.outcome ? (labels.get(c.outcome) ?? c.outcome) : null,
      notes: c.notes, talkSeconds: c.talkSeconds, hotline: c.hotline.name,
    })),
  };
}
export type ScreenPop = Awaited<ReturnType<typeof screenPop>>;
