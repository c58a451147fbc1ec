/**
 * What a signed webhook body must look like before we act on it. The signature proves Stripe sent the
 * bytes, not that they have the fields we read: an event with holes used to throw (a 500, which Stripe
 * retries for days) instead of being refused once with a 400 that says why.
 */
type Shape = Record<string, unknown>;

const isObject = (v: unknown): v is Shape => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v);
const isText = (v: unknown, max = 255) => typeof v === "string" && v.length > 0 && v.length <= max && !v.includes("\0");

/** Null when the event can be handled, else the reason it cannot. */
export function malformedEvent(event: unknown): string | null {
  if (!isObject(event)) return "event is not an object";
  if (!isText(event.id)) return "event id missing";
  if (!isText(event.type)) return "event type missing";
  if (!isInt(event.created)) return "event created missing";
  if (event.account != null && !isText(event.account)) return "event account malformed";
  if (!isObject(event.data) || !isObject(event.data.object)) return "event data.object missing";
  const object = event.data.object;
  if (object.customer != null && !isText(object.customer) && !(isObject(object.customer) && isText(object.customer.id))) return "customer malformed";
  const type = event.type as string;
  if (type.startsWith("invoice.")) return malformedInvoice(object);
  if (type.startsWith("customer.subscription.")) return malformedSubscription(object);
  return null;
}

function malformedInvoice(o: Shape): string | null {
  if (!isText(o.id)) return "invoice id missing";
  if (o.status != null && typeof o.status !== "string") return "invoice status malformed";
  if (!isText(o.currency, 8)) return "invoice currency missing";
  for (const k of ["subtotal", "total", "amount_due", "amount_paid", "period_start", "period_end"]) if (!isInt(o[k])) return `invoice ${k} missing`;
  if (o.lines != null && !(isObject(o.lines) && (o.lines.data == null || Array.isArray(o.lines.data)))) return "invoice lines malformed";
  return null;
}

function malformedSubscription(o: Shape): string | null {
  if (o.status != null && typeof o.status !== "string") return "subscription status malformed";
  const items = o.items;
  if (items == null) return null;
  if (!isObject(items) || (items.data != null && !Array.isArray(items.data))) return "subscription items malformed";
  const first = (items.data as unknown[] | undefined)?.[0];
  if (first != null && !(isObject(first) && isInt(first.current_period_start) && isInt(first.current_period_end))) return "subscription item period missing";
  return null;
}
