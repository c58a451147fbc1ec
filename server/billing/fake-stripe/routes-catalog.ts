import type { Req, Route } from "./context";
import { nowSec } from "./context";
import { isDecimal } from "./decimal";
import { invalid, missingParam } from "./errors";
import { arr, bool, obj, str, type FormObject } from "./form";
import { applyMetadata, applyStrings, find, int, listOf } from "./objects";
import { customerObj, priceObj, productObj } from "./shapes";
import { newId, type Obj } from "./store";

/** Customers, products and prices (flat, per-unit decimal, tiered graduated/volume, metered on a billing meter). */
function saveCustomer(req: Req, target: Obj) {
  const p = req.params;
  applyStrings(target, p, ["name", "email", "description", "phone"]);
  applyMetadata(target, p);
  if (p.preferred_locales !== undefined) target.preferred_locales = arr(p.preferred_locales).map(String);
  if (str(p.test_clock)) {
    if (target.test_clock && target.test_clock !== p.test_clock) throw invalid("A customer's test clock cannot be changed.", "test_clock");
    target.test_clock = find(req.scope, "clocks", str(p.test_clock), "test_clock").id;
  }
  return target;
}

function saveProduct(req: Req, target: Obj) {
  applyStrings(target, req.params, ["name", "description", "unit_label", "statement_descriptor"]);
  if (req.params.active !== undefined) target.active = bool(req.params.active) ?? true;
  applyMetadata(target, req.params);
  target.updated = nowSec();
  return target;
}

function decimalParam(value: unknown, param: string): string | null {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string" || !isDecimal(value) || (value.split(".")[1]?.length ?? 0) > 12) throw invalid(`Invalid decimal: ${String(value)} (at most 12 decimal places).`, param);
  return value;
}

function tiersOf(raw: unknown, currency: string): Obj[] {
  const tiers = arr(raw).map((t, i) => {
    const tier = obj(t) ?? {};
    const upTo = str(tier.up_to);
    if (!upTo) throw missingParam(`tiers[${i}][up_to]`);
    const unitDecimal = decimalParam(tier.unit_amount_decimal, `tiers[${i}][unit_amount_decimal]`) ?? (tier.unit_amount !== undefined ? String(int(tier.unit_amount, `tiers[${i}][unit_amount]`)) : null);
    const flatDecimal = decimalParam(tier.flat_amount_decimal, `tiers[${i}][flat_amount_decimal]`) ?? (tier.flat_amount !== undefined ? String(int(tier.flat_amount, `tiers[${i}][flat_amount]`)) : null);
    return {
      up_to: upTo === "inf" ? null : int(upTo, `tiers[${i}][up_to]`)!,
      unit_amount: unitDecimal !== null && /^\d+$/.test(unitDecimal) ? Number(unitDecimal) : null, unit_amount_decimal: unitDecimal,
      flat_amount: flatDecimal !== null && /^\d+$/.test(flatDecimal) ? Number(flatDecimal) : null, flat_amount_decimal: flatDecimal,
    };
  });
  if (!tiers.length) throw invalid(`Tiers are required when billing_scheme is tiered (${currency}).`, "tiers");
  if (tiers[tiers.length - 1]!.up_to !== null) throw invalid("The last tier must have up_to set to inf.", `tiers[${tiers.length - 1}][up_to]`);
  for (let i = 1; i < tiers.length - 1 + 1; i++) {
    const prev = tiers[i - 1]!.up_to!;
    const cur = tiers[i]!.up_to;
    if (cur !== null && cur <= prev) throw invalid("Tiers must be in ascending order of up_to.", `tiers[${i}][up_to]`);
  }
  return tiers;
}

