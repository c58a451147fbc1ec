import type Stripe from "stripe";
import type { Tx } from "../../db";

/**
 * Webhooks arrive in any order and more than once. An invoice's status only moves forward
 * (draft → open → paid | uncollectible | void), so an older event never undoes a newer one: invoice.paid
 * arriving before invoice.finalized leaves the invoice paid. Amounts and lines come from whichever event is
 * newest (Stripe's `created`).
 */
const RANK: Record<string, number> = { draft: 0, open: 1, paid: 2, uncollectible: 2, void: 2 };

export function laterStatus(current: string | null, incoming: string): string {
  if (!current) return incoming;
  return (RANK[incoming] ?? 0) >= (RANK[current] ?? 0) ? incoming : current;
}

type Line = { description: string | null; amountMinor: number; quantity: number | null; priceId: string | null; component: string | null; periodStart: string; periodEnd: string };

/** The invoice's lines as we keep them; `components` names our component of each metered price id. */
export function invoiceLines(invoice: Stripe.Invoice, components: ReadonlyMap<string, string> = new Map()): Line[] {
  return (invoice.lines?.data ?? []).map((line) => {
    const price = line.pricing?.price_details?.price;
    const priceId = price ? (typeof price === "string" ? price : price.id) : null;
    return {
      description: line.description,
      amountMinor: line.amount,
      quantity: line.quantity,
      priceId,
      component: (priceId && components.get(priceId)) ?? null,
      periodStart: new Date(line.period.start * 1000).toISOString(),
      periodEnd: new Date(line.period.end * 1000).toISOString(),
    };
  });
}

export async function applyInvoice(tx: Tx, args: { agencyId: string; clientId: string; invoice: Stripe.Invoice; eventCreated: number; failed: boolean }) {
  const { invoice } = args;
  const id = invoice.id!;
  // Two deliveries of events about one invoice apply one after the other. A lock on the invoice id, not on
  // its row: for an invoice not mirrored yet there is no row to lock, and two first events both inserted it
  // (a unique violation, answered 500).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('InvoiceRecord'), hashtext(${id}))`;
  const current = await tx.invoiceRecord.findUnique({ where: { stripeInvoiceId: id } });
  const status = laterStatus(current?.status ?? null, invoice.status ?? "draft");
  const newer = !current || args.eventCreated >= current.lastEventCreated;
  const facts = {
    number: invoice.number,
    currency: invoice.currency,
    subtotalMinor: BigInt(invoice.subtotal),
    totalMinor: BigInt(invoice.total),
    amountDueMinor: BigInt(invoice.amount_due),
    amountPaidMinor: BigInt(invoice.amount_paid),
    periodStart: new Date(invoice.period_start * 1000),
    periodEnd: new Date(invoice.period_end * 1000),
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    invoicePdf: invoice.invoice_pdf ?? null,
    lines: invoiceLines(invoice, await priceComponents(tx, args.clientId)),
  };
  const paidAt = status === "paid" ? (current?.paidAt ?? new Date((invoice.status_transitions?.paid_at ?? args.eventCreated) * 1000)) : (current?.paidAt ?? null);
  const paymentFailedAt = args.failed ? (current?.paymentFailedAt ?? new Date(args.eventCreated * 1000)) : (current?.paymentFailedAt ?? null);
  if (!current) {
    return tx.invoiceRecord.create({
      data: { agencyId: args.agencyId, clientId: args.clientId, stripeInvoiceId: id, status, ...facts, paidAt, paymentFailedAt, lastEventCreated: args.eventCreated },
    });
  }
  return tx.invoiceRecord.update({
    where: { stripeInvoiceId: id },
    data: { status, paidAt, paymentFailedAt, ...(newer ? { ...facts, lastEventCreated: args.eventCreated } : {}), ...(status === "paid" && !newer ? { amountPaidMinor: BigInt(invoice.amount_paid), amountDueMinor: 0n } : {}) },
  });
}

/** Price id → component ("FLAT" for the monthly fee) over every plan version of the client. */
async function priceComponents(tx: Tx, clientId: string): Promise<Map<string, string>> {
  const plans = await tx.pricePlan.findMany({ where: { clientId }, select: { stripePrices: true } });
  const map = new Map<string, string>();
  for (const { stripePrices } of plans) {
    const p = stripePrices as { flat?: string; metered?: Record<string, string> };
    if (p.flat) map.set(p.flat, "FLAT");
    for (const [component, id] of Object.entries(p.metered ?? {})) map.set(id, component);
  }
  return map;
}
