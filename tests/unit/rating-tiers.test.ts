import { describe, expect, it } from "vitest";
import { formatFixed, perSecondDecimal, secondTiers, stripeGraduatedTiers, tieredAmount } from "@/server/billing/rating";

const total = (seconds: number, plan: Parameters<typeof secondTiers>[0]) => formatFixed(tieredAmount(seconds, secondTiers(plan)), 6);

describe("graduated tiers and included minutes", () => {
  const aurora = { includedMinutes: 300, ratePerMinute: "2500", tiers: null };

  it("charges nothing within the included minutes and the rate beyond them", () => {
    expect(total(0, aurora)).toBe("0");
    expect(total(18_000, aurora)).toBe("0");
    expect(total(18_001, aurora)).toBe("41.666667");
    expect(total(18_060, aurora)).toBe("2500");
    expect(total(18_000 + 61, aurora)).toBe("2541.666667");
    expect(total(30_000, aurora)).toBe("500000");
  });

  it("walks graduated tiers given as total period minutes", () => {
    const tiered = { includedMinutes: 300, ratePerMinute: "2500", tiers: [{ upToMinutes: 1000, ratePerMinute: "2500" }, { upToMinutes: null, ratePerMinute: "2000" }] };
    expect(secondTiers(tiered)).toEqual([{ upToSeconds: 18_000, ratePerMinute: "0" }, { upToSeconds: 60_000, ratePerMinute: "2500" }, { upToSeconds: null, ratePerMinute: "2000" }]);
    expect(total(60_000, tiered)).toBe("1750000");
    expect(total(72_000, tiered)).toBe("2150000");
    // A tier wholly inside the included minutes is covered by them.
    const inside = { includedMinutes: 300, ratePerMinute: "0", tiers: [{ upToMinutes: 200, ratePerMinute: "3000" }, { upToMinutes: null, ratePerMinute: "2000" }] };
    expect(secondTiers(inside)).toEqual([{ upToSeconds: 18_000, ratePerMinute: "0" }, { upToSeconds: null, ratePerMinute: "2000" }]);
    expect(total(18_030, inside)).toBe("1000");
  });

  it("rounds the period once, not per call", () => {
    // 3 calls of 1 s each: 3 × 41.666667 would be 125.000001; the period total is exactly 125.
    expect(total(3, { includedMinutes: 0, ratePerMinute: "2500", tiers: null })).toBe("125");
  });

  it("builds Stripe's per-second graduated tiers", () => {
    expect(stripeGraduatedTiers(aurora)).toEqual([{ up_to: 18_000, unit_amount_decimal: "0" }, { up_to: "inf", unit_amount_decimal: "41.666666666667" }]);
    expect(stripeGraduatedTiers({ includedMinutes: 0, ratePerMinute: "60", tiers: null })).toEqual([{ up_to: "inf", unit_amount_decimal: "1" }]);
    expect(perSecondDecimal("1250.5")).toBe("20.841666666667");
    expect(perSecondDecimal("0.0001")).toBe("0.000001666667");
    expect(perSecondDecimal("0")).toBe("0");
  });
});
