import { formatFixed, parseFixed, RATE_SCALE } from "../rating/fixed";
import type { Component, Tier } from "../rating/plan";
import { perSecondDecimal, secondTiers } from "../rating/tiers";

export { perSecondDecimal };

/**
 * Pure: the Stripe price parameters of one plan version (no I/O). The meter unit is the billable SECOND (our
 * rating already applied increments, minimums and free calls per call; a meter can only sum), so a metered price
 * is per second: ratePerMinute ÷ 60 at 12 decimal places (Stripe's limit), and Stripe rounds the period total to
 * minor units once. STANDARD is graduated: the plan's included minutes first at 0, then the rate or the plan's
 * tiers. Included minutes count against STANDARD minutes only (after-hours, night, holiday and automated minutes
 * are charged from the first second).
 */
export const meterEventName = (component: Component): string =>
  component === "PER_CALL" ? "switchboard_calls" : `switchboard_seconds_${component.toLowerCase()}`;

export type PlanForPrices = {
  chargeMode: "PER_MINUTE" | "PER_CALL";
  includedMinutes: number;
  ratePerMinute: string;
  tiers: Tier[] | null;
  perCallPrice: string | null;
  afterHoursRatePerMinute: string | null;
  nightRatePerMinute: string | null;
  holidayRatePerMinute: string | null;
  automatedRatePerMinute: string | null;
};

export type MeteredPrice =
  | { component: Component; scheme: "per_unit"; unitAmountDecimal: string }
  | { component: Component; scheme: "tiered"; tiers: { upTo: number | "inf"; unitAmountDecimal: string }[] };

/**
 * The metered prices of a plan version: per-call plans count calls; per-minute plans have STANDARD and a price
 * for each band that has its own rate (a band without one is rated STANDARD by the rating, so it needs none).
 */
export function meteredPrices(plan: PlanForPrices): MeteredPrice[] {
  if (plan.chargeMode === "PER_CALL") return [{ component: "PER_CALL", scheme: "per_unit", unitAmountDecimal: formatFixed(parseFixed(plan.perCallPrice ?? "0", RATE_SCALE), RATE_SCALE) }];
  const bands: [Component, string | null][] = [
    ["AFTER_HOURS", plan.afterHoursRatePerMinute],
    ["NIGHT", plan.nightRatePerMinute],
    ["HOLIDAY", plan.holidayRatePerMinute],
    ["AUTOMATED", plan.automatedRatePerMinute],
  ];
  return [standardPrice(plan), ...bands.filter(([, rate]) => rate !== null).map(([component, rate]): MeteredPrice => ({ component, scheme: "per_unit", unitAmountDecimal: perSecondDecimal(rate!) }))];
}

/** STANDARD: the rating's own graduated tiers (rating/tiers.ts), so Stripe's total is our period total. */
export function standardPrice(plan: PlanForPrices): MeteredPrice {
  const tiers = secondTiers(plan).map((t) => ({ upTo: t.upToSeconds ?? ("inf" as const), unitAmountDecimal: perSecondDecimal(t.ratePerMinute) }));
  if (tiers.length === 1) return { component: "STANDARD", scheme: "per_unit", unitAmountDecimal: tiers[0]!.unitAmountDecimal };
  return { component: "STANDARD", scheme: "tiered", tiers };
}
