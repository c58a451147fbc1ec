import type { Route } from "./context";
import { invalid, missingParam } from "./errors";
import { str } from "./form";
import { buildInvoice } from "./invoice-build";
import { attemptPayment } from "./invoice-lifecycle";
import { find, listOf } from "./objects";
import { customerNow } from "./routes-meters";
import { list } from "./shapes";
import type { Obj } from "./store";

/**
 * Invoices: list / retrieve / lines, and create_preview (what the customer's subscription would invoice at
 * the end of the current period with the usage so far, plus the next period's fixed fee and pending items).
 */
export const invoiceRoutes: Route[] = [
  ["GET", /^\/v1\/invoices$/, (req) => listOf(req, "invoices", "/v1/invoices", (i) =>
    (!req.params.customer || i.customer === req.params.customer) && (!req.params.status || i.status === req.params.status) &&
    (!req.params.subscription || i.parent?.subscription_details?.subscription === req.params.subscription))],
  ["GET", /^\/v1\/invoices\/(in_\w+)$/, (req) => find(req.scope, "invoices", req.match[0])],
  ["GET", /^\/v1\/invoices\/(in_\w+)\/lines$/, (req) => {
    const invoice = find(req.scope, "invoices", req.match[0]);
    const lines: Obj[] = invoice.lines.data;
    const limit = Math.min(100, Number(req.params.limit ?? 10) || 10);
    const after = str(req.params.starting_after);
    const start = after ? lines.findIndex((l) => l.id === after) + 1 : 0;
    return list(lines.slice(start, start + limit), `/v1/invoices/${invoice.id}/lines`, start + limit < lines.length);
  }],
  // Pays an open invoice now (the customer fixed the card): paid, or another failure.
  ["POST", /^\/v1\/invoices\/(in_\w+)\/pay$/, (req) => {
    const invoice = find(req.scope, "invoices", req.match[0]);
    if (invoice.status !== "open") throw invalid(`Invoice is already ${invoice.status}.`, "invoice", "invoice_not_open");
    const sub = find(req.scope, "subscriptions", invoice.parent?.subscription_details?.subscription, "subscription");
    attemptPayment(req, sub, invoice, customerNow(req.scope, find(req.scope, "customers", invoice.customer, "customer")));
    return invoice;
  }],
  ["POST", /^\/v1\/invoices\/create_preview$/, (req) => {
    const customerId = str(req.params.customer);
    const subId = str(req.params.subscription);
    if (!customerId && !subId) throw missingParam("customer");
    const sub = subId
      ? find(req.scope, "subscriptions", subId, "subscription")
      : [...req.scope.objects.subscriptions.values()].find((s) => s.customer === customerId && s.status !== "canceled");
    if (!sub) throw invalid(`No upcoming invoices for customer: ${customerId}`, "customer", "invoice_upcoming_none");
    if (customerId && sub.customer !== customerId) throw invalid("The subscription does not belong to this customer.", "subscription");
    if (sub.status === "canceled") throw invalid(`No upcoming invoices for a canceled subscription: ${sub.id}`, "subscription", "invoice_upcoming_none");
    const customer = find(req.scope, "customers", sub.customer, "customer");
    const item = sub.items.data[0];
    const start = item?.current_period_start ?? customerNow(req.scope, customer);
    const end = item?.current_period_end ?? start;
    const next = sub.cancel_at_period_end ? null : { start: end, end: end + (end - start) };
    const preview = buildInvoice(req, sub, { reason: "upcoming", usage: { start, end }, licensed: next, created: end, preview: true });
    return { ...preview, id: null, status: "draft", next_payment_attempt: end };
  }],
];
