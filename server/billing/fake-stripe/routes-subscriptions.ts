import { addInterval } from "./amounts";
import type { Req, Route } from "./context";
import { invalid, missingParam } from "./errors";
import { emit } from "./events";
import { arr, bool, obj, str, type FormObject } from "./form";
import { issueInvoice } from "./invoice-lifecycle";
import { customerNow } from "./routes-meters";
import { applyMetadata, applyStrings, find, int, listOf } from "./objects";
import { subscriptionItemObj, subscriptionObj } from "./shapes";
import { newId, type Obj } from "./store";
import { createInvoiceItem, prorate } from "./invoice-items";

/**
 * Subscriptions: created on the customer's time (its test clock's), the first invoice at once (licensed
 * prices in advance + add_invoice_items + pending items; metered prices are billed at the period's end),
 * updated with prorations per proration_behavior, cancelled (optionally invoicing the usage so far).
 */
function recurringPrice(req: Req, id: string | undefined, param: string, currency?: string): Obj {
  const price = find(req.scope, "prices", id, param);
  if (!price.recurring) throw invalid(`The price specified is set to type=one_time but this field only accepts prices with type=recurring.`, param);
  if (!price.active) throw invalid(`The price specified is inactive. This field only accepts active prices.`, param);
  if (currency && price.currency !== currency) throw invalid(`All prices on a subscription must have the same currency (${currency}).`, param);
  return price;
}

function createSubscription(req: Req): Obj {
  const p = req.params;
  const customer = find(req.scope, "customers", str(p.customer), "customer");
  const items = arr(p.items).map((i) => obj(i) ?? {});
  if (!items.length) throw missingParam("items");
  const now = customerNow(req.scope, customer);
  const first = recurringPrice(req, str(items[0]!.price), "items[0][price]");
  const sub = subscriptionObj(newId("sub", 24), now);
  const end = addInterval(now, first.recurring.interval, first.recurring.interval_count);
  Object.assign(sub, { customer: customer.id, currency: first.currency, test_clock: customer.test_clock ?? null, billing_cycle_anchor: now });
  sub.items.data = items.map((item, i) => {
    const price = recurringPrice(req, str(item.price), `items[${i}][price]`, first.currency);
    if (price.recurring.interval !== first.recurring.interval) throw invalid("All prices on a subscription must have the same recurring interval.", `items[${i}][price]`);
    return subscriptionItemObj(sub.id, price, now, now, end, int(item.quantity, `items[${i}][quantity]`));
  });
  applyStrings(sub, p, ["description"]);
  applyMetadata(sub, p);
  if (str(p.collection_method)) sub.collection_method = str(p.collection_method);
  req.scope.objects.subscriptions.set(sub.id, sub);
  arr(p.add_invoice_items).forEach((raw, i) => addInvoiceItem(req, customer, sub, obj(raw) ?? {}, `add_invoice_items[${i}]`, now));
  emit(req, "customer.subscription.created", sub);
  issueInvoice(req, sub, { reason: "subscription_create", usage: null, licensed: { start: now, end }, created: now });
  return sub;
}

function addInvoiceItem(req: Req, customer: Obj, sub: Obj, item: FormObject, param: string, now: number) {
  const priceData = obj(item.price_data);
  const price = str(item.price) ? find(req.scope, "prices", str(item.price), `${param}[price]`) : null;
  const amount = price ? price.unit_amount : int(priceData?.unit_amount, `${param}[price_data][unit_amount]`, true);
  const quantity = int(item.quantity, `${param}[quantity]`) ?? 1;
  const product = price?.product ?? find(req.scope, "products", str(priceData?.product), `${param}[price_data][product]`).id;
  const productName = req.scope.objects.products.get(product)?.name ?? product;
  createInvoiceItem(req, {
    customer: customer.id, amount: amount * quantity, currency: price?.currency ?? str(priceData?.currency) ?? sub.currency, description: productName,
    subscription: sub.id, quantity, now, price: price?.id ?? null, product,
  });
}

