import { describe, expect, it } from "vitest";
import { planInputSchema, type PlanFormValues } from "@/server/billing/plan.schema";
import { billingPeriod, calendarMonth, localMidnight } from "@/server/billing/rating";

const valid: PlanFormValues = {
  effectiveFrom: "2026-11-01", monthlyFeeMinor: "5000000", setupFeeMinor: "0", includedMinutes: 300, chargeMode: "PER_MINUTE", ratePerMinute: "2500",
  tiers: [], perCallPrice: null, incrementSeconds: 6, minimumSeconds: 0, billableTime: "TALK_WRAP_UP", freeUnderSeconds: 5,
  afterHoursRatePerMinute: "", nightRatePerMinute: null, nightFromHour: 22, nightToHour: 8, holidayRatePerMinute: "3000.25", automatedRatePerMinute: null,
};
const problems = (v: Partial<PlanFormValues>) => {
  const r = planInputSchema.safeParse({ ...valid, ...v });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the plan form's schema", () => {
  it("accepts the demo plan and reads a blank band rate as the standard rate", () => {
    const plan = planInputSchema.parse(valid);
    expect(plan.afterHoursRatePerMinute).toBeNull();
    expect(plan.holidayRatePerMinute).toBe("3000.25");
  });

  it("refuses negative prices, too many decimals and increments other than 1, 6, 30, 60", () => {
    expect(problems({ ratePerMinute: "-1" })).toEqual(["ratePerMinute: billing.validation.rate"]);
    expect(problems({ ratePerMinute: "1.23456" })).toEqual(["ratePerMinute: billing.validation.rate"]);
    expect(problems({ monthlyFeeMinor: "-5" })).toEqual(["monthlyFeeMinor: billing.validation.amount"]);
    expect(problems({ monthlyFeeMinor: "12.5" })).toEqual(["monthlyFeeMinor: billing.validation.amount"]);
    for (const incrementSeconds of [0, -6, 5, 15]) expect(problems({ incrementSeconds })).toEqual(["incrementSeconds: billing.validation.increment"]);
    expect(problems({ minimumSeconds: -1 })).toEqual(["minimumSeconds: billing.validation.range"]);
    expect(problems({ nightFromHour: 24 })).toEqual(["nightFromHour: billing.validation.hour"]);
    expect(problems({ effectiveFrom: "2026-02-30" })).toEqual(["effectiveFrom: billing.validation.date"]);
  });

  it("needs a per-call price for per-call plans and climbing tiers with an open end last", () => {
    expect(problems({ chargeMode: "PER_CALL" })).toEqual(["perCallPrice: billing.validation.perCallPriceRequired"]);
    expect(problems({ tiers: [{ upToMinutes: 1000, ratePerMinute: "2500" }, { upToMinutes: null, ratePerMinute: "2000" }] })).toEqual([]);
    expect(problems({ tiers: [{ upToMinutes: 1000, ratePerMinute: "2500" }, { upToMinutes: 500, ratePerMinute: "2000" }] })).toEqual([
      "tiers.1.upToMinutes: billing.validation.tiersOpenEndLast", "tiers.1.upToMinutes: billing.validation.tiersOrder"]);
    expect(problems({ tiers: [{ upToMinutes: null, ratePerMinute: "2500" }, { upToMinutes: null, ratePerMinute: "2000" }] })).toEqual(["tiers.0.upToMinutes: billing.validation.tiersOpenEndLast"]);
  });
});

describe("billing periods", () => {
  it("is the calendar month in the client's zone until Stripe gives the subscription's", () => {
    expect(calendarMonth(new Date("2026-11-30T22:00:00Z"), "Europe/Moscow")).toEqual({ from: new Date("2026-11-30T21:00:00Z"), to: new Date("2026-12-31T21:00:00Z") });
    expect(calendarMonth(new Date("2026-11-30T20:59:59Z"), "Europe/Moscow").from).toEqual(new Date("2026-10-31T21:00:00Z"));
    expect(calendarMonth(new Date("2026-03-15T12:00:00Z"), "Europe/Berlin")).toEqual({ from: new Date("2026-02-28T23:00:00Z"), to: new Date("2026-03-31T22:00:00Z") });
    const sub = { periodStart: new Date("2026-11-10T00:00:00Z"), periodEnd: new Date("2026-12-10T00:00:00Z") };
    expect(billingPeriod(new Date("2026-11-25T00:00:00Z"), "Europe/Moscow", sub)).toEqual({ from: sub.periodStart, to: sub.periodEnd });
    expect(billingPeriod(new Date("2026-12-11T00:00:00Z"), "Europe/Moscow", sub).from).toEqual(new Date("2026-11-30T21:00:00Z"));
    expect(localMidnight("2026-11-01", "Europe/Moscow")).toEqual(new Date("2026-10-31T21:00:00Z"));
  });
});
