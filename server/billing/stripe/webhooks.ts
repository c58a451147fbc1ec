import type Stripe from "stripe";
import type { Db, Tx } from "../../db";
import { env } from "../../env";
import { logger } from "../../logger";
import { stripeClient } from "./client";
import { markPaid, markPaymentFailed } from "./dunning";
import { malformedEvent } from "./event-shape";
import { applyInvoice } from "./invoice-mirror";

export type WebhookResponse = { status: number; body: Record<string, unknown> };

/**
 * POST /api/stripe/webhook. The signature is checked on the raw body before anything is read or stored (a bad
 * one is a 400 and changes nothing). Each event id is recorded in the same transaction as its effect: a replay
 * finds it and is a 200 no-op, and a failure rolls both back so Stripe's retry applies it once.
 */
export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null): Promise<WebhookResponse> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { error: "webhook secret not configured" } };
  let event: Stripe.Event;
  try {
    event = stripeClient().webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    return { status: 400, body: { error: "invalid signature" } };
  }
  const malformed = malformedEvent(event);
  if (malformed) return { status: 400, body: { error: "malformed event", reason: malformed } };
  const applied = await db.$transaction(async (tx) => {
    const agencyId = await agencyOf(tx, event);
    const inserted = await tx.$executeRaw`
      INSERT INTO "StripeEvent" (id, type, account, "agencyId") VALUES (${event.id}, ${event.type}, ${event.account ?? null}, ${agencyId})
      ON CONFLICT (id) DO NOTHING`;
    if (inserted === 0) return false;
    if (agencyId) await apply(tx, agencyId, event);
    return true;
  });
  if (!applied) logger.debug({ eventId: event.id }, "Stripe webhook replayed; already processed");
  return { status: 200, body: { received: true, ...(applied ? {} : { duplicate: true }) } };
}

/** The agency an event is about: by the connected account, else (own restricted key) by the customer. */
async function agencyOf(tx: Tx, event: Stripe.Event): Promise<string | null> {
  if (event.account) {
    const account = await tx.billingAccount.findFirst({ where: { stripeAccountId: event.account }, select: { agencyId: true } });
    return account?.agencyId ?? null;
  }
  const customer = customerOf(event);
  if (!customer) return null;
  const billing = await tx.clientBilling.findFirst({ where: { stripeCustomerId: customer }, select: { agencyId: true } });
  return billing?.agencyId ?? null;
}

function customerOf(event: Stripe.Event): string | null {
  const object = event.data.object as { customer?: string | { id: string } | null };
  if (!object.customer) return null;
  return typeof object.customer === "string" ? object.customer : object.customer.id;
}

async function apply(tx: Tx, agencyId: string, event: Stripe.Event) {
  const customer = customerOf(event);
  if (!customer) return;
  // The customer must be one of this agency's clients: an event never reaches across agencies.
  const billing = await tx.clientBilling.findFirst({ where: { stripeCustomerId: customer, agencyId }, select: { clientId: true } });
  if (!billing) return;
  switch (event.type) {
    case "invoice.created":
    case "invoice.finalized":
    case "invoice.updated":
    case "invoice.paid":
    case "invoice.payment_failed":
    case "invoice.voided":
    case "invoice.marked_uncollectible": {
      const invoice = event.data.object;
      const failed = event.type === "invoice.payment_failed";
      const record = await applyInvoice(tx, { agencyId, clientId: billing.clientId, invoice, eventCreated: event.created, failed });
      if (failed && record.status === "open") {
        await markPaymentFailed(tx, { agencyId, clientId: billing.clientId, invoiceId: invoice.id!, amountDueMinor: BigInt(invoice.amount_due), currency: invoice.currency, at: new Date(event.created * 1000) });
      }
      if (record.status === "paid") await markPaid(tx, { agencyId, clientId: billing.clientId });
      return;
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const sub = event.data.object;
      const item = sub.items?.data?.[0];
      const status = sub.status === "canceled" ? "CANCELED" : sub.status === "unpaid" ? "UNPAID" : sub.status === "past_due" ? "PAST_DUE" : null;
      await tx.clientBilling.update({
        where: { clientId: billing.clientId },
        data: {
          ...(item ? { periodStart: new Date(item.current_period_start * 1000), periodEnd: new Date(item.current_period_end * 1000) } : {}),
          ...(status ? { status } : {}),
          ...(status === "CANCELED" ? { stripeSubscriptionId: null, syncedPlanId: null } : {}),
        },
      });
      return;
    }
    default:
      return;
  }
}