function updateSubscription(req: Req): Obj {
  const sub = find(req.scope, "subscriptions", req.match[0]);
  if (sub.status === "canceled") throw invalid("A canceled subscription can only update its cancellation_details and metadata.", "id");
  const p = req.params;
  const customer = req.scope.objects.customers.get(sub.customer)!;
  const now = customerNow(req.scope, customer);
  const behavior = str(p.proration_behavior) ?? "create_prorations";
  const previous: Obj = {};
  if (p.items !== undefined) {
    previous.items = structuredClone(sub.items);
    const [start, end] = [sub.items.data[0]?.current_period_start ?? now, sub.items.data[0]?.current_period_end ?? now];
    arr(p.items).forEach((raw, i) => {
      const change = obj(raw) ?? {};
      const existing = str(change.id) ? (sub.items.data as Obj[]).find((it) => it.id === change.id) : undefined;
      if (str(change.id) && !existing) throw invalid(`No such subscription item: '${change.id}'`, `items[${i}][id]`, "resource_missing");
      if (existing && bool(change.deleted)) {
        if (behavior !== "none") prorate(req, sub, existing.price, existing.quantity ?? 1, -1, now, start, end);
        sub.items.data = sub.items.data.filter((it: Obj) => it !== existing);
        return;
      }
      const price = str(change.price) ? recurringPrice(req, str(change.price), `items[${i}][price]`, sub.currency) : existing?.price;
      if (!price) throw missingParam(`items[${i}][price]`);
      const quantity = int(change.quantity, `items[${i}][quantity]`) ?? existing?.quantity ?? 1;
      if (existing) {
        if (behavior !== "none") prorate(req, sub, existing.price, existing.quantity ?? 1, -1, now, start, end);
        Object.assign(existing, { price, ...(price.recurring.usage_type === "metered" ? { quantity: undefined } : { quantity }) });
      } else sub.items.data.push(subscriptionItemObj(sub.id, price, now, start, end, quantity));
      if (behavior !== "none") prorate(req, sub, price, quantity, 1, now, start, end);
    });
  }
  applyStrings(sub, p, ["description"]);
  applyMetadata(sub, p);
  if (p.cancel_at_period_end !== undefined) {
    previous.cancel_at_period_end = sub.cancel_at_period_end;
    sub.cancel_at_period_end = bool(p.cancel_at_period_end) ?? false;
  }
  emit(req, "customer.subscription.updated", sub, previous);
  if (behavior === "always_invoice") issueInvoice(req, sub, { reason: "subscription_update", usage: null, licensed: null, created: now });
  return sub;
}

function cancelSubscription(req: Req): Obj {
  const sub = find(req.scope, "subscriptions", req.match[0]);
  if (sub.status === "canceled") throw invalid(`No such subscription: '${sub.id}' is already canceled.`, "id", "resource_missing");
  const now = customerNow(req.scope, req.scope.objects.customers.get(sub.customer)!);
  if (bool(req.params.invoice_now)) {
    const start = sub.items.data[0]?.current_period_start ?? now;
    issueInvoice(req, sub, { reason: "subscription_cancel", usage: { start, end: now }, licensed: null, created: now });
  }
  Object.assign(sub, { status: "canceled", canceled_at: now, ended_at: now });
  emit(req, "customer.subscription.deleted", sub);
  return sub;
}

export const subscriptionRoutes: Route[] = [
  ["POST", /^\/v1\/subscriptions$/, createSubscription],
  ["GET", /^\/v1\/subscriptions$/, (req) => listOf(req, "subscriptions", "/v1/subscriptions", (s) =>
    (!req.params.customer || s.customer === req.params.customer) &&
    (req.params.status === "all" || (req.params.status ? s.status === req.params.status : s.status !== "canceled")))],
  ["GET", /^\/v1\/subscriptions\/(sub_\w+)$/, (req) => find(req.scope, "subscriptions", req.match[0])],
  ["POST", /^\/v1\/subscriptions\/(sub_\w+)$/, updateSubscription],
  ["DELETE", /^\/v1\/subscriptions\/(sub_\w+)$/, cancelSubscription],
];
