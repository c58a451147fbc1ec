import type { DocumentKind } from "../generated/prisma/enums";
import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type ExpiryEmailFacts = {
  agencyName: string;
  /** The client's name, or null for one of the agency's own documents. */
  clientName: string | null;
  kind: DocumentKind;
  title: string | null;
  number: string | null;
  validUntil: Date;
  daysLeft: number;
  link: string;
};

/** How a document is named in a sentence: its title, else its kind, with its number. */
export function documentLabel(locale: AppLocale, d: { kind: DocumentKind; title: string | null; number: string | null }): string {
  const name = d.title || (translate(locale, `documents.kinds.${d.kind}`) ?? d.kind);
  return d.number ? (translate(locale, "documents.numbered", { name, number: d.number }) ?? `${name} ${d.number}`) : name;
}

/** "in 7 days" / "через 7 дней" with the language's plural rules, "today" on the last day. */
function when(locale: AppLocale, days: number): string {
  if (days === 0) return translate(locale, "email.documentExpiry.today") ?? "today";
  const form = new Intl.PluralRules(locale).select(days);
  return translate(locale, `email.documentExpiry.inDays.${form}`, { count: days }) ?? translate(locale, "email.documentExpiry.inDays.other", { count: days }) ?? `${days}`;
}

/** The reminder that a compliance document expires soon, in the agency's language. */
export function expiryReminderEmail(locale: AppLocale, f: ExpiryEmailFacts): { subject: string; text: string; html: string } {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(locale, `email.documentExpiry.${key}`, values) ?? key;
  const document = documentLabel(locale, f);
  const owner = f.clientName ?? f.agencyName;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(f.validUntil);
  const subject = t("subject", { document, owner, when: when(locale, f.daysLeft) });
  const intro = t(f.clientName ? "introClient" : "introAgency", { document, owner, date, when: when(locale, f.daysLeft) });
  const ask = t("ask");
  const cta = t("cta");
  const footer = t("footer", { agency: f.agencyName });
  const text = `${intro}\n${ask}\n\n${cta}: ${f.link}\n\n${footer}\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
<p>${escape(intro)}</p>
<p>${escape(ask)}</p>
<p><a href="${escape(f.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(cta)}</a></p>
<p style="color:#94a3b8;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
