import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type DigestFacts = {
  clientName: string;
  frequency: "DAILY" | "WEEKLY";
  /** First and last local day of the period ("YYYY-MM-DD"). */
  firstDay: string;
  lastDay: string;
  offered: number;
  answered: number;
  abandoned: number;
  serviceLevel: number | null;
  slaPercent: number | null;
  asaSeconds: number | null;
  talkMinutes: number;
  link: string;
};

/** The digest e-mail in the recipient's language: the period's KPIs and a link to the dashboard. */
export function digestEmail(locale: AppLocale, f: DigestFacts): { subject: string; text: string; html: string } {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(locale, `email.digest.${key}`, values) ?? key;
  const day = (d: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`));
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  const pct = (n: number | null) => (n === null ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(n));
  const period = f.firstDay === f.lastDay ? day(f.firstDay) : `${day(f.firstDay)} – ${day(f.lastDay)}`;
  const subject = t(f.frequency === "DAILY" ? "subjectDaily" : "subjectWeekly", { client: f.clientName, period });
  const rows: [string, string][] = [
    [t("offered"), num(f.offered)],
    [t("answered"), num(f.answered)],
    [t("abandoned"), num(f.abandoned)],
    [t("serviceLevel"), f.slaPercent === null ? pct(f.serviceLevel) : `${pct(f.serviceLevel)} (${t("target", { percent: f.slaPercent })})`],
    [t("asa"), f.asaSeconds === null ? "—" : t("seconds", { seconds: Math.round(f.asaSeconds) })],
    [t("talkMinutes"), num(f.talkMinutes)],
  ];
  const intro = t("intro", { client: f.clientName, period });
  const cta = t("cta");
  const footer = t("footer");
  const text = `${intro}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n${cta}: ${f.link}\n\n${footer}\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
<p>${escape(intro)}</p>
<table style="border-collapse:collapse;width:100%">${rows
    .map(([k, v]) => `<tr><td style="padding:6px 0;color:#64748b">${escape(k)}</td><td style="padding:6px 0;text-align:right;font-weight:600">${escape(v)}</td></tr>`)
    .join("")}</table>
<p><a href="${escape(f.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(cta)}</a></p>
<p style="color:#94a3b8;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
