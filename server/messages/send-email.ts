import { db } from "../db";
import { env } from "../env";
import { sendMail } from "../email/mailer";
import { unseal } from "../lib/tokens";
import { lockMessage, pixelToken, recordMessageEvent } from "./trail";
import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";

export type SendPayload = { messageId: string; sealedToken: string | null };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const ackLink = (token: string) => `${env().PUBLIC_URL}/ack/${token}`;

/** The e-mail of one Message: its stored text, the one-click acknowledgement button and the open pixel. */
export function renderSummaryEmail(v: { id: string; subject: string; body: string; urgent: boolean; locale: AppLocale; ackUrl: string | null }) {
  const t = (key: string) => translate(v.locale, `messages.email.${key}`) ?? key;
  const pixel = `${env().PUBLIC_URL}/api/messages/${v.id}/opened.gif?t=${pixelToken(v.id)}`;
  const text = v.ackUrl ? `${v.body}\n\n${t("ackCta")}: ${v.ackUrl}\n` : `${v.body}\n`;
  const banner = v.urgent ? `<p style="background:#fee2e2;color:#991b1b;padding:8px 12px;border-radius:6px;font-weight:600">${escape(t("urgentBanner"))}</p>` : "";
  const button = v.ackUrl
    ? `<p><a href="${escape(v.ackUrl)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(t("ackCta"))}</a></p><p style="color:#64748b;font-size:13px">${escape(t("ackHint"))}</p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
${banner}<pre style="font-family:inherit;white-space:pre-wrap;font-size:15px">${escape(v.body)}</pre>
${button}<img src="${escape(pixel)}" width="1" height="1" alt="" style="display:block;border:0">
</body></html>`;
  return { text, html };
}

/**
 * Outbox kind "message.email". At-least-once: a message already past QUEUED was sent (a retry after the
 * status update was lost) and is not sent again; the outbox event id is the Message-ID for the receiver.
 */
export async function sendMessageEmail(payload: SendPayload, eventId: string): Promise<void> {
  const message = await db.message.findUnique({ where: { id: payload.messageId }, include: { events: { select: { status: true } } } });
  if (!message || message.events.some((e) => e.status === "SENT")) return;
  const client = await db.client.findUnique({ where: { id: message.clientId }, select: { locale: true } });
  const token = payload.sealedToken ? unseal(payload.sealedToken, env().NEXTAUTH_SECRET) : null;
  const { text, html } = renderSummaryEmail({
    id: message.id, subject: message.subject, body: message.body, urgent: message.urgent, locale: client?.locale ?? "en", ackUrl: token ? ackLink(token) : null,
  });
  await sendMail({
    to: message.recipient, subject: message.subject, text, html, messageId: `<${eventId}@switchboard.outbox>`,
    ...(message.urgent ? { headers: { "X-Priority": "1 (Highest)", Importance: "high", Priority: "urgent" } } : {}),
  });
  await db.$transaction(async (tx) => {
    const locked = await lockMessage(tx, message.id);
    if (locked) await recordMessageEvent(tx, locked, "SENT", null, { sentAt: new Date() });
  });
}
