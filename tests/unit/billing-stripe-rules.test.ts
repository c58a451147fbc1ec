import { describe, expect, it } from "vitest";
import { isDuplicateMeterEvent, isRetriableStripeError, stripeErrorText } from "@/server/billing/stripe/errors";
import { laterStatus } from "@/server/billing/stripe/invoice-mirror";
import { meteredPrices, meterEventName, type PlanForPrices } from "@/server/billing/stripe/prices";

const plan = (p: Partial<PlanForPrices> = {}): PlanForPrices => ({
  chargeMode: "PER_MINUTE",
  includedMinutes: 300,
  ratePerMinute: "2500",
  tiers: null,
  perCallPrice: null,
  afterHoursRatePerMinute: null,
  nightRatePerMinute: null,
  holidayRatePerMinute: null,
  automatedRatePerMinute: null,
  ...p,
});

describe("Stripe prices of a plan version", () => {
  it("charges STANDARD seconds graduated: the included minutes free, then the rate per second at 12 dp", () => {
    expect(meteredPrices(plan())).toEqual([
      { component: "STANDARD", scheme: "tiered", tiers: [{ upTo: 18000, unitAmountDecimal: "0" }, { upTo: "inf", unitAmountDecimal: "41.666666666667" }] },
    ]);
  });

  it("has no tiers without included minutes, and a price only for bands with their own rate", () => {
    expect(meteredPrices(plan({ includedMinutes: 0, ratePerMinute: "1250.5", nightRatePerMinute: "3000", automatedRatePerMinute: "0.6" }))).toEqual([
      { component: "STANDARD", scheme: "per_unit", unitAmountDecimal: "20.841666666667" },
      { component: "NIGHT", scheme: "per_unit", unitAmountDecimal: "50" },
      { component: "AUTOMATED", scheme: "per_unit", unitAmountDecimal: "0.01" },
    ]);
  });

  it("follows the plan's own tiers after the included minutes (thresholds are total period minutes)", () => {
    const [standard] = meteredPrices(plan({ includedMinutes: 100, tiers: [{ upToMinutes: 50, ratePerMinute: "9" }, { upToMinutes: 1000, ratePerMinute: "2400" }, { upToMinutes: null, ratePerMinute: "1800" }] }));
    expect(standard).toEqual({
      component: "STANDARD",
      scheme: "tiered",
      tiers: [{ upTo: 6000, unitAmountDecimal: "0" }, { upTo: 60000, unitAmountDecimal: "40" }, { upTo: "inf", unitAmountDecimal: "30" }],
    });
  });

  it("counts calls for a per-call plan, at the per-call price", () => {
    expect(meteredPrices(plan({ chargeMode: "PER_CALL", perCallPrice: "1500.25" }))).toEqual([{ component: "PER_CALL", scheme: "per_unit", unitAmountDecimal: "1500.25" }]);
    expect(meterEventName("PER_CALL")).toBe("switchboard_calls");
    expect(meterEventName("AFTER_HOURS")).toBe("switchboard_seconds_after_hours");
  });
});

describe("Stripe errors", () => {
  it("retries connection errors, 429 and 5xx, not a refusal", () => {
    expect(isRetriableStripeError({ type: "StripeConnectionError" })).toBe(true);
    expect(isRetriableStripeError({ type: "StripeRateLimitError", statusCode: 429 })).toBe(true);
    expect(isRetriableStripeError({ type: "StripeAPIError", statusCode: 500 })).toBe(true);
    expect(isRetriableStripeError({ type: "StripeInvalidRequestError", statusCode: 400, code: "lock_timeout" })).toBe(true);
    expect(isRetriableStripeError({ type: "StripeInvalidRequestError", statusCode: 400, code: "timestamp_too_far_in_past" })).toBe(false);
    expect(isRetriableStripeError({ type: "StripeAuthenticationError", statusCode: 401 })).toBe(false);
  });

  it("treats any duplicate-identifier refusal as delivered", () => {
    expect(isDuplicateMeterEvent({ type: "StripeInvalidRequestError", statusCode: 400, code: "duplicate_meter_event" })).toBe(true);
    expect(isDuplicateMeterEvent({ type: "StripeInvalidRequestError", statusCode: 400, message: "An event already exists with identifier u1." })).toBe(true);
    expect(isDuplicateMeterEvent({ type: "StripeInvalidRequestError", statusCode: 400, message: "No such customer" })).toBe(false);
    expect(stripeErrorText({ code: "resource_missing", message: "No such customer: cus_1" })).toBe("resource_missing: No such customer: cus_1");
  });
});

describe("invoice status under reordered webhooks", () => {
  it("never moves an invoice back", () => {
    expect(laterStatus(null, "open")).toBe("open");
    expect(laterStatus("draft", "open")).toBe("open");
    expect(laterStatus("paid", "open")).toBe("paid");
    expect(laterStatus("paid", "draft")).toBe("paid");
    expect(laterStatus("open", "void")).toBe("void");
  });
});
