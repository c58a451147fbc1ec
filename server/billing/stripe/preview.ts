import type { Db } from "../../db";
import { agencyStripe, stripeAppError } from "./account";

export type UpcomingInvoice = {
  currency: string;
  lines: { description: string; amountMinor: number; quantity: number | null }[];
  totalMinor: number;
  periodEnd: Date;
};

/**
 * What Stripe would invoice at the end of the client's period from what it has so far (invoices.createPreview:
 * stripe 23 has no "upcoming invoice"). A read, so it is made from the request. Null before a subscription.
 */
export async function upcomingInvoice(db: Db, args: { agencyId: string; clientId: string }): Promise<UpcomingInvoice | null> {
  const billing = await db.clientBilling.findFirst({ where: { clientId: args.clientId, agencyId: args.agencyId }, select: { stripeCustomerId: true, stripeSubscriptionId: true } });
  if (!billing?.stripeCustomerId || !billing.stripeSubscriptionId) return null;
  const s = await agencyStripe(db, args.agencyId);
  try {
    const invoice = await s.stripe.invoices.createPreview({ customer: billing.stripeCustomerId, subscription: billing.stripeSubscriptionId }, s.opts);
    const lines = invoice.lines?.data ?? [];
    const end = lines.reduce((max, l) => Math.max(max, l.period?.end ?? 0), invoice.period_end);
    return {
      currency: invoice.currency,
      lines: lines.map((l) => ({ description: l.description ?? "", amountMinor: l.amount, quantity: l.quantity })),
      totalMinor: invoice.total,
      periodEnd: new Date(end * 1000),
    };
  } catch (error) {
    throw stripeAppError(error);
  }
}
