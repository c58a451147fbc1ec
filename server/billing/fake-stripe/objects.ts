import type { Req } from "./context";
import { invalid, noSuch } from "./errors";
import { obj, str, type FormObject } from "./form";
import { list } from "./shapes";
import type { Kind, Obj, Scope } from "./store";

/** Shared handler steps: find an object in the request's scope, read metadata, list with Stripe's pagination. */
const LABELS: Record<Kind, string> = {
  customers: "customer", products: "product", prices: "price", meters: "billing.meter", subscriptions: "subscription",
  invoiceitems: "invoiceitem", invoices: "invoice", clocks: "test_helpers.test_clock",
};

export function find(scope: Scope, kind: Kind, id: string | undefined, param = "id"): Obj {
  const found = id ? scope.objects[kind].get(id) : undefined;
  if (!found) throw noSuch(LABELS[kind], id ?? "", param);
  return found;
}

/** Stripe metadata: values are strings; an empty string deletes the key. */
export function applyMetadata(target: Obj, params: FormObject) {
  const metadata = params.metadata;
  if (metadata === "") return void (target.metadata = {});
  const given = obj(metadata);
  if (!given) return;
  const next: Record<string, string> = { ...(target.metadata ?? {}) };
  for (const [k, v] of Object.entries(given)) {
    if (typeof v !== "string") throw invalid("Metadata values must be strings.", `metadata[${k}]`);
    if (v === "") delete next[k];
    else next[k] = v;
  }
  target.metadata = next;
}

/** Copies simple string/null fields that are present in the params. */
export function applyStrings(target: Obj, params: FormObject, fields: string[]) {
  for (const f of fields) if (f in params) target[f] = str(params[f]) || null;
}

export function int(value: unknown, param: string, required = false): number | undefined {
  if (value === undefined || value === "") {
    if (required) throw invalid(`Missing required param: ${param}.`, param, "parameter_missing");
    return undefined;
  }
  if (typeof value !== "string" || !/^-?\d+$/.test(value)) throw invalid(`Invalid integer: ${String(value)}`, param);
  return Number(value);
}

/** Lists newest first with limit / starting_after / ending_before, after the caller's filter. */
export function listOf(req: Req, kind: Kind, path: string, filter: (o: Obj) => boolean = () => true): Obj {
  const all = [...req.scope.objects[kind].values()].filter(filter).reverse();
  all.sort((a, b) => (b.created ?? 0) - (a.created ?? 0));
  const limit = Math.min(100, Math.max(1, int(req.params.limit, "limit") ?? 10));
  let start = 0;
  const after = str(req.params.starting_after);
  const before = str(req.params.ending_before);
  if (after) start = all.findIndex((o) => o.id === after) + 1;
  if (before) {
    const end = all.findIndex((o) => o.id === before);
    const from = Math.max(0, end - limit);
    return list(all.slice(from, Math.max(end, 0)), path, from > 0);
  }
  return list(all.slice(start, start + limit), path, start + limit < all.length);
}

/** `expand[]` for top-level id fields (latest_invoice, customer, test_clock, product, subscription): the object instead of its id. */
const EXPANDABLE: Record<string, Kind> = { latest_invoice: "invoices", customer: "customers", test_clock: "clocks", product: "products", subscription: "subscriptions" };

export function expand(req: Req, body: unknown): unknown {
  const fields = Array.isArray(req.params.expand) ? req.params.expand : [];
  if (!fields.length || !body || typeof body !== "object") return body;
  const out: Obj = { ...(body as Obj) };
  for (const field of fields) {
    const kind = typeof field === "string" ? EXPANDABLE[field] : undefined;
    if (kind && typeof out[field as string] === "string") out[field as string] = req.scope.objects[kind].get(out[field as string]) ?? out[field as string];
  }
  return out;
}
