import { fixedToString, fromInt, mulFixed, roundMinor, toFixed } from "./decimal";
import type { Obj, Scope } from "./store";

/**
 * What a price charges for a quantity: per unit (decimal unit amounts), tiered graduated (each tier's part
 * at its rate, plus its flat amount when reached) or volume (the whole quantity at the tier it falls in).
 * Exact to 12 decimals; the line is rounded to minor units once, as Stripe does.
 */
export function priceAmountFixed(price: Obj, quantity: bigint): bigint {
  if (price.billing_scheme !== "tiered") return mulFixed(quantity, toFixed(price.unit_amount_decimal ?? String(price.unit_amount ?? 0)));
  const tiers: Obj[] = price.tiers ?? [];
  const unit = (t: Obj) => toFixed(t.unit_amount_decimal ?? String(t.unit_amount ?? 0));
  const flat = (t: Obj) => toFixed(t.flat_amount_decimal ?? String(t.flat_amount ?? 0));
  if (price.tiers_mode === "volume") {
    const tier = tiers.find((t) => t.up_to === null || quantity <= fromInt(t.up_to)) ?? tiers[tiers.length - 1]!;
    return mulFixed(quantity, unit(tier)) + (quantity > 0n ? flat(tier) : 0n);
  }
  let total = 0n;
  let lower = 0n;
  for (const tier of tiers) {
    if (quantity <= lower) break;
    const upper = tier.up_to === null ? quantity : fromInt(tier.up_to);
    const inTier = (quantity < upper ? quantity : upper) - lower;
    if (inTier > 0n) total += mulFixed(inTier, unit(tier)) + flat(tier);
    lower = upper;
  }
  return total;
}

export const priceAmount = (price: Obj, quantity: bigint) => roundMinor(priceAmountFixed(price, quantity));

/** The meter's aggregate for a customer over [start, end): sum, count or last value of non-cancelled events. */
export function meterUsage(scope: Scope, meter: Obj, customer: string, start: number, end: number): bigint {
  let sum = 0n;
  let count = 0n;
  let last: { t: number; v: bigint } | null = null;
  for (const event of scope.meterEvents.values()) {
    if (event.c !== customer || event.e !== meter.event_name || event.x || event.t < start || event.t >= end) continue;
    const v = toFixed(event.v);
    sum += v;
    count++;
    if (!last || event.t >= last.t) last = { t: event.t, v };
  }
  const formula = meter.default_aggregation?.formula;
  return formula === "count" ? fromInt(Number(count)) : formula === "last" ? (last?.v ?? 0n) : sum;
}

/** Quantity fields of a line: integer `quantity` when whole, else null with `quantity_decimal`. */
export function quantityFields(quantity: bigint): { quantity: number | null; quantity_decimal: string } {
  const text = fixedToString(quantity);
  return { quantity: /^-?\d+$/.test(text) ? Number(text) : null, quantity_decimal: text };
}

/** Calendar-aware period arithmetic in UTC, keeping the anchor's day of month (clamped to the month's end). */
export function addInterval(from: number, interval: string, count: number, anchorDay?: number): number {
  const d = new Date(from * 1000);
  if (interval === "day") return from + 86400 * count;
  if (interval === "week") return from + 7 * 86400 * count;
  const months = interval === "year" ? 12 * count : count;
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const day = anchorDay ?? d.getUTCDate();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, month, Math.min(day, lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) / 1000);
}