function createPrice(req: Req): Obj {
  const p: FormObject = req.params;
  const currency = str(p.currency)?.toLowerCase();
  if (!currency) throw missingParam("currency");
  const price = priceObj(nowSec());
  price.currency = currency;
  const productData = obj(p.product_data);
  if (productData) {
    const product = productObj(newId("prod", 14), nowSec());
    product.name = str(productData.name) ?? "";
    req.scope.objects.products.set(product.id, product);
    price.product = product.id;
  } else price.product = find(req.scope, "products", str(p.product), "product").id;
  const recurring = obj(p.recurring);
  if (recurring) {
    const usage = str(recurring.usage_type) ?? "licensed";
    const meter = str(recurring.meter) ?? null;
    if (usage === "metered" && !meter) throw invalid("Metered prices must be backed by a meter: set recurring[meter].", "recurring[meter]");
    if (meter) find(req.scope, "meters", meter, "recurring[meter]");
    const interval = str(recurring.interval);
    if (!interval || !["day", "week", "month", "year"].includes(interval)) throw invalid("Invalid recurring[interval].", "recurring[interval]");
    price.recurring = { interval, interval_count: int(recurring.interval_count, "recurring[interval_count]") ?? 1, meter, trial_period_days: null, usage_type: usage };
    price.type = "recurring";
  }
  price.billing_scheme = str(p.billing_scheme) ?? "per_unit";
  if (price.billing_scheme === "tiered") {
    price.tiers_mode = str(p.tiers_mode) ?? null;
    if (price.tiers_mode !== "graduated" && price.tiers_mode !== "volume") throw invalid("tiers_mode must be graduated or volume.", "tiers_mode");
    price.tiers = tiersOf(p.tiers, currency);
  } else {
    const decimal = decimalParam(p.unit_amount_decimal, "unit_amount_decimal");
    const amount = int(p.unit_amount, "unit_amount");
    if (decimal === null && amount === undefined) throw missingParam("unit_amount");
    price.unit_amount_decimal = decimal ?? String(amount);
    price.unit_amount = amount ?? (/^\d+$/.test(decimal!) ? Number(decimal) : null);
  }
  applyStrings(price, p, ["nickname", "lookup_key"]);
  applyMetadata(price, p);
  req.scope.objects.prices.set(price.id, price);
  return price;
}

export const catalogRoutes: Route[] = [
  ["POST", /^\/v1\/customers$/, (req) => {
    const customer = saveCustomer(req, customerObj(newId("cus", 14), nowSec()));
    req.scope.objects.customers.set(customer.id, customer);
    return customer;
  }],
  ["GET", /^\/v1\/customers$/, (req) => listOf(req, "customers", "/v1/customers", (c) => (!req.params.email || c.email === req.params.email) && (!req.params.test_clock || c.test_clock === req.params.test_clock))],
  ["GET", /^\/v1\/customers\/(cus_\w+)$/, (req) => find(req.scope, "customers", req.match[0])],
  ["POST", /^\/v1\/customers\/(cus_\w+)$/, (req) => saveCustomer(req, find(req.scope, "customers", req.match[0]))],
  ["DELETE", /^\/v1\/customers\/(cus_\w+)$/, (req) => {
    const customer = find(req.scope, "customers", req.match[0]);
    req.scope.objects.customers.delete(customer.id);
    return { id: customer.id, object: "customer", deleted: true };
  }],
  ["POST", /^\/v1\/products$/, (req) => {
    if (!str(req.params.name)) throw missingParam("name");
    const id = str(req.params.id) ?? newId("prod", 14);
    if (req.scope.objects.products.has(id)) throw invalid(`Product already exists.`, "id", "resource_already_exists");
    const product = saveProduct(req, productObj(id, nowSec()));
    req.scope.objects.products.set(product.id, product);
    return product;
  }],
  ["GET", /^\/v1\/products\/([\w-]+)$/, (req) => find(req.scope, "products", req.match[0])],
  ["POST", /^\/v1\/products\/([\w-]+)$/, (req) => saveProduct(req, find(req.scope, "products", req.match[0]))],
  ["POST", /^\/v1\/prices$/, createPrice],
  ["GET", /^\/v1\/prices$/, (req) => listOf(req, "prices", "/v1/prices", (p) => (!req.params.product || p.product === req.params.product) && (req.params.active === undefined || String(p.active) === req.params.active))],
  ["GET", /^\/v1\/prices\/(price_\w+)$/, (req) => find(req.scope, "prices", req.match[0])],
  ["POST", /^\/v1\/prices\/(price_\w+)$/, (req) => {
    const price = find(req.scope, "prices", req.match[0]);
    if (req.params.active !== undefined) price.active = bool(req.params.active) ?? price.active;
    applyStrings(price, req.params, ["nickname", "lookup_key"]);
    applyMetadata(price, req.params);
    return price;
  }],
];
