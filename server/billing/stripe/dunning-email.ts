import type { AppLocale } from "../../i18n/locale";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Kept here rather than in messages/*/billing.json: the e-mail is built on the server only, and these few
// sentences change together with the dunning rules next to them.
const STRINGS = {
  en: {
    subject: (client: string) => `Payment failed: ${client}`,
    intro: (client: string, amount: string) => `Stripe could not collect ${amount} from ${client}.`,
    warn: "Stripe will retry the payment. Please ask the client to update their payment method.",
    suspend: (days: number) => `If the invoice is still unpaid in ${days} day(s), the client's hotlines will be paused.`,
    cta: "Open billing",
  },
  ru: {
    subject: (client: string) => `Платёж не прошёл: ${client}`,
    intro: (client: string, amount: string) => `Stripe не смог списать ${amount} с клиента ${client}.`,
    warn: "Stripe повторит попытку. Попросите клиента обновить способ оплаты.",
    suspend: (days: number) => `Если счёт не будет оплачен за ${days} дн., линии клиента будут приостановлены.`,
    cta: "Открыть биллинг",
  },
} as const;

export function paymentFailedEmail(
  locale: AppLocale,
  f: { clientName: string; amountMinor: bigint; currency: string; suspendAfterDays: number | null; link: string },
): { subject: string; text: string; html: string } {
  const t = STRINGS[locale === "ru" ? "ru" : "en"];
  const zeroDecimal = ["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"].includes(f.currency.toUpperCase());
  const major = zeroDecimal ? Number(f.amountMinor) : Number(f.amountMinor) / 100; // display only
  const amount = new Intl.NumberFormat(locale, { style: "currency", currency: f.currency.toUpperCase() }).format(major);
  const lines = [t.intro(f.clientName, amount), t.warn, ...(f.suspendAfterDays ? [t.suspend(f.suspendAfterDays)] : [])];
  const text = `${lines.join("\n")}\n\n${t.cta}: ${f.link}\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
${lines.map((l) => `<p>${escape(l)}</p>`).join("\n")}
<p><a href="${escape(f.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(t.cta)}</a></p>
</body></html>`;
  return { subject: t.subject(f.clientName), text, html };
}
