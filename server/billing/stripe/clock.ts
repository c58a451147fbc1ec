import type { Db } from "../../db";
import { env } from "../../env";
import { AppError } from "../../lib/app-error";
import { agencyStripe, stripeAppError } from "./account";
import { stripeMode } from "./client";
import { sendPendingMeterEvents } from "./meter-sender";
import { syncClient } from "./sync";

/**
 * Demo and test mode: moves the agency's Stripe test clock to the end of the current billing period, so Stripe
 * closes the period, sums the meter events into invoices and sends the webhooks. Refused with a live key or when
 * the agency has no test clock. A call made from the request on purpose (the person asked for it and waits).
 */
export async function advanceBillingClock(db: Db, agencyId: string): Promise<{ frozenTime: Date }> {
  const account = await db.billingAccount.findUnique({ where: { agencyId }, select: { testClockId: true, connection: true } });
  if (!account?.testClockId || account.connection === "NONE") throw new AppError("PRECONDITION_FAILED", "billing.clockUnavailable");
  // Test clocks exist in test mode only: a live platform key never moves time.
  if (stripeMode() === "STRIPE" && env().STRIPE_SECRET_KEY?.includes("_live_")) throw new AppError("PRECONDITION_FAILED", "billing.clockUnavailable");
  await settleBeforeClosing(db, agencyId);
  const s = await agencyStripe(db, agencyId);
  try {
    const clock = await s.stripe.testHelpers.testClocks.retrieve(account.testClockId, {}, s.opts);
    // The earliest period end among the agency's subscriptions after the clock's time; else a month on.
    const next = await db.clientBilling.findFirst({
      where: { agencyId, stripeSubscriptionId: { not: null }, periodEnd: { gt: new Date(clock.frozen_time * 1000) } },
      orderBy: { periodEnd: "asc" },
      select: { periodEnd: true },
    });
    const target = next?.periodEnd ? Math.floor(next.periodEnd.getTime() / 1000) : clock.frozen_time + 31 * 86400;
    const advanced = await s.stripe.testHelpers.testClocks.advance(account.testClockId, { frozen_time: target }, s.opts);
    return { frozenTime: new Date(advanced.frozen_time * 1000) };
  } catch (error) {
    throw stripeAppError(error);
  }
}

/**
 * Closing a period bills what Stripe has. Before moving time, bring Stripe up to date with what the background
 * workers would send within the minute: subscriptions of ACTIVE clients whose plan version changed, and the
 * agency's pending usage. Both are idempotent (the same work the outbox and the meter sender do).
 */
async function settleBeforeClosing(db: Db, agencyId: string): Promise<void> {
  const clients = await db.client.findMany({ where: { agencyId, status: "ACTIVE", pricePlans: { some: {} } }, select: { id: true } });
  for (const { id } of clients) await syncClient(db, id);
  for (let round = 0; round < 20; round++) {
    const r = await sendPendingMeterEvents(db, { agencyId, limit: 1000 });
    if (r.sent + r.failed + r.retried === 0) return;
  }
}
