import type { AppLocale } from "../i18n/locale";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Server-only sentences, kept next to the alert rule (as the dunning e-mail does).
const STRINGS = {
  en: {
    subject: (client: string, pct: number) => (pct >= 100 ? `${client}: included minutes used up` : `${client}: ${pct}% of the included minutes used`),
    body: (client: string, used: string, included: number, pct: number) =>
      pct >= 100
        ? `${client} has used ${used} of its ${included} included minutes this billing period. Further minutes are charged at the plan's rate.`
        : `${client} has used ${used} of its ${included} included minutes this billing period (${pct}%).`,
    cta: "Open billing",
  },
  ru: {
    subject: (client: string, pct: number) => (pct >= 100 ? `${client}: включённые минуты израсходованы` : `${client}: израсходовано ${pct}% включённых минут`),
    body: (client: string, used: string, included: number, pct: number) =>
      pct >= 100
        ? `${client} израсходовал ${used} из ${included} включённых минут в этом расчётном периоде. Следующие минуты оплачиваются по тарифу.`
        : `${client} израсходовал ${used} из ${included} включённых минут в этом расчётном периоде (${pct}%).`,
    cta: "Открыть биллинг",
  },
} as const;

export function usageAlertEmail(locale: AppLocale, f: { clientName: string; usedMinutes: number; includedMinutes: number; threshold: number; link: string }) {
  const t = STRINGS[locale === "ru" ? "ru" : "en"];
  const used = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(f.usedMinutes);
  const body = t.body(f.clientName, used, f.includedMinutes, f.threshold);
  return {
    subject: t.subject(f.clientName, f.threshold),
    text: `${body}\n\n${t.cta}: ${f.link}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto"><p>${escape(body)}</p>
<p><a href="${escape(f.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(t.cta)}</a></p></body></html>`,
  };
}
