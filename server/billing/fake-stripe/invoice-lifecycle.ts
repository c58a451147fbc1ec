import { emit, type BillingCtx } from "./events";
import { buildInvoice, type InvoicePlan } from "./invoice-build";
import type { Obj } from "./store";

/**
 * An invoice's life as Stripe runs it for charge_automatically subscriptions: draft (invoice.created) →
 * finalized with a number and hosted page (invoice.finalized) → a payment attempt: paid (invoice.paid) or
 * failed (invoice.payment_failed; the subscription goes past_due). Payments fail when the customer's
 * metadata has fail_payments=true or the control API switched failures on.
 */
export function issueInvoice(ctx: BillingCtx, sub: Obj, plan: InvoicePlan): Obj {
  const invoice = buildInvoice(ctx, sub, plan);
  const customer = ctx.scope.objects.customers.get(sub.customer)!;
  ctx.scope.objects.invoices.set(invoice.id, invoice);
  sub.latest_invoice = invoice.id;
  emit(ctx, "invoice.created", invoice);

  const now = plan.created;
  const base = ctx.fake.baseUrl();
  Object.assign(invoice, {
    status: "open", number: `${customer.invoice_prefix}-${String(customer.next_invoice_sequence++).padStart(4, "0")}`,
    hosted_invoice_url: `${base}/_fake/invoices/${invoice.id}`, invoice_pdf: `${base}/_fake/invoices/${invoice.id}/pdf`,
    effective_at: now, status_transitions: { ...invoice.status_transitions, finalized_at: now },
  });
  emit(ctx, "invoice.finalized", invoice);
  attemptPayment(ctx, sub, invoice, now);
  return invoice;
}

const MAX_ATTEMPTS = 4;

/** Open invoices whose next payment attempt is due by `now` (a test clock moved past it) are charged again. */
export function retryDuePayments(ctx: BillingCtx, customers: Set<string>, now: number) {
  for (const invoice of ctx.scope.objects.invoices.values()) {
    if (invoice.status !== "open" || !customers.has(invoice.customer) || !invoice.next_payment_attempt || invoice.next_payment_attempt > now) continue;
    const sub = ctx.scope.objects.subscriptions.get(invoice.parent?.subscription_details?.subscription);
    if (sub) attemptPayment(ctx, sub, invoice, invoice.next_payment_attempt);
  }
}

export function attemptPayment(ctx: BillingCtx, sub: Obj, invoice: Obj, now: number) {
  const customer = ctx.scope.objects.customers.get(sub.customer)!;
  const fails = invoice.amount_due > 0 && (ctx.fake.failPayments || customer.metadata?.fail_payments === "true");
  invoice.attempted = true;
  invoice.attempt_count++;
  if (fails) {
    // Stripe's default retry schedule, shortened: 4 attempts 3 days apart, then the subscription is unpaid.
    const exhausted = invoice.attempt_count >= MAX_ATTEMPTS;
    invoice.next_payment_attempt = exhausted ? null : now + 3 * 86400;
    emit(ctx, "invoice.payment_failed", invoice);
    setSubscriptionStatus(ctx, sub, exhausted ? "unpaid" : "past_due");
    return;
  }
  Object.assign(invoice, {
    status: "paid", amount_paid: invoice.amount_due, amount_remaining: 0, next_payment_attempt: null,
    status_transitions: { ...invoice.status_transitions, paid_at: now },
  });
  emit(ctx, "invoice.paid", invoice);
  if (sub.status === "past_due" || sub.status === "unpaid") setSubscriptionStatus(ctx, sub, "active");
}

export function setSubscriptionStatus(ctx: BillingCtx, sub: Obj, status: string) {
  if (sub.status === status) return;
  const previous = { status: sub.status };
  sub.status = status;
  emit(ctx, "customer.subscription.updated", sub, previous);
}
