import { describe, expect, it } from "vitest";
import { malformedEvent } from "@/server/billing/stripe/event-shape";

const invoice = { id: "in_1", customer: "cus_1", status: "open", currency: "rub", subtotal: 1, total: 1, amount_due: 1, amount_paid: 0, period_start: 1, period_end: 2, lines: { data: [] } };
const event = (over: Record<string, unknown> = {}, object: unknown = invoice) => ({ id: "evt_1", type: "invoice.finalized", created: 1, data: { object }, ...over });

describe("Stripe event shape", () => {
  it("accepts the events we handle and ones we ignore", () => {
    expect(malformedEvent(event())).toBeNull();
    expect(malformedEvent(event({ account: "acct_1" }))).toBeNull();
    expect(malformedEvent(event({ type: "customer.subscription.updated" }, { customer: "cus_1", status: "active", items: { data: [{ current_period_start: 1, current_period_end: 2 }] } }))).toBeNull();
    expect(malformedEvent(event({ type: "charge.succeeded" }, { id: "ch_1" }))).toBeNull();
  });

  it("names what is missing instead of failing later", () => {
    expect(malformedEvent(null)).toBe("event is not an object");
    expect(malformedEvent([])).toBe("event is not an object");
    expect(malformedEvent(event({ id: 1 }))).toBe("event id missing");
    expect(malformedEvent(event({ id: "evt\0" }))).toBe("event id missing");
    expect(malformedEvent(event({ created: "1" }))).toBe("event created missing");
    expect(malformedEvent(event({ data: {} }))).toBe("event data.object missing");
    expect(malformedEvent(event({}, { ...invoice, amount_due: undefined }))).toBe("invoice amount_due missing");
    expect(malformedEvent(event({}, { ...invoice, customer: 5 }))).toBe("customer malformed");
    expect(malformedEvent(event({ type: "customer.subscription.updated" }, { customer: "cus_1", items: { data: [{}] } }))).toBe("subscription item period missing");
  });
});
