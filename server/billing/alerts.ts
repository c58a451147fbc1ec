import type { Db, Tx } from "../db";
import { env } from "../env";
import { enqueueEmail } from "../jobs/outbox";
import { usageAlertEmail } from "./alerts-email";
import { planInForce } from "./plans";
import { billingPeriod } from "./rating";

export const ALERT_THRESHOLDS = [80, 100] as const;

/**
 * 80% and 100% of the included minutes (STANDARD minutes of the period): e-mails the client's CLIENT_ADMINs and the
 * agency's OWNERs/ADMINs, once per period per threshold. The marker ("<period start>:<threshold>") is appended to
 * ClientBilling.alertsSent by a conditional UPDATE, so of two concurrent checks only one sends. Returns the
 * thresholds alerted now.
 */
export async function checkUsageAlerts(db: Db | Tx, clientId: string, now = new Date()): Promise<number[]> {
  const client = await db.client.findUnique({ where: { id: clientId }, select: { id: true, name: true, slug: true, agencyId: true, timezone: true, locale: true, agency: { select: { slug: true, locale: true } } } });
  if (!client) return [];
  const plan = await planInForce(db, clientId, now);
  if (!plan || plan.includedMinutes <= 0) return [];
  const billing = await db.clientBilling.findUnique({ where: { clientId }, select: { periodStart: true, periodEnd: true } });
  const period = billingPeriod(now, client.timezone, billing);
  const [row] = await db.$queryRaw<{ seconds: number }[]>`
    SELECT COALESCE(SUM("billableSeconds"), 0)::int AS "seconds" FROM "UsageRecord"
    WHERE "clientId" = ${clientId} AND "component" = 'STANDARD' AND "occurredAt" >= ${period.from} AND "occurredAt" < ${period.to}`;
  const seconds = row?.seconds ?? 0;
  const reached = ALERT_THRESHOLDS.filter((t) => seconds * 100 >= t * plan.includedMinutes * 60);
  const sent: number[] = [];
  for (const threshold of reached) {
    const marker = `${period.from.toISOString()}:${threshold}`;
    // Get-or-create that two concurrent checks can both run (Prisma's upsert is not atomic).
    await db.$executeRaw`INSERT INTO "ClientBilling" ("clientId", "agencyId", "updatedAt") VALUES (${clientId}, ${client.agencyId}, now()) ON CONFLICT ("clientId") DO NOTHING`;
    const claimed = await db.$executeRaw`
      UPDATE "ClientBilling" SET "alertsSent" = array_append("alertsSent", ${marker}), "updatedAt" = now()
      WHERE "clientId" = ${clientId} AND NOT (${marker} = ANY("alertsSent"))`;
    if (claimed === 0) continue;
    sent.push(threshold);
    const [clientAdmins, agencyAdmins] = await Promise.all([
      db.clientMember.findMany({ where: { clientId, role: "CLIENT_ADMIN" }, select: { user: { select: { email: true, locale: true } } } }),
      db.agencyMember.findMany({ where: { agencyId: client.agencyId, role: { in: ["OWNER", "ADMIN"] } }, select: { user: { select: { email: true, locale: true } } } }),
    ]);
    const base = env().PUBLIC_URL;
    const recipients = [
      ...clientAdmins.map((m) => ({ ...m.user, link: `${base}/portal/${client.slug}/billing`, fallback: client.locale })),
      ...agencyAdmins.map((m) => ({ ...m.user, link: `${base}/a/${client.agency.slug}/clients/${client.slug}/billing`, fallback: client.agency.locale })),
    ];
    for (const r of recipients) {
      const mail = usageAlertEmail(r.locale ?? r.fallback ?? "en", { clientName: client.name, usedMinutes: Math.round(seconds / 6) / 10, includedMinutes: plan.includedMinutes, threshold, link: r.link });
      await enqueueEmail(db as Tx, { agencyId: client.agencyId, dedupeKey: `billing.usage-alert:${clientId}:${marker}:${r.email}`, to: r.email, ...mail });
    }
  }
  return sent;
}

/** The scheduled check: clients with records written in the last `minutes` (alerts lag rating by at most that). */
export async function alertRecentlyRated(db: Db, now = new Date(), minutes = 10): Promise<number> {
  const since = new Date(now.getTime() - minutes * 60_000);
  const clients = await db.$queryRaw<{ clientId: string }[]>`
    SELECT DISTINCT "clientId" FROM "UsageRecord" WHERE "createdAt" >= ${since} AND "component" = 'STANDARD'`;
  let sent = 0;
  for (const { clientId } of clients) sent += (await db.$transaction((tx) => checkUsageAlerts(tx, clientId, now))).length;
  return sent;
}
