import { AMOUNT_SCALE, divRound, parseFixed, RATE_SCALE } from "./fixed";
import type { Tier } from "./plan";

/**
 * Graduated pricing of a period's STANDARD seconds, shared by the Stripe price builder and our period
 * totals. Included minutes come first at 0 (they count only against STANDARD minutes: bands and automated
 * minutes are always charged). Beyond them, the plan's tiers (`upToMinutes` = total period minutes the tier
 * reaches, the last open-ended) or, without tiers, the flat rate.
 */
export type SecondTier = { upToSeconds: number | null; ratePerMinute: string };

export function secondTiers(plan: { includedMinutes: number; ratePerMinute: string; tiers: Tier[] | null }): SecondTier[] {
  const out: SecondTier[] = [];
  const included = plan.includedMinutes * 60;
  if (included > 0) out.push({ upToSeconds: included, ratePerMinute: "0" });
  const tiers = plan.tiers && plan.tiers.length > 0 ? plan.tiers : [{ upToMinutes: null, ratePerMinute: plan.ratePerMinute }];
  for (const tier of tiers) {
    const upTo = tier.upToMinutes === null ? null : tier.upToMinutes * 60;
    if (upTo !== null && upTo <= included) continue;
    out.push({ upToSeconds: upTo, ratePerMinute: tier.ratePerMinute });
  }
  if (out.length === 0 || out.at(-1)!.upToSeconds !== null) out.push({ upToSeconds: null, ratePerMinute: tiers.at(-1)!.ratePerMinute });
  return out;
}

/** Stripe's graduated tiers: up_to in seconds ("inf" last), unit_amount_decimal per second at 12 dp. */
export function stripeGraduatedTiers(plan: { includedMinutes: number; ratePerMinute: string; tiers: Tier[] | null }) {
  return secondTiers(plan).map((t) => ({ up_to: t.upToSeconds ?? ("inf" as const), unit_amount_decimal: perSecondDecimal(t.ratePerMinute) }));
}

/** A per-minute rate as Stripe's per-second unit_amount_decimal: rate ÷ 60, 12 decimal places, half-up. */
export function perSecondDecimal(ratePerMinute: string): string {
  const scaled = divRound(parseFixed(ratePerMinute, RATE_SCALE) * 10n ** 8n, 60n); // scale 12
  const text = scaled.toString().padStart(13, "0");
  const whole = text.slice(0, -12);
  const frac = text.slice(-12).replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole;
}

/** The period amount of `seconds` STANDARD seconds over the tiers, exact at AMOUNT_SCALE (rounded once). */
export function tieredAmount(seconds: number, tiers: readonly SecondTier[]): bigint {
  let total = 0n; // scale RATE_SCALE, × seconds, ÷ 60 at the end: one rounding for the period
  let from = 0;
  for (const tier of tiers) {
    if (seconds <= from) break;
    const to = tier.upToSeconds === null ? seconds : Math.min(seconds, tier.upToSeconds);
    if (to > from) total += BigInt(to - from) * parseFixed(tier.ratePerMinute, RATE_SCALE);
    if (tier.upToSeconds === null) break;
    from = tier.upToSeconds;
  }
  return divRound(total * 10n ** BigInt(AMOUNT_SCALE - RATE_SCALE), 60n);
}

/** Whole minutes used of the included ones is for display; this is the exact included/used split in seconds. */
export function includedSplit(seconds: number, includedMinutes: number) {
  const included = includedMinutes * 60;
  return { withinIncluded: Math.min(seconds, included), beyond: Math.max(0, seconds - included) };
}
