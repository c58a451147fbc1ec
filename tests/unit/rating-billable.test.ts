import { describe, expect, it } from "vitest";
import { billableSeconds, INCREMENTS, rawSeconds, type CallTimes } from "@/server/billing/rating";

const rules = (incrementSeconds: number, minimumSeconds = 0, freeUnderSeconds = 0) => ({ incrementSeconds, minimumSeconds, freeUnderSeconds });

describe("billable seconds: free short calls, minimum, increment", () => {
  // raw seconds → billable seconds for increments 1, 6, 30, 60 (no minimum, nothing free).
  const table: [number, [number, number, number, number]][] = [
    [0, [0, 0, 0, 0]],
    [1, [1, 6, 30, 60]],
    [5, [5, 6, 30, 60]],
    [6, [6, 6, 30, 60]],
    [7, [7, 12, 30, 60]],
    [29, [29, 30, 30, 60]],
    [30, [30, 30, 30, 60]],
    [31, [31, 36, 60, 60]],
    [59, [59, 60, 60, 60]],
    [60, [60, 60, 60, 60]],
    [61, [61, 66, 90, 120]],
    [3599, [3599, 3600, 3600, 3600]],
    [3601, [3601, 3606, 3630, 3660]],
  ];
  it.each(table)("raw %i s", (raw, expected) => {
    expect(INCREMENTS.map((inc) => billableSeconds(raw, rules(inc)))).toEqual(expected);
  });

  it("applies the minimum before rounding up to the increment", () => {
    expect(INCREMENTS.map((inc) => billableSeconds(10, rules(inc, 30)))).toEqual([30, 30, 30, 60]);
    expect(INCREMENTS.map((inc) => billableSeconds(10, rules(inc, 45)))).toEqual([45, 48, 60, 60]);
    expect(INCREMENTS.map((inc) => billableSeconds(50, rules(inc, 45)))).toEqual([50, 54, 60, 60]);
    expect(INCREMENTS.map((inc) => billableSeconds(100, rules(inc, 90)))).toEqual([100, 102, 120, 120]);
  });

  it("makes short calls free, and free wins over the minimum", () => {
    expect(INCREMENTS.map((inc) => billableSeconds(4, rules(inc, 30, 5)))).toEqual([0, 0, 0, 0]);
    expect(INCREMENTS.map((inc) => billableSeconds(5, rules(inc, 30, 5)))).toEqual([30, 30, 30, 60]);
    expect(INCREMENTS.map((inc) => billableSeconds(5, rules(inc, 0, 5)))).toEqual([5, 6, 30, 60]);
    expect(billableSeconds(0, rules(60, 60))).toBe(0);
  });

  it("refuses impossible input rather than billing something", () => {
    expect(() => billableSeconds(-1, rules(6))).toThrow(RangeError);
    expect(() => billableSeconds(1.5, rules(6))).toThrow(RangeError);
    expect(() => billableSeconds(10, rules(0))).toThrow(RangeError);
  });
});

const start = new Date("2026-11-25T09:00:00Z");
const call = (v: Partial<CallTimes>): CallTimes => ({
  startedAt: start, endedAt: new Date(start.getTime() + 200_000), connectedAt: new Date(start.getTime() + 20_000), status: "COMPLETED",
  menuAt: null, talkSeconds: 150, wrapUpSeconds: 40, durationSeconds: 180, voicemailSeconds: null, ...v,
});

describe("raw seconds by the plan's billable time", () => {
  it("counts talk, talk + wrap-up, or the whole call for an answered call", () => {
    expect(rawSeconds(call({}), "TALK")).toBe(150);
    expect(rawSeconds(call({}), "TALK_WRAP_UP")).toBe(190);
    expect(rawSeconds(call({}), "WHOLE_CALL")).toBe(180);
    expect(rawSeconds(call({ durationSeconds: null }), "WHOLE_CALL")).toBe(200);
    expect(rawSeconds(call({ wrapUpSeconds: null }), "TALK_WRAP_UP")).toBe(150);
  });

  it("counts automated calls (menu, voicemail) whole, and queue hang-ups only under WHOLE_CALL", () => {
    const voicemail = call({ connectedAt: null, status: "VOICEMAIL", talkSeconds: null, durationSeconds: 47 });
    expect(rawSeconds(voicemail, "TALK")).toBe(47);
    const menu = call({ connectedAt: null, status: "ABANDONED", menuAt: start, talkSeconds: null, durationSeconds: 20 });
    expect(rawSeconds(menu, "TALK_WRAP_UP")).toBe(20);
    const hungUp = call({ connectedAt: null, status: "ABANDONED", talkSeconds: null, durationSeconds: 51 });
    expect(rawSeconds(hungUp, "TALK")).toBe(0);
    expect(rawSeconds(hungUp, "TALK_WRAP_UP")).toBe(0);
    expect(rawSeconds(hungUp, "WHOLE_CALL")).toBe(51);
  });
});
