import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { buildTimeline, safeAudioUrl } from "../call-log/timeline";
import { isFinalStatus } from "../call-log/call-status";
import { messagesOfCall } from "../messages/read";
import { outcomeLabels, type PortalClient } from "./portal-calls";

/**
 * One of the client's calls as its portal shows it: timeline, the form the operator filled in (labelled as
 * in the terms version the call ran under), the outcome, the operator's FIRST name only (the agency's staff
 * are not the client's to know by full name), audio, and the messages the outcome sent. The id comes from
 * the browser: looked up inside the client, so another client's call is NOT_FOUND like a missing one.
 */
export async function getPortalCall(db: Db, client: PortalClient, callId: string) {
  const call = await db.call.findFirst({
    where: { id: callId, clientId: client.id, agencyId: client.agencyId },
    select: {
      id: true, fromNumber: true, callerName: true, status: true, route: true, language: true, startedAt: true, connectedAt: true,
      endedAt: true, waitSeconds: true, talkSeconds: true, durationSeconds: true, outcome: true, formData: true, termsVersionNumber: true,
      operatorUserId: true, voicemailUrl: true, voicemailSeconds: true, recordingUrl: true, recordingSeconds: true, mediaPurgedAt: true,
      hotline: { select: { name: true } },
      events: { select: { id: true, type: true, occurredAt: true, data: true } },
    },
  });
  if (!call) throw new AppError("NOT_FOUND", "reports.callNotFound");
  const [operator, fields, outcomes, messages] = await Promise.all([
    call.operatorUserId ? db.user.findUnique({ where: { id: call.operatorUserId }, select: { name: true } }) : null,
    formFields(db, client.id, call.termsVersionNumber),
    outcomeLabels(db, client.id),
    messagesOfCall(db, client.agencyId, call.id),
  ]);
  const { events, operatorUserId: _operator, formData, hotline, voicemailUrl, recordingUrl, ...rest } = call;
  return {
    ...rest,
    hotlineName: hotline.name,
    timeZone: client.timezone,
    final: isFinalStatus(call.status),
    operatorFirstName: operator ? firstName(operator.name) : null,
    outcomeLabel: call.outcome ? (outcomes.find((o) => o.code === call.outcome)?.label ?? call.outcome) : null,
    answers: formAnswers(formData, fields),
    voicemailUrl: voicemailUrl ? safeAudioUrl(voicemailUrl) : null,
    recordingUrl: recordingUrl ? safeAudioUrl(recordingUrl) : null,
    timeline: buildTimeline(events.map((e) => ({ ...e, id: e.id.toString() })), call.startedAt, { mediaPurged: call.mediaPurgedAt !== null }),
    messages,
  };
}

/** "Anna Petrova" → "Anna"; an empty name stays unknown. */
export function firstName(full: string | null | undefined): string | null {
  const first = full?.trim().split(/\s+/)[0];
  return first ? first : null;
}

type Field = { key: string; label: string };

async function formFields(db: Db, clientId: string, number: number | null): Promise<Field[]> {
  if (number == null) return [];
  const v = await db.termsVersion.findFirst({ where: { clientId, number }, select: { document: true } });
  const form = (v?.document as { form?: { fields?: { key?: unknown; label?: unknown }[] } } | null)?.form;
  return (form?.fields ?? []).flatMap((f) => (typeof f.key === "string" ? [{ key: f.key, label: typeof f.label === "string" ? f.label : f.key }] : []));
}

/** The answers in the form's order, then any key the form no longer has; values as text. */
export function formAnswers(data: unknown, fields: readonly Field[]): { key: string; label: string; value: string | boolean }[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const values = data as Record<string, unknown>;
  const known = fields.filter((f) => f.key in values).map((f) => ({ ...f, raw: values[f.key] }));
  const extra = Object.keys(values).filter((k) => !fields.some((f) => f.key === k)).map((k) => ({ key: k, label: k, raw: values[k] }));
  return [...known, ...extra].flatMap(({ key, label, raw }): { key: string; label: string; value: string | boolean }[] =>
    typeof raw === "boolean" ? [{ key, label, value: raw }] : typeof raw === "string" || typeof raw === "number" ? [{ key, label, value: String(raw) }] : [],
  );
}
