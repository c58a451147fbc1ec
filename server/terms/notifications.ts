import type { Tx } from "../db";
import { env } from "../env";
import type { AppLocale } from "../i18n/locale";
import { translate } from "../i18n/messages";
import { enqueueEmail } from "../jobs/outbox";
import type { TermsClient } from "./client-context";
import type { TermsActor } from "./rules";

/**
 * Who hears about a transition. The client's CLIENT_ADMINs approve, so a submission asks them; the
 * agency's owners and admins run the hotline, so they hear of approvals and of requests for changes.
 * When the agency acts for the client (approves on its behalf, sends its submission back), the client's
 * admins are told too, and when the client submits its own draft the agency is told. Never the actor.
 */
export type TermsEvent = "awaitingApproval" | "submittedByClient" | "approved" | "approvedOnBehalf" | "changesRequested";

type Notice = {
  client: TermsClient;
  version: { id: string; number: number };
  actor: TermsActor & { name: string };
  at: Date;
  effectiveFrom?: Date;
  comment?: string;
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(locale: AppLocale, event: TermsEvent, n: Notice, link: string) {
  const values: Record<string, string> = {
    client: n.client.name,
    agency: n.client.agency.name,
    number: String(n.version.number),
    actor: n.actor.name,
    effective: n.effectiveFrom
      ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: n.client.timezone }).format(n.effectiveFrom) +
        ` (${n.client.timezone})`
      : "",
  };
  const t = (key: string) => translate(locale, `email.terms.${key}`, values) ?? key;
  const subject = t(`${event}.subject`);
  const intro = t(`${event}.intro`);
  const cta = t(`${event}.cta`);
  const comment = n.comment ? `${t("commentLabel")}\n${n.comment}` : "";
  const text = [intro, comment, `${cta}: ${link}`].filter(Boolean).join("\n\n") + "\n";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto">
<p>${escape(intro)}</p>
${n.comment ? `<blockquote style="margin:16px 0;padding:8px 12px;border-left:3px solid #c7d2fe;color:#334155;white-space:pre-wrap">${escape(n.comment)}</blockquote>` : ""}
<p><a href="${escape(link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escape(cta)}</a></p>
<p style="color:#94a3b8;font-size:12px">${escape(link)}</p>
</body></html>`;
  return { subject, text, html };
}

async function clientAdmins(tx: Tx, client: TermsClient) {
  const rows = await tx.clientMember.findMany({
    where: { clientId: client.id, agencyId: client.agencyId, role: "CLIENT_ADMIN" },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => ({ ...r.user, locale: (r.user.locale ?? client.locale) as AppLocale }));
}

async function agencyAdmins(tx: Tx, client: TermsClient) {
  const rows = await tx.agencyMember.findMany({
    where: { agencyId: client.agencyId, role: { in: ["OWNER", "ADMIN"] } },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => ({ ...r.user, locale: (r.user.locale ?? client.agency.locale) as AppLocale }));
}

/** Queues the e-mails of one transition in its transaction (through the outbox, so they leave once it commits). */
export async function notifyTermsEvent(tx: Tx, kind: "submitted" | "approved" | "changesRequested", n: Notice): Promise<void> {
  const base = env().PUBLIC_URL;
  const portalLink = `${base}/portal/${n.client.slug}/terms/${n.version.number}`;
  const agencyLink = `${base}/a/${n.client.agency.slug}/clients/${n.client.slug}/terms/${n.version.number}`;
  const byAgency = n.actor.side === "agency";
  const sends: { audience: "client" | "agency"; event: TermsEvent }[] =
    kind === "submitted"
      ? [{ audience: "client", event: "awaitingApproval" }, ...(byAgency ? [] : [{ audience: "agency" as const, event: "submittedByClient" as const }])]
      : kind === "approved"
        ? [{ audience: "agency", event: "approved" }, ...(byAgency ? [{ audience: "client" as const, event: "approvedOnBehalf" as const }] : [])]
        : [{ audience: "agency", event: "changesRequested" }, ...(byAgency ? [{ audience: "client" as const, event: "changesRequested" as const }] : [])];
  for (const send of sends) {
    const people = send.audience === "client" ? await clientAdmins(tx, n.client) : await agencyAdmins(tx, n.client);
    const link = send.audience === "client" ? portalLink : agencyLink;
    for (const person of people) {
      if (person.id === n.actor.userId) continue;
      await enqueueEmail(tx, {
        agencyId: n.client.agencyId,
        dedupeKey: `terms:${n.version.id}:${send.event}:${n.at.toISOString()}:${person.id}`,
        to: person.email,
        ...render(person.locale, send.event, n, link),
      });
    }
  }
}
