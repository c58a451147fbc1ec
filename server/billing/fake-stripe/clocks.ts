import { addInterval } from "./amounts";
import type { Route } from "./context";
import { nowSec } from "./context";
import { invalid, missingParam } from "./errors";
import { emit, type BillingCtx } from "./events";
import { str } from "./form";
import { issueInvoice, retryDuePayments } from "./invoice-lifecycle";
import { find, int, listOf } from "./objects";
import { clockObj } from "./shapes";
import type { Obj } from "./store";

/**
 * Test clocks. Advancing runs every billing period that ends by the new time, in order, for each live
 * subscription of a customer on the clock: the cycle invoice (metered usage of the ended period + licensed
 * prices of the next one + pending items) and customer.subscription.updated with the new period. Invoices
 * exist when the call returns; the clock says "advancing" until their webhooks had a first attempt.
 */
export function advanceClock(ctx: BillingCtx, clock: Obj, to: number) {
  clock.frozen_time = to;
  const customers = new Set([...ctx.scope.objects.customers.values()].filter((c) => c.test_clock === clock.id).map((c) => c.id));
  const due = () => [...ctx.scope.objects.subscriptions.values()]
    .filter((s) => customers.has(s.customer) && s.status !== "canceled" && (s.items.data[0]?.current_period_end ?? Infinity) <= to)
    .sort((a, b) => a.items.data[0].current_period_end - b.items.data[0].current_period_end);
  for (let guard = 0; guard < 1000; guard++) {
    const sub = due()[0];
    if (!sub) break;
    renew(ctx, sub);
  }
  // Several retries may fall into one long advance: each attempt schedules the next.
  for (let round = 0; round < 5; round++) retryDuePayments(ctx, customers, to);
  clock.status = "advancing";
  void ctx.fake.webhooks.firstAttempts().then(() => {
    clock.status = "ready";
  });
}

function renew(ctx: BillingCtx, sub: Obj) {
  const first = sub.items.data[0];
  const start: number = first.current_period_start;
  const end: number = first.current_period_end;
  const anchorDay = new Date(sub.billing_cycle_anchor * 1000).getUTCDate();
  const nextEnd = addInterval(end, first.price.recurring.interval, first.price.recurring.interval_count, anchorDay);
  if (sub.cancel_at_period_end) {
    issueInvoice(ctx, sub, { reason: "subscription_cycle", usage: { start, end }, licensed: null, created: end });
    Object.assign(sub, { status: "canceled", canceled_at: end, ended_at: end });
    emit(ctx, "customer.subscription.deleted", sub);
    return;
  }
  const previous = { items: structuredClone(sub.items) };
  for (const item of sub.items.data) Object.assign(item, { current_period_start: end, current_period_end: nextEnd });
  emit(ctx, "customer.subscription.updated", sub, previous);
  issueInvoice(ctx, sub, { reason: "subscription_cycle", usage: { start, end }, licensed: { start: end, end: nextEnd }, created: end });
}

export const clockRoutes: Route[] = [
  ["POST", /^\/v1\/test_helpers\/test_clocks$/, (req) => {
    const frozen = int(req.params.frozen_time, "frozen_time", true)!;
    const clock = clockObj(nowSec(), frozen, str(req.params.name) ?? null);
    req.scope.objects.clocks.set(clock.id, clock);
    return clock;
  }],
  ["GET", /^\/v1\/test_helpers\/test_clocks$/, (req) => listOf(req, "clocks", "/v1/test_helpers/test_clocks")],
  ["GET", /^\/v1\/test_helpers\/test_clocks\/(clock_\w+)$/, (req) => find(req.scope, "clocks", req.match[0])],
  ["DELETE", /^\/v1\/test_helpers\/test_clocks\/(clock_\w+)$/, (req) => {
    const clock = find(req.scope, "clocks", req.match[0]);
    req.scope.objects.clocks.delete(clock.id);
    return { id: clock.id, object: "test_helpers.test_clock", deleted: true };
  }],
  ["POST", /^\/v1\/test_helpers\/test_clocks\/(clock_\w+)\/advance$/, (req) => {
    const clock = find(req.scope, "clocks", req.match[0]);
    const to = int(req.params.frozen_time, "frozen_time");
    if (to === undefined) throw missingParam("frozen_time");
    if (to <= clock.frozen_time) throw invalid(`The test clock cannot be moved back in time: frozen_time must be after ${clock.frozen_time}.`, "frozen_time");
    advanceClock(req, clock, to);
    return clock;
  }],
];
