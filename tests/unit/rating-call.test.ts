import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_PLAN, INCREMENTS, rateCall, ratingDifference, type BandContext, type CallTimes, type RatingPlan } from "@/server/billing/rating";

const ctx: BandContext = { timezone: "Europe/Moscow", hours: { alwaysOpen: true, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, holidays: [] };
const noon = new Date("2026-11-25T09:00:00Z"); // Wed 12:00 MSK
const answered = (talkSeconds: number, v: Partial<CallTimes> = {}): CallTimes => ({
  startedAt: noon, endedAt: new Date(noon.getTime() + (talkSeconds + 20) * 1000), connectedAt: new Date(noon.getTime() + 20_000), status: "COMPLETED",
  menuAt: null, talkSeconds, wrapUpSeconds: 0, durationSeconds: talkSeconds + 20, voicemailSeconds: null, ...v,
});
const plan = (v: Partial<RatingPlan>): RatingPlan => ({ ...DEFAULT_RATING_PLAN, ratePerMinute: "2500", ...v });

describe("rating a call per minute: every increment × minimum × free short call, exact amounts", () => {
  // [talk seconds, minimum, free under] → amounts (minor units, 6 dp) at 25.00/min for increments 1, 6, 30, 60.
  const table: [number, number, number, [string, string, string, string]][] = [
    [1, 0, 0, ["41.666667", "250", "1250", "2500"]],
    [7, 0, 0, ["291.666667", "500", "1250", "2500"]],
    [59, 0, 0, ["2458.333333", "2500", "2500", "2500"]],
    [60, 0, 0, ["2500", "2500", "2500", "2500"]],
    [61, 0, 0, ["2541.666667", "2750", "3750", "5000"]],
    [125, 0, 0, ["5208.333333", "5250", "6250", "7500"]],
    [10, 30, 0, ["1250", "1250", "1250", "2500"]],
    [10, 45, 0, ["1875", "2000", "2500", "2500"]],
    [50, 45, 0, ["2083.333333", "2250", "2500", "2500"]],
    [4, 30, 5, ["0", "0", "0", "0"]],
    [5, 30, 5, ["1250", "1250", "1250", "2500"]],
    [5, 0, 5, ["208.333333", "250", "1250", "2500"]],
    [0, 60, 0, ["0", "0", "0", "0"]],
  ];
  it.each(table)("talk %i s, minimum %i s, free under %i s", (talk, minimumSeconds, freeUnderSeconds, amounts) => {
    const rated = INCREMENTS.map((incrementSeconds) => rateCall(answered(talk), plan({ incrementSeconds, minimumSeconds, freeUnderSeconds }), ctx));
    expect(rated.map((r) => r.amountMinor)).toEqual(amounts);
    expect(rated.every((r) => r.component === "STANDARD" && r.rawSeconds === talk && r.billableCalls === 0)).toBe(true);
  });

  it("rates Aurora Dental's plan: talk + wrap-up, 6 s increments, under 5 s free, 25 RUB/min", () => {
    const aurora = plan({ incrementSeconds: 6, billableTime: "TALK_WRAP_UP", freeUnderSeconds: 5 });
    expect(rateCall(answered(95, { wrapUpSeconds: 32 }), aurora, ctx)).toEqual({ component: "STANDARD", rawSeconds: 127, billableSeconds: 132, billableCalls: 0, rate: "2500", amountMinor: "5500" });
    expect(rateCall(answered(3, { wrapUpSeconds: 1 }), aurora, ctx).billableSeconds).toBe(0);
  });

  it("keeps rates with 4 decimals exact", () => {
    expect(rateCall(answered(7), plan({ incrementSeconds: 1, ratePerMinute: "1250.5" }), ctx).amountMinor).toBe("145.891667");
    expect(rateCall(answered(60), plan({ incrementSeconds: 60, ratePerMinute: "0.0001" }), ctx).amountMinor).toBe("0.0001");
  });
});

describe("surcharge bands and automated minutes", () => {
  const banded = plan({ incrementSeconds: 30, afterHoursRatePerMinute: "3000", nightRatePerMinute: "4000", holidayRatePerMinute: "5000", automatedRatePerMinute: "500" });
  const weekdays = { mon: [{ start: "09:00", end: "18:00" }], tue: [{ start: "09:00", end: "18:00" }], wed: [{ start: "09:00", end: "18:00" }], thu: [], fri: [], sat: [], sun: [] };
  const terms: BandContext = { timezone: "Europe/Moscow", hours: { alwaysOpen: false, weekly: weekdays }, holidays: [{ date: "2026-11-25", name: "Founders' day", recurring: false, closedAllDay: false, intervals: [{ start: "10:00", end: "14:00" }] }] };

  it.each([
    ["2026-11-24T09:00:00Z", "STANDARD", "3750"], // Tue 12:00 open: 61 s → 90 s × 25/min
    ["2026-11-24T16:00:00Z", "AFTER_HOURS", "4500"], // Tue 19:00
    ["2026-11-24T20:00:00Z", "NIGHT", "6000"], // Tue 23:00
    ["2026-11-25T09:00:00Z", "HOLIDAY", "7500"], // Wed 12:00, a holiday with short hours: open, still holiday rate
  ])("61 s at %s → %s %s", (iso, component, amount) => {
    const rated = rateCall(answered(61, { startedAt: new Date(iso) }), banded, terms);
    expect([rated.component, rated.billableSeconds, rated.amountMinor]).toEqual([component, 90, amount]);
  });

  it("rates menu and voicemail time of unanswered calls as automated minutes", () => {
    const voicemail = answered(0, { connectedAt: null, status: "VOICEMAIL", talkSeconds: null, durationSeconds: 47 });
    expect(rateCall(voicemail, banded, terms)).toMatchObject({ component: "AUTOMATED", rawSeconds: 47, billableSeconds: 60, amountMinor: "500" });
    const menu = answered(0, { connectedAt: null, status: "ABANDONED", menuAt: noon, talkSeconds: null, durationSeconds: 12 });
    expect(rateCall(menu, { ...banded, incrementSeconds: 6 }, terms)).toMatchObject({ component: "AUTOMATED", billableSeconds: 12, amountMinor: "100" });
    // Without an automated rate, the machine's minutes are priced like any call of their band.
    expect(rateCall(voicemail, { ...banded, automatedRatePerMinute: null }, ctx)).toMatchObject({ component: "STANDARD", amountMinor: "2500" });
  });

  it("does not bill a caller who hung up in the queue unless the whole call counts", () => {
    const hungUp = answered(0, { connectedAt: null, status: "ABANDONED", talkSeconds: null, durationSeconds: 51 });
    expect(rateCall(hungUp, banded, ctx)).toMatchObject({ billableSeconds: 0, amountMinor: "0" });
    expect(rateCall(hungUp, { ...banded, billableTime: "WHOLE_CALL" }, ctx)).toMatchObject({ component: "STANDARD", billableSeconds: 60, amountMinor: "2500" });
  });
});

describe("per-call pricing", () => {
  const perCall = plan({ chargeMode: "PER_CALL", perCallPrice: "15000.5", freeUnderSeconds: 10, incrementSeconds: 1 });
  it("counts a call with billable time once at the per-call price", () => {
    expect(rateCall(answered(300), perCall, ctx)).toEqual({ component: "PER_CALL", rawSeconds: 300, billableSeconds: 300, billableCalls: 1, rate: "15000.5", amountMinor: "15000.5" });
  });
  it("leaves free short calls and unanswered hang-ups at zero", () => {
    expect(rateCall(answered(9), perCall, ctx)).toMatchObject({ billableCalls: 0, amountMinor: "0" });
    expect(rateCall(answered(0, { connectedAt: null, status: "ABANDONED", talkSeconds: null }), perCall, ctx)).toMatchObject({ billableCalls: 0, amountMinor: "0" });
  });
});

describe("corrections are differences, never edits", () => {
  it("gives the difference within one component", () => {
    const before = rateCall(answered(61), plan({ incrementSeconds: 60 }), ctx);
    const after = rateCall(answered(61), plan({ incrementSeconds: 6 }), ctx);
    expect(ratingDifference(before, after)).toEqual([{ component: "STANDARD", billableSeconds: -54, billableCalls: 0, amountMinor: "-2250" }]);
    expect(ratingDifference(after, after)).toEqual([]);
  });
  it("takes back the old component and adds the new one when the band changes", () => {
    const night = { ...ctx, hours: null };
    const late = answered(60, { startedAt: new Date("2026-11-25T20:00:00Z") });
    const before = rateCall(late, plan({}), night);
    const after = rateCall(late, plan({ nightRatePerMinute: "4000" }), night);
    expect(ratingDifference(before, after)).toEqual([
      { component: "STANDARD", billableSeconds: -60, billableCalls: 0, amountMinor: "-2500" },
      { component: "NIGHT", billableSeconds: 60, billableCalls: 0, amountMinor: "4000" },
    ]);
  });
});
