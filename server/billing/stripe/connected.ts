import type { Tx } from "../../db";
import { enqueueClientSync } from "./sync";

/**
 * Once an agency's Stripe account can charge: its ACTIVE clients with a plan get their customer and subscription
 * (through the outbox), and usage rated while nothing was connected (kept as NONE) is queued for Stripe, back as far
 * as Stripe accepts meter events (35 days), so connecting late loses no billable minute of the open periods.
 */
export async function afterStripeConnected(tx: Tx, agencyId: string, now = new Date()): Promise<void> {
  const clients = await tx.client.findMany({ where: { agencyId, status: "ACTIVE", pricePlans: { some: {} } }, select: { id: true } });
  for (const { id } of clients) await enqueueClientSync(tx, { agencyId, clientId: id, reason: `connected:${now.toISOString()}` });
  await tx.$executeRaw`
    UPDATE "UsageRecord" SET "meterStatus" = 'PENDING', "sentAt" = NULL, "meterError" = NULL
    WHERE "agencyId" = ${agencyId} AND "meterStatus" = 'NONE' AND ("billableSeconds" > 0 OR "billableCalls" > 0)
      AND "occurredAt" > ${new Date(now.getTime() - 34 * 86_400_000)}`;
}
