import type { Db, Tx } from "../../db";
import { audit } from "../../audit";
import { env } from "../../env";
import { isLocale } from "../../i18n/locale";
import { enqueueEmail } from "../../jobs/outbox";
import { paymentFailedEmail } from "./dunning-email";

/**
 * A failed payment (invoice.payment_failed): the client is PAST_DUE from the first failure (the suspend clock
 * starts then and is not reset by later failures) and the agency's owners and admins get one e-mail per invoice.
 */
export async function markPaymentFailed(tx: Tx, args: { agencyId: string; clientId: string; invoiceId: string; amountDueMinor: bigint; currency: string; at: Date }) {
  await tx.$executeRaw`
    UPDATE "ClientBilling" SET status = 'PAST_DUE', "pastDueSince" = COALESCE("pastDueSince", ${args.at}), "updatedAt" = now()
    WHERE "clientId" = ${args.clientId} AND "agencyId" = ${args.agencyId}`;
  const [client, agency, account, admins] = await Promise.all([
    tx.client.findUniqueOrThrow({ where: { id: args.clientId }, select: { name: true, slug: true } }),
    tx.agency.findUniqueOrThrow({ where: { id: args.agencyId }, select: { slug: true, locale: true } }),
    tx.billingAccount.findUnique({ where: { agencyId: args.agencyId }, select: { failedPaymentAction: true, suspendAfterDays: true } }),
    tx.agencyMember.findMany({ where: { agencyId: args.agencyId, role: { in: ["OWNER", "ADMIN"] } }, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true } } } }),
  ]);
  if (admins.length === 0) return;
  const mail = paymentFailedEmail(isLocale(agency.locale) ? agency.locale : "en", {
    clientName: client.name,
    amountMinor: args.amountDueMinor,
    currency: args.currency,
    suspendAfterDays: account?.failedPaymentAction === "SUSPEND" ? account.suspendAfterDays : null,
    link: `${env().PUBLIC_URL}/a/${agency.slug}/clients/${client.slug}/billing`,
  });
  await enqueueEmail(tx, { agencyId: args.agencyId, dedupeKey: `billing.payment-failed:${args.invoiceId}`, to: admins.map((a) => a.user.email).join(", "), ...mail });
}

/** invoice.paid: no unpaid invoice left → the client is back to ACTIVE and the suspend clock stops. */
export async function markPaid(tx: Tx, args: { agencyId: string; clientId: string }) {
  const unpaid = await tx.invoiceRecord.count({ where: { clientId: args.clientId, agencyId: args.agencyId, status: "open", paymentFailedAt: { not: null } } });
  if (unpaid > 0) return;
  await tx.clientBilling.updateMany({
    where: { clientId: args.clientId, agencyId: args.agencyId, status: { in: ["PAST_DUE", "UNPAID"] } },
    data: { status: "ACTIVE", pastDueSince: null },
  });
}

/**
 * The daily job: under the SUSPEND policy, a client unpaid for the agency's N days has its active hotlines
 * paused (audited; the agency resumes them by hand once paid). WARN agencies are only e-mailed. Idempotent:
 * a paused hotline is not touched again. Returns how many hotlines it paused.
 */
export async function suspendOverdueClients(db: Db, now: Date): Promise<number> {
  const overdue = await db.$queryRaw<{ clientId: string; agencyId: string; pastDueSince: Date; days: number }[]>`
    SELECT cb."clientId", cb."agencyId", cb."pastDueSince", ba."suspendAfterDays" AS days
    FROM "ClientBilling" cb JOIN "BillingAccount" ba ON ba."agencyId" = cb."agencyId"
    WHERE ba."failedPaymentAction" = 'SUSPEND' AND cb.status IN ('PAST_DUE', 'UNPAID') AND cb."pastDueSince" IS NOT NULL
      AND cb."pastDueSince" <= ${now}::timestamptz - make_interval(days => ba."suspendAfterDays")`;
  let paused = 0;
  for (const row of overdue) {
    paused += await db.$transaction(async (tx) => {
      const hotlines = await tx.hotline.findMany({ where: { clientId: row.clientId, agencyId: row.agencyId, status: "ACTIVE" }, select: { id: true } });
      if (hotlines.length === 0) return 0;
      await tx.hotline.updateMany({ where: { id: { in: hotlines.map((h) => h.id) }, status: "ACTIVE" }, data: { status: "PAUSED" } });
      for (const h of hotlines) {
        await audit(tx, {
          agencyId: row.agencyId,
          actorId: null,
          action: "billing.hotline_suspended",
          entityType: "Hotline",
          entityId: h.id,
          before: { status: "ACTIVE" },
          after: { status: "PAUSED", reason: "payment_overdue", pastDueSince: row.pastDueSince.toISOString(), suspendAfterDays: row.days },
        });
      }
      return hotlines.length;
    });
  }
  return paused;
}
