import type { PricePlan } from "../generated/prisma/client";
import type { RatingPlan, Tier } from "./rating";

type DecimalLike = { toFixed(dp: number): string } | null;

/** A Prisma decimal as the exact string the pure rating reads ("2500.0000" → "2500"); toFixed avoids "1e-7". */
export function decimalText(value: DecimalLike): string | null {
  if (value === null) return null;
  return value.toFixed(4).replace(/\.?0+$/, "") || "0";
}

/** The stored tiers, kept only when well formed (the plan schema validated them on the way in). */
export function tiersOf(json: unknown): Tier[] | null {
  if (!Array.isArray(json) || json.length === 0) return null;
  return json.map((t: { upToMinutes?: number | null; ratePerMinute?: string | number }) => ({ upToMinutes: t.upToMinutes ?? null, ratePerMinute: String(t.ratePerMinute ?? "0") }));
}

/** A stored plan version as the pure rating sees it. */
export function ratingPlanOf(plan: PricePlan): RatingPlan {
  return {
    chargeMode: plan.chargeMode,
    includedMinutes: plan.includedMinutes,
    ratePerMinute: decimalText(plan.ratePerMinute)!,
    tiers: tiersOf(plan.tiers),
    perCallPrice: decimalText(plan.perCallPrice),
    incrementSeconds: plan.incrementSeconds,
    minimumSeconds: plan.minimumSeconds,
    billableTime: plan.billableTime,
    freeUnderSeconds: plan.freeUnderSeconds,
    afterHoursRatePerMinute: decimalText(plan.afterHoursRatePerMinute),
    nightRatePerMinute: decimalText(plan.nightRatePerMinute),
    nightFromHour: plan.nightFromHour,
    nightToHour: plan.nightToHour,
    holidayRatePerMinute: decimalText(plan.holidayRatePerMinute),
    automatedRatePerMinute: decimalText(plan.automatedRatePerMinute),
  };
}
