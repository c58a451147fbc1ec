import { bandOf, type BandContext } from "./bands";
import { billableSeconds, isAutomated, rawSeconds, type CallTimes } from "./billable";
import { AMOUNT_SCALE, amountForSeconds, formatFixed, parseFixed, RATE_SCALE, rescale } from "./fixed";
import type { Component, RatingPlan } from "./plan";

export type RatedCall = {
  component: Component;
  rawSeconds: number;
  billableSeconds: number;
  billableCalls: number;
  /** The rate applied (minor units per minute; the per-call price for PER_CALL). */
  rate: string;
  /** Exact list amount in minor units at 6 dp, before included minutes: seconds × rate ÷ 60 half-up. */
  amountMinor: string;
};

/**
 * Rates one completed call under a plan: pure, exact. PER_MINUTE: billable seconds (free short calls,
 * minimum, increment) priced at the band's rate, or the automated rate for a call a machine handled.
 * PER_CALL: a call with billable time counts once at the per-call price (free short calls are free).
 */
export function rateCall(call: CallTimes, plan: RatingPlan, ctx: BandContext): RatedCall {
  const raw = rawSeconds(call, plan.billableTime);
  const seconds = billableSeconds(raw, plan);
  if (plan.chargeMode === "PER_CALL") {
    const price = plan.perCallPrice ?? "0";
    const calls = seconds > 0 ? 1 : 0;
    const amount = rescale(parseFixed(price, RATE_SCALE) * BigInt(calls), RATE_SCALE, AMOUNT_SCALE);
    return { component: "PER_CALL", rawSeconds: raw, billableSeconds: seconds, billableCalls: calls, rate: price, amountMinor: formatFixed(amount, AMOUNT_SCALE) };
  }
  // An automated call with its own rate is AUTOMATED; without one it is priced like any call of its band.
  const band = isAutomated(call) && plan.automatedRatePerMinute !== null
    ? { component: "AUTOMATED" as const, rate: plan.automatedRatePerMinute }
    : bandOf(plan, call.startedAt, ctx);
  const amount = amountForSeconds(seconds, parseFixed(band.rate, RATE_SCALE));
  return { component: band.component, rawSeconds: raw, billableSeconds: seconds, billableCalls: 0, rate: band.rate, amountMinor: formatFixed(amount, AMOUNT_SCALE) };
}

export type RatingPart = { component: Component; billableSeconds: number; billableCalls: number; amountMinor: string };

/**
 * The correction from what a call is billed so far (its CALL record plus any adjustments, per component) to a
 * new rating: never an edit, the difference per component as its own records. Nothing when nothing changed.
 */
export function ratingDifference(before: RatingPart | readonly RatingPart[], after: RatedCall): RatingPart[] {
  const net = new Map<Component, { seconds: number; calls: number; amount: bigint }>();
  const add = (p: RatingPart, sign: 1 | -1) => {
    const acc = net.get(p.component) ?? { seconds: 0, calls: 0, amount: 0n };
    net.set(p.component, { seconds: acc.seconds + sign * p.billableSeconds, calls: acc.calls + sign * p.billableCalls, amount: acc.amount + BigInt(sign) * parseFixed(p.amountMinor, AMOUNT_SCALE) });
  };
  for (const p of Array.isArray(before) ? before : [before as RatingPart]) add(p, -1);
  add(after, 1);
  const parts: RatingPart[] = [];
  // Taken back first, then added: the order a person reads a correction in.
  for (const [component, d] of [...net].sort(([, a], [, b]) => a.seconds - b.seconds)) {
    if (d.seconds === 0 && d.calls === 0 && d.amount === 0n) continue;
    parts.push({ component, billableSeconds: d.seconds + 0, billableCalls: d.calls + 0, amountMinor: formatFixed(d.amount, AMOUNT_SCALE) });
  }
  return parts;
}
