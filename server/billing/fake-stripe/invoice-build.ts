import { meterUsage, priceAmount, quantityFields } from "./amounts";
import { fromInt } from "./decimal";
import type { BillingCtx } from "./events";
import { newId, type Obj } from "./store";

/**
 * Builds an invoice for a subscription: licensed prices for `licensed` (the period paid in advance),
 * metered prices from the meter events of `usage` (the period billed in arrears), and the customer's
 * pending invoice items. Nothing is stored here; `preview` lines get no ids of stored items.
 */
export type InvoicePlan = {
  reason: "subscription_create" | "subscription_cycle" | "subscription_update" | "subscription_cancel" | "manual" | "upcoming";
  usage: { start: number; end: number } | null;
  licensed: { start: number; end: number } | null;
  created: number;
  preview?: boolean;
};

export function buildInvoice(ctx: BillingCtx, sub: Obj, plan: InvoicePlan): Obj {
  const { scope } = ctx;
  const customer = scope.objects.customers.get(sub.customer)!;
  const id = plan.preview ? `upcoming_${newId("in")}` : newId("in");
  const lines: Obj[] = [];
  const line = (fields: Obj) => lines.push({
    id: newId("il"), object: "line_item", currency: sub.currency, discount_amounts: [], discountable: true, discounts: [], invoice: id,
    livemode: false, metadata: {}, pretax_credit_amounts: [], taxes: [], ...fields, subtotal: fields.amount,
  });
  for (const item of sub.items.data as Obj[]) {
    const price = item.price;
    const product = scope.objects.products.get(price.product);
    // Stripe names a line after the product; the price's nickname tells the components (meters) apart.
    const name = `${product?.name || price.id}${price.nickname ? ` (${price.nickname})` : ""}`;
    const metered = price.recurring?.usage_type === "metered";
    const period = metered ? plan.usage : plan.licensed;
    if (!period) continue;
    let quantity: bigint;
    if (metered) {
      const meter = scope.objects.meters.get(price.recurring.meter);
      quantity = meter ? meterUsage(scope, meter, customer.id, period.start, period.end) : 0n;
    } else quantity = fromInt(item.quantity ?? 1);
    const q = quantityFields(quantity);
    line({
      amount: priceAmount(price, quantity), description: metered ? `Usage: ${q.quantity_decimal} × ${name}` : `${q.quantity_decimal} × ${name}`,
      // As Stripe: a subscription line's metadata is the subscription's, not the price's.
      period, ...q, metadata: { ...sub.metadata },
      parent: { type: "subscription_item_details", invoice_item_details: null, subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: sub.id, subscription_item: item.id } },
      pricing: { type: "price_details", price_details: { price: price.id, product: price.product }, unit_amount_decimal: price.unit_amount_decimal ?? null },
    });
  }
  for (const ii of scope.objects.invoiceitems.values()) {
    if (ii.customer !== customer.id || ii.invoice || ii.currency !== sub.currency) continue;
    if (ii.parent?.subscription_details?.subscription && ii.parent.subscription_details.subscription !== sub.id) continue;
    if (!plan.preview) ii.invoice = id;
    line({
      amount: ii.amount, description: ii.description, period: ii.period, quantity: ii.quantity, quantity_decimal: String(ii.quantity), metadata: ii.metadata,
      parent: { type: "invoice_item_details", subscription_item_details: null, invoice_item_details: { invoice_item: ii.id, proration: ii.proration, proration_details: { credited_items: null }, subscription: sub.id } },
      pricing: ii.pricing,
    });
  }
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const bounds = plan.usage ?? plan.licensed ?? { start: plan.created, end: plan.created };
  return {
    id, object: "invoice", account_country: "US", account_name: null, account_tax_ids: null, amount_due: Math.max(0, total), amount_overpaid: 0,
    amount_paid: 0, amount_remaining: Math.max(0, total), amount_shipping: 0, application: null, attempt_count: 0, attempted: false,
    auto_advance: !plan.preview, automatic_tax: { enabled: false, liability: null, status: null, disabled_reason: null, provider: null },
    automatically_finalizes_at: null, billing_reason: plan.reason, collection_method: sub.collection_method, created: plan.created,
    currency: sub.currency, custom_fields: null, customer: customer.id, customer_account: null, customer_address: null, customer_email: customer.email,
    customer_name: customer.name, customer_phone: customer.phone, customer_shipping: null, customer_tax_exempt: "none", customer_tax_ids: [],
    default_payment_method: null, default_source: null, default_tax_rates: [], description: null, discounts: [], due_date: null,
    effective_at: null, ending_balance: null, footer: null, from_invoice: null, hosted_invoice_url: null, invoice_pdf: null, issuer: { type: "self" },
    last_finalization_error: null, latest_revision: null, lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false, metadata: {}, next_payment_attempt: null, number: null, on_behalf_of: null,
    parent: { type: "subscription_details", quote_details: null, subscription_details: { metadata: sub.metadata, subscription: sub.id } },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: bounds.end, period_start: bounds.start, post_payment_credit_notes_amount: 0, pre_payment_credit_notes_amount: 0, receipt_number: null,
    rendering: null, shipping_cost: null, shipping_details: null, starting_balance: 0, statement_descriptor: null, status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null }, subtotal: total,
    subtotal_excluding_tax: total, test_clock: customer.test_clock ?? null, total, total_discount_amounts: [], total_excluding_tax: total,
    total_pretax_credit_amounts: [], total_taxes: [], webhooks_delivered_at: null,
  };
}
