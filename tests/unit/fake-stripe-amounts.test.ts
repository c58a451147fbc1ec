import { describe, expect, it } from "vitest";
import { addInterval, priceAmount, quantityFields } from "@/server/billing/fake-stripe/amounts";
import { fixedToString, fromInt, roundMinor, toFixed } from "@/server/billing/fake-stripe/decimal";
import { parseStripeForm } from "@/server/billing/fake-stripe/form";

// The fake Stripe's arithmetic decides the invoice totals the app is tested against: exact, rounded once.
const graduated = {
  billing_scheme: "tiered", tiers_mode: "graduated",
  tiers: [{ up_to: 18_000, unit_amount_decimal: "0" }, { up_to: 36_000, unit_amount_decimal: "41.666666666667" }, { up_to: null, unit_amount_decimal: "33.333333333333", flat_amount: 100 }],
};

describe("fake Stripe amounts", () => {
  it("charges graduated tiers part by part and rounds the line once, half up", () => {
    expect(priceAmount(graduated, fromInt(18_000))).toBe(0);
    expect(priceAmount(graduated, fromInt(18_001))).toBe(42); // 41.666… → 42
    expect(priceAmount(graduated, fromInt(19_234))).toBe(51_417); // 1,234 × 41.666666666667 = 51,416.67
    // 18,000 s at 41.666666666667 = 750,000.000000006 → 750,000; 60 s at 33.33… + flat 100 = 2,100.
    expect(priceAmount(graduated, fromInt(36_060))).toBe(752_100);
  });

  it("charges volume tiers at the tier the whole quantity falls in", () => {
    const volume = { ...graduated, tiers_mode: "volume" };
    expect(priceAmount(volume, fromInt(20_000))).toBe(833_333); // 20,000 × 41.666666666667
    expect(priceAmount(volume, fromInt(40_000))).toBe(1_333_433); // 40,000 × 33.333333333333 + 100
  });

  it("multiplies decimal quantities by decimal unit prices exactly", () => {
    expect(priceAmount({ billing_scheme: "per_unit", unit_amount_decimal: "0.5" }, fromInt(101))).toBe(51); // 50.5 → 51
    expect(priceAmount({ billing_scheme: "per_unit", unit_amount_decimal: "0.5" }, toFixed("100.9"))).toBe(50); // 50.45 → 50
    expect(roundMinor(toFixed("-2.5"))).toBe(-3);
    expect(fixedToString(toFixed("41.666666666667"))).toBe("41.666666666667");
    expect(quantityFields(toFixed("12.5"))).toEqual({ quantity: null, quantity_decimal: "12.5" });
    expect(quantityFields(fromInt(7))).toEqual({ quantity: 7, quantity_decimal: "7" });
  });

  it("adds calendar months keeping the anchor day, clamped to short months", () => {
    const jan31 = Date.UTC(2026, 0, 31) / 1000;
    expect(new Date(addInterval(jan31, "month", 1) * 1000).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    const feb28 = Date.UTC(2026, 1, 28) / 1000;
    expect(new Date(addInterval(feb28, "month", 1, 31) * 1000).toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(new Date(addInterval(Date.UTC(2026, 10, 1) / 1000, "month", 1) * 1000).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("fake Stripe form bodies", () => {
  it("reads qs-style nested keys and arrays as the stripe package sends them", () => {
    const body = "customer=cus_1&items[0][price]=p1&items[1][price]=p2&items[1][quantity]=2&metadata[clientId]=c%201&payload[value]=5&expand[0]=latest_invoice";
    expect(parseStripeForm(body)).toEqual({
      customer: "cus_1", items: [{ price: "p1" }, { price: "p2", quantity: "2" }], metadata: { clientId: "c 1" }, payload: { value: "5" }, expand: ["latest_invoice"],
    });
    expect(parseStripeForm("items%5B0%5D%5Bprice%5D=p1")).toEqual({ items: [{ price: "p1" }] });
  });
});
