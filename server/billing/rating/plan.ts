/**
 * A price plan as the pure rating sees it: decimals are strings (exactly as stored), never numbers.
 * Rates are MINOR units per minute (2500 = 25 RUB/min); fees are integer minor units.
 */
export type BillableTime = "TALK" | "TALK_WRAP_UP" | "WHOLE_CALL";
export type ChargeMode = "PER_MINUTE" | "PER_CALL";
export type Component = "STANDARD" | "AFTER_HOURS" | "NIGHT" | "HOLIDAY" | "AUTOMATED" | "PER_CALL";
export const COMPONENTS: readonly Component[] = ["STANDARD", "AFTER_HOURS", "NIGHT", "HOLIDAY", "AUTOMATED", "PER_CALL"];
export const INCREMENTS = [1, 6, 30, 60] as const;

/** Graduated tier: `upToMinutes` is the period's total STANDARD minutes this tier reaches (null = no end). */
export type Tier = { upToMinutes: number | null; ratePerMinute: string };

export type RatingPlan = {
  chargeMode: ChargeMode;
  includedMinutes: number;
  ratePerMinute: string;
  tiers: Tier[] | null;
  perCallPrice: string | null;
  incrementSeconds: number;
  minimumSeconds: number;
  billableTime: BillableTime;
  freeUnderSeconds: number;
  afterHoursRatePerMinute: string | null;
  nightRatePerMinute: string | null;
  nightFromHour: number;
  nightToHour: number;
  holidayRatePerMinute: string | null;
  automatedRatePerMinute: string | null;
};

/** Defaults of a new plan (the schema's): handy for tests and forms. */
export const DEFAULT_RATING_PLAN: RatingPlan = {
  chargeMode: "PER_MINUTE",
  includedMinutes: 0,
  ratePerMinute: "0",
  tiers: null,
  perCallPrice: null,
  incrementSeconds: 60,
  minimumSeconds: 0,
  billableTime: "TALK",
  freeUnderSeconds: 0,
  afterHoursRatePerMinute: null,
  nightRatePerMinute: null,
  nightFromHour: 22,
  nightToHour: 8,
  holidayRatePerMinute: null,
  automatedRatePerMinute: null,
};
