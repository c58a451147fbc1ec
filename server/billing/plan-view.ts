import type { PricePlan } from "../generated/prisma/client";

/**
 * A plan version as pages get it: BigInt fees and Decimal rates as exact strings (they cross to client
 * components and the plan form), Stripe's object ids left out.
 */
export function planView(p: PricePlan) {
  const dec = (d: { toString(): string } | null) => (d === null ? null : d.toString());
  return {
    id: p.id,
    version: p.version,
    effectiveFrom: p.effectiveFrom,
    currency: p.currency,
    monthlyFeeMinor: p.monthlyFeeMinor.toString(),
    setupFeeMinor: p.setupFeeMinor.toString(),
    includedMinutes: p.includedMinutes,
    chargeMode: p.chargeMode,
    ratePerMinute: p.ratePerMinute.toString(),
    tiers: (Array.isArray(p.tiers) ? p.tiers : null) as { upToMinutes: number | null; ratePerMinute: string }[] | null,
    perCallPrice: dec(p.perCallPrice),
    incrementSeconds: p.incrementSeconds,
    minimumSeconds: p.minimumSeconds,
    billableTime: p.billableTime,
    freeUnderSeconds: p.freeUnderSeconds,
    afterHoursRatePerMinute: dec(p.afterHoursRatePerMinute),
    nightRatePerMinute: dec(p.nightRatePerMinute),
    nightFromHour: p.nightFromHour,
    nightToHour: p.nightToHour,
    holidayRatePerMinute: dec(p.holidayRatePerMinute),
    automatedRatePerMinute: dec(p.automatedRatePerMinute),
    createdAt: p.createdAt,
  };
}

export type PlanView = ReturnType<typeof planView>;
