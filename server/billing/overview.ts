import type { Db } from "../db";
import { periodUsage } from "./period";

/**
 * What the agency's billing page lists: every client that is not ended, with its billing status and the
 * period so far (plan, minutes against the included ones, amount), and the meter events Stripe refused.
 * Scoped by the agency id the procedure took from its context.
 */
export async function agencyBillingOverview(db: Db, agencyId: string) {
  const clients = await db.client.findMany({
    where: { agencyId, status: { not: "ENDED" } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, status: true },
  });
  const billing = await db.clientBilling.findMany({
    where: { agencyId },
    select: { clientId: true, status: true, pastDueSince: true, lastError: true },
  });
  const byClient = new Map(billing.map((b) => [b.clientId, b]));
  // One period query per client: an agency has tens of clients, and each reads its own indexed range.
  const rows = await Promise.all(
    clients.map(async (c) => {
      const usage = await periodUsage(db, { agencyId, clientId: c.id });
      const b = byClient.get(c.id);
      return {
        slug: c.slug,
        name: c.name,
        clientStatus: c.status,
        billingStatus: b?.status ?? "NONE",
        pastDueSince: b?.pastDueSince ?? null,
        lastError: b?.lastError ?? null,
        currency: usage.currency,
        hasPlan: usage.plan !== null,
        monthlyFeeMinor: usage.plan ? usage.plan.monthlyFeeMinor.toString() : null,
        includedMinutes: usage.includedMinutes,
        usedMinutes: usage.usedMinutes,
        percentOfIncluded: usage.percentOfIncluded,
        totalMinor: usage.totalMinor,
      };
    }),
  );
  return { clients: rows, failedMeterEvents: await failedMeterEvents(db, agencyId) };
}

/** Usage Stripe refused for good (FAILED) — newest first — with the error Stripe gave, for the Retry button. */
export async function failedMeterEvents(db: Db, agencyId: string) {
  const records = await db.usageRecord.findMany({
    where: { agencyId, meterStatus: "FAILED" },
    orderBy: { occurredAt: "desc" },
    take: 50,
    select: { id: true, clientId: true, callId: true, component: true, occurredAt: true, billableSeconds: true, meterError: true, meterAttempts: true },
  });
  const names = new Map(
    (await db.client.findMany({ where: { agencyId, id: { in: [...new Set(records.map((r) => r.clientId))] } }, select: { id: true, name: true, slug: true } })).map((c) => [c.id, c]),
  );
  const total = await db.usageRecord.count({ where: { agencyId, meterStatus: "FAILED" } });
  return {
    total,
    records: records.map((r) => ({ ...r, clientName: names.get(r.clientId)?.name ?? "", clientSlug: names.get(r.clientId)?.slug ?? "" })),
  };
}

/** Clients whose payment failed (PAST_DUE / UNPAID): the banner across the agency's pages. */
export async function pastDueClients(db: Db, agencyId: string) {
  const rows = await db.clientBilling.findMany({
    where: { agencyId, status: { in: ["PAST_DUE", "UNPAID"] } },
    orderBy: { pastDueSince: "asc" },
    select: { status: true, pastDueSince: true, client: { select: { slug: true, name: true } } },
  });
  return rows.map((r) => ({ slug: r.client.slug, name: r.client.name, status: r.status, pastDueSince: r.pastDueSince }));
}
