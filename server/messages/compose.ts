import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";
import type { TermsDocument } from "../terms/terms.schema";

export type CallSummaryInput = {
  locale: AppLocale;
  timeZone: string;
  clientName: string;
  outcomeLabel: string;
  urgent: boolean;
  call: { fromNumber: string; callerName?: string | null; startedAt: Date; formData?: unknown; notes?: string | null };
  form: TermsDocument["form"];
};

const t = (locale: AppLocale, key: string, values: Record<string, string> = {}) => translate(locale, `messages.summary.${key}`, values) ?? key;

function fieldValue(locale: AppLocale, value: unknown): string {
  if (value === true) return t(locale, "yes");
  if (value === false) return t(locale, "no");
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

/**
 * The call summary a client contact receives, in the client's language, with the times in the client's
 * zone. Stored on the Message (subject/body) so the trail shows exactly what was sent; the links (ack,
 * open pixel) are added at send time because they carry secrets we do not keep.
 */
export function composeSummary(v: CallSummaryInput): { subject: string; body: string } {
  const when = new Intl.DateTimeFormat(v.locale, { dateStyle: "medium", timeStyle: "short", timeZone: v.timeZone }).format(v.call.startedAt);
  const caller = v.call.callerName ? `${v.call.callerName} (${v.call.fromNumber})` : v.call.fromNumber;
  const base = t(v.locale, "subject", { client: v.clientName, outcome: v.outcomeLabel, caller: v.call.fromNumber });
  const subject = v.urgent ? `${t(v.locale, "urgentPrefix")} ${base}` : base;
  const data = (v.call.formData && typeof v.call.formData === "object" ? v.call.formData : {}) as Record<string, unknown>;
  const lines = [
    t(v.locale, "intro", { client: v.clientName }),
    "",
    `${t(v.locale, "outcome")}: ${v.outcomeLabel}`,
    `${t(v.locale, "caller")}: ${caller}`,
    `${t(v.locale, "time")}: ${when}`,
  ];
  const fields = v.form.fields.filter((f) => f.key in data);
  if (fields.length > 0) {
    lines.push("", `${t(v.locale, "form")}:`);
    for (const f of fields) lines.push(`  ${f.label}: ${fieldValue(v.locale, data[f.key])}`);
  }
  if (v.call.notes?.trim()) lines.push("", `${t(v.locale, "notes")}:`, v.call.notes.trim());
  return { subject, body: lines.join("\n") };
}

/** Short enough for one or two SMS segments: the subject and the first lines of the form. */
export function smsText(subject: string, body: string, ackLink: string | null, locale: AppLocale): string {
  const detail = body.split("\n").slice(2, 8).filter(Boolean).join("; ");
  const text = `${subject}. ${detail}`.slice(0, 300);
  return ackLink ? `${text} ${t(locale, "ackSms", { link: ackLink })}` : text;
}
