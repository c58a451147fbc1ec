import type { Req, Route } from "./context";

import { missingParam } from "./errors";
import { str } from "./form";
import { applyMetadata, find, int, listOf } from "./objects";
import { customerNow } from "./routes-meters";
import { invoiceItemObj } from "./shapes";
import type { Obj } from "./store";

/** Pending invoice items (credits, one-off fees, prorations) that the customer's next invoice picks up. */
export type NewItem = { customer: string; amount: number; currency: string; description: string | null; subscription: string | null; quantity?: number; now: number; price?: string | null; product?: string | null; proration?: boolean };

export function createInvoiceItem(req: Req, item: NewItem): Obj {
  const ii = invoiceItemObj(item.now);
  Object.assign(ii, {
    customer: item.customer, amount: item.amount, net_amount: item.amount, currency: item.currency, description: item.description,
    quantity: item.quantity ?? 1, quantity_decimal: String(item.quantity ?? 1), proration: item.proration ?? false,
    test_clock: req.scope.objects.customers.get(item.customer)?.test_clock ?? null,
    parent: item.subscription ? { type: "subscription_details", subscription_details: { subscription: item.subscription } } : null,
    pricing: { type: "price_details", price_details: item.price ? { price: item.price, product: item.product } : null, unit_amount_decimal: String(item.amount / (item.quantity ?? 1)) },
  });
  req.scope.objects.invoiceitems.set(ii.id, ii);
  return ii;
}

/** A proration for a licensed price: sign -1 credits the unused time of the old price, +1 charges the new one. */
export function prorate(req: Req, sub: Obj, price: Obj, quantity: number, sign: 1 | -1, now: number, start: number, end: number) {
  if (price.recurring?.usage_type === "metered" || end <= start || now >= end) return;
  const unit = price.unit_amount ?? Math.round(Number(price.unit_amount_decimal ?? 0));
  const amount = Math.round((unit * quantity * (end - now)) / (end - start)) * sign;
  if (!amount) return;
  const name = req.scope.objects.products.get(price.product)?.name ?? price.id;
  const ii = createInvoiceItem(req, {
    customer: sub.customer, amount, currency: sub.currency, subscription: sub.id, quantity, now, price: price.id, product: price.product, proration: true,
    description: `${sign < 0 ? "Unused" : "Remaining"} time on ${quantity} × ${name}`,
  });
  ii.period = { start: now, end };
}

export const invoiceItemRoutes: Route[] = [
  ["POST", /^\/v1\/invoiceitems$/, (req) => {
    const customer = find(req.scope, "customers", str(req.params.customer), "customer");
    const currency = str(req.params.currency)?.toLowerCase();
    if (!currency) throw missingParam("currency");
    const subscription = str(req.params.subscription) ? find(req.scope, "subscriptions", str(req.params.subscription), "subscription").id : null;
    const ii = createInvoiceItem(req, {
      customer: customer.id, amount: int(req.params.amount, "amount", true)!, currency, description: str(req.params.description) ?? null,
      subscription, now: customerNow(req.scope, customer),
    });
    applyMetadata(ii, req.params);
    return ii;
  }],
  ["GET", /^\/v1\/invoiceitems$/, (req) => listOf(req, "invoiceitems", "/v1/invoiceitems", (ii) => (!req.params.customer || ii.customer === req.params.customer) && (req.params.pending === undefined || (req.params.pending === "true") === !ii.invoice))],
  ["GET", /^\/v1\/invoiceitems\/(ii_\w+)$/, (req) => find(req.scope, "invoiceitems", req.match[0])],
];
