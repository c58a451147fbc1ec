import type { Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { majorRateToMinor, majorToMinor, minorToMajorExact } from "@/server/billing/money";
import { planInputSchema, type PlanFormValues, type PlanInput } from "@/server/billing/plan.schema";
import type { PlanView } from "@/server/billing/plan-view";

/**
 * The plan form edits money in MAJOR units (people type "50 000" and "25", not kopecks); the schema and the
 * server take minor units. This resolver converts exactly (no floats) and then checks with the server's own
 * schema, so errors land on the same field names.
 */
export type PlanFormState = Omit<PlanFormValues, "perCallPrice" | "afterHoursRatePerMinute" | "nightRatePerMinute" | "holidayRatePerMinute" | "automatedRatePerMinute"> & {
  perCallPrice: string;
  afterHoursRatePerMinute: string;
  nightRatePerMinute: string;
  holidayRatePerMinute: string;
  automatedRatePerMinute: string;
};

const RATES = ["perCallPrice", "afterHoursRatePerMinute", "nightRatePerMinute", "holidayRatePerMinute", "automatedRatePerMinute"] as const;

// An amount that does not parse stays as typed, so the schema's regex refuses it with its own message.
const fee = (v: string, c: string) => majorToMinor(v, c) ?? v;
const rate = (v: string, c: string) => (v.trim() === "" ? "" : (majorRateToMinor(v, c) ?? v));

export function toMinorUnits(v: PlanFormState, currency: string): PlanFormValues {
  const out: PlanFormValues = {
    ...v,
    monthlyFeeMinor: fee(v.monthlyFeeMinor, currency),
    setupFeeMinor: fee(v.setupFeeMinor, currency),
    ratePerMinute: rate(v.ratePerMinute, currency),
    tiers: v.tiers.map((t) => ({ upToMinutes: t.upToMinutes, ratePerMinute: rate(t.ratePerMinute, currency) })),
  };
  for (const key of RATES) out[key] = rate(v[key], currency);
  return out;
}

export function planResolver(currency: string): Resolver<PlanFormState, unknown, PlanInput> {
  const check = zodResolver(planInputSchema);
  return (values, context, options) => check(toMinorUnits(values, currency), context, options as never) as never;
}

/** The form's starting values: the latest version (a change usually tweaks it), from today in the client's zone. */
export function initialValues(current: PlanView | null, currency: string, timeZone: string): PlanFormState {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const major = (v: string | null) => (v === null ? "" : minorToMajorExact(v, currency));
  return {
    effectiveFrom: today,
    monthlyFeeMinor: major(current?.monthlyFeeMinor ?? "0"),
    setupFeeMinor: major(current?.setupFeeMinor ?? "0"),
    includedMinutes: current?.includedMinutes ?? 0,
    chargeMode: current?.chargeMode ?? "PER_MINUTE",
    ratePerMinute: major(current?.ratePerMinute ?? "0"),
    tiers: (current?.tiers ?? []).map((t) => ({ upToMinutes: t.upToMinutes, ratePerMinute: major(t.ratePerMinute) })),
    perCallPrice: major(current?.perCallPrice ?? null),
    incrementSeconds: current?.incrementSeconds ?? 60,
    minimumSeconds: current?.minimumSeconds ?? 0,
    billableTime: current?.billableTime ?? "TALK",
    freeUnderSeconds: current?.freeUnderSeconds ?? 0,
    afterHoursRatePerMinute: major(current?.afterHoursRatePerMinute ?? null),
    nightRatePerMinute: major(current?.nightRatePerMinute ?? null),
    nightFromHour: current?.nightFromHour ?? 22,
    nightToHour: current?.nightToHour ?? 8,
    holidayRatePerMinute: major(current?.holidayRatePerMinute ?? null),
    automatedRatePerMinute: major(current?.automatedRatePerMinute ?? null),
  };
}

export const PLAN_FIELDS = [
  "effectiveFrom", "monthlyFeeMinor", "setupFeeMinor", "includedMinutes", "chargeMode", "ratePerMinute", "tiers", "perCallPrice", "incrementSeconds",
  "minimumSeconds", "billableTime", "freeUnderSeconds", "afterHoursRatePerMinute", "nightRatePerMinute", "nightFromHour", "nightToHour",
  "holidayRatePerMinute", "automatedRatePerMinute",
] as const satisfies readonly (keyof PlanFormState)[];
