import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The invitation e-mail, in the inviter's language (we do not know the invitee's yet). With `clientName`
 * it invites to that client's portal ("the portal of Aurora Dental") rather than to the agency's team.
 */
export function invitationEmail(
  locale: AppLocale,
  v: { agencyName: string; clientName?: string; inviterName: string; role: string; link: string; expiresAt: Date },
): { subject: string; text: string; html: string } {
  const t = (key: string, values: Record<string, string> = {}) =>
    (v.clientName ? translate(locale, `email.clientInvitation.${key}`, { ...values, client: v.clientName }) : undefined) ??
    translate(locale, `email.invitation.${key}`, values) ??
    key;
  const role = translate(locale, `roles.${v.role}`) ?? v.role;
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(v.expiresAt) + " UTC";
  const subject = t("subject", { agency: v.agencyName });
  const intro = t("intro", { inviter: v.inviterName, agency: v.agencyName, role });
  const cta = t("cta");
  const expiry = t("expiry", { date: expires });
  const ignore = t("ignore");
  const text = `${intro}\n\n${cta}: ${v.link}\n\n${expiry}\n${ignore}\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
<p>${escape(intro)}</p>
<p><a href="${escape(v.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(cta)}</a></p>
<p style="color:#475569;font-size:14px">${escape(expiry)}<br>${escape(ignore)}</p>
<p style="color:#94a3b8;font-size:12px">${escape(v.link)}</p>
</body></html>`;
  return { subject, text, html };
}
