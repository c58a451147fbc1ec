import type Stripe from "stripe";
import type { Db, Tx } from "../../db";
import { enqueueOutbox } from "../../jobs/outbox";
import { logger } from "../../logger";
import { agencyStripe, type AgencyStripe } from "./account";
import { isRetriableStripeError, stripeErrorText } from "./errors";
import { ensureCatalog, ensurePrices } from "./catalog";

/**
 * Queues the Stripe sync of one client (customer, prices of the plan in force, subscription). `reason` makes the
 * outbox key: the same reason twice is one sync ("plan:<planId>", "active:<iso time>"). `availableAt` delays it,
 * e.g. to a plan version's effective date.
 */
export async function enqueueClientSync(tx: Tx, args: { agencyId: string; clientId: string; reason: string; availableAt?: Date }) {
  await enqueueOutbox(tx, {
    agencyId: args.agencyId,
    kind: "billing.sync-client",
    dedupeKey: `billing.sync-client:${args.clientId}:${args.reason}`,
    payload: { clientId: args.clientId },
    ...(args.availableAt ? { availableAt: args.availableAt } : {}),
  });
}

export type SyncResult = "skipped" | "synced" | "failed";

/**
 * The outbox handler. Idempotent step by step: each object is stored as soon as Stripe made it, and each create
 * carries an idempotency key derived from what it is for, so a retry after a crash makes nothing twice.
 * Retriable Stripe errors throw (the outbox retries with backoff); others are kept in ClientBilling.lastError
 * for the agency to see and end the attempt.
 */
export async function syncClient(db: Db, clientId: string, now = new Date()): Promise<SyncResult> {
  const client = await db.client.findUnique({ where: { id: clientId }, select: { id: true, agencyId: true, name: true, status: true, slug: true } });
  if (!client) return "skipped";
  const account = await db.billingAccount.findUnique({ where: { agencyId: client.agencyId } });
  if (!account || account.connection === "NONE") return "skipped";
  if (client.status === "ENDED") return cancelEnded(db, client);
  if (client.status !== "ACTIVE") return "skipped";
  const plan = await db.pricePlan.findFirst({ where: { clientId, effectiveFrom: { lte: now } }, orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }] });
  if (!plan) return "skipped";
  const billing = await db.clientBilling.upsert({ where: { clientId }, create: { clientId, agencyId: client.agencyId }, update: {} });
  try {
    const s = await agencyStripe(db, client.agencyId);
    const catalog = await ensureCatalog(db, s, account);
    const customerId = billing.stripeCustomerId ?? (await createCustomer(db, s, client, account.testClockId));
    const prices = await ensurePrices(db, s, plan, catalog.productId, catalog.meters);
    const items = [...(prices.flat ? [prices.flat] : []), ...Object.values(prices.metered)];
    let subscription: Stripe.Subscription;
    if (!billing.stripeSubscriptionId) {
      subscription = await s.stripe.subscriptions.create(
        {
          customer: customerId,
          items: items.map((price) => ({ price })),
          ...(plan.setupFeeMinor > 0n
            ? { add_invoice_items: [{ price_data: { currency: plan.currency.toLowerCase(), product: catalog.productId, unit_amount: Number(plan.setupFeeMinor) } }] }
            : {}),
          payment_behavior: "allow_incomplete",
          metadata: { clientId, agencyId: client.agencyId, planId: plan.id },
        },
        { ...s.opts, idempotencyKey: `subscription:${clientId}:${plan.id}` },
      );
    } else if (billing.syncedPlanId !== plan.id) {
      const current = await s.stripe.subscriptions.retrieve(billing.stripeSubscriptionId, {}, s.opts);
      subscription = await s.stripe.subscriptions.update(
        billing.stripeSubscriptionId,
        {
          items: [...current.items.data.map((item) => ({ id: item.id, deleted: true })), ...items.map((price) => ({ price }))],
          proration_behavior: account.prorationBehavior as Stripe.SubscriptionUpdateParams.ProrationBehavior,
          metadata: { planId: plan.id },
        },
        { ...s.opts, idempotencyKey: `subscription-update:${billing.stripeSubscriptionId}:${plan.id}` },
      );
    } else {
      return "synced";
    }
    await catchUpTestClock(s, account.testClockId, now);
    const item = subscription.items.data[0];
    await db.clientBilling.update({
      where: { clientId },
      data: {
        stripeSubscriptionId: subscription.id,
        syncedPlanId: plan.id,
        // A new subscription starts ACTIVE; a plan change keeps where the client stands (PAST_DUE stays PAST_DUE).
        status: !billing.stripeSubscriptionId || billing.status === "NONE" ? "ACTIVE" : billing.status,
        lastError: null,
        ...(item ? { periodStart: new Date(item.current_period_start * 1000), periodEnd: new Date(item.current_period_end * 1000) } : {}),
      },
    });
    return "synced";
  } catch (error) {
    const text = stripeErrorText(error);
    await db.clientBilling.update({ where: { clientId }, data: { lastError: text } });
    if (isRetriableStripeError(error)) throw error;
    logger.warn({ clientId, err: text }, "Stripe sync refused; kept for the agency to see");
    return "failed";
  }
}

async function createCustomer(db: Db, s: AgencyStripe, client: { id: string; agencyId: string; name: string }, testClock: string | null) {
  const customer = await s.stripe.customers.create(
    { name: client.name, metadata: { clientId: client.id, agencyId: client.agencyId }, ...(testClock ? { test_clock: testClock } : {}) },
    { ...s.opts, idempotencyKey: `customer:${client.id}:${s.accountId ?? "own"}` },
  );
  await db.clientBilling.update({ where: { clientId: client.id }, data: { stripeCustomerId: customer.id } });
  return customer.id;
}

/**
 * Demo and tests: customers live on a test clock that starts at the beginning of the month. Once the
 * subscription exists the clock is brought to the present, so this period's calls (sent as meter events with
 * their real times) are not "in the future" for Stripe. Nothing to do without a clock.
 */
async function catchUpTestClock(s: AgencyStripe, clockId: string | null, now: Date) {
  if (!clockId) return;
  const clock = await s.stripe.testHelpers.testClocks.retrieve(clockId, {}, s.opts);
  const target = Math.floor(now.getTime() / 1000);
  if (clock.frozen_time >= target - 60) return;
  await s.stripe.testHelpers.testClocks.advance(clockId, { frozen_time: target }, { ...s.opts, idempotencyKey: `clock:${clockId}:${target}` });
}

/** An ended client stops being billed: its subscription is cancelled (Stripe invoices nothing more). */
async function cancelEnded(db: Db, client: { id: string; agencyId: string }): Promise<SyncResult> {
  const billing = await db.clientBilling.findUnique({ where: { clientId: client.id } });
  if (!billing?.stripeSubscriptionId) return "skipped";
  try {
    const s = await agencyStripe(db, client.agencyId);
    const sub = await s.stripe.subscriptions.retrieve(billing.stripeSubscriptionId, {}, s.opts);
    if (sub.status !== "canceled") await s.stripe.subscriptions.cancel(billing.stripeSubscriptionId, {}, s.opts);
    await db.clientBilling.update({ where: { clientId: client.id }, data: { status: "CANCELED", stripeSubscriptionId: null, syncedPlanId: null, lastError: null } });
    return "synced";
  } catch (error) {
    await db.clientBilling.update({ where: { clientId: client.id }, data: { lastError: stripeErrorText(error) } });
    if (isRetriableStripeError(error)) throw error;
    return "failed";
  }
}
