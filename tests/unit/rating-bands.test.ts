import { describe, expect, it } from "vitest";
import { bandOf, DEFAULT_RATING_PLAN, inNightWindow, type BandContext, type RatingPlan } from "@/server/billing/rating";
import type { OpeningHours } from "@/server/terms/hours";

const nineToSix = [{ start: "09:00", end: "18:00" }];
const hours: OpeningHours = { alwaysOpen: false, weekly: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix, sat: [], sun: [] } };
const holidays = [{ date: "2020-01-01", name: "New Year", recurring: true, closedAllDay: true, intervals: [] }];
const moscow: BandContext = { timezone: "Europe/Moscow", hours, holidays };
const plan: RatingPlan = { ...DEFAULT_RATING_PLAN, ratePerMinute: "2500", afterHoursRatePerMinute: "3000", nightRatePerMinute: "4000", holidayRatePerMinute: "5000" };
const band = (iso: string, p: RatingPlan = plan, ctx: BandContext = moscow) => bandOf(p, new Date(iso), ctx);

describe("rate bands from the call's start in the client's zone", () => {
  it.each([
    ["2026-11-25T09:00:00Z", "STANDARD", "2500"], // Wed 12:00 MSK
    ["2026-11-25T06:00:00Z", "STANDARD", "2500"], // Wed 09:00 MSK: opening minute
    ["2026-11-25T14:59:59Z", "STANDARD", "2500"], // Wed 17:59:59
    ["2026-11-25T15:00:00Z", "AFTER_HOURS", "3000"], // Wed 18:00: closed
    ["2026-11-25T18:59:00Z", "AFTER_HOURS", "3000"], // Wed 21:59
    ["2026-11-25T19:00:00Z", "NIGHT", "4000"], // Wed 22:00: night wins over after hours
    ["2026-11-26T04:59:00Z", "NIGHT", "4000"], // Thu 07:59
    ["2026-11-26T05:00:00Z", "AFTER_HOURS", "3000"], // Thu 08:00: not night, not open yet
    ["2026-11-28T09:00:00Z", "AFTER_HOURS", "3000"], // Sat noon
    ["2027-01-01T09:00:00Z", "HOLIDAY", "5000"], // New Year noon (recurring)
    ["2026-12-31T21:30:00Z", "HOLIDAY", "5000"], // 00:30 on New Year local: holiday wins over night
    ["2026-12-31T20:30:00Z", "NIGHT", "4000"], // 23:30 on New Year's Eve local (still 31 Dec)
  ])("%s → %s", (iso, component, rate) => {
    expect(band(iso)).toEqual({ component, rate });
  });

  it("falls through to the next band when a band has no rate of its own", () => {
    expect(band("2026-11-25T20:00:00Z", { ...plan, nightRatePerMinute: null })).toEqual({ component: "AFTER_HOURS", rate: "3000" });
    expect(band("2027-01-01T09:00:00Z", { ...plan, holidayRatePerMinute: null })).toEqual({ component: "AFTER_HOURS", rate: "3000" });
    expect(band("2026-11-28T09:00:00Z", { ...plan, afterHoursRatePerMinute: null })).toEqual({ component: "STANDARD", rate: "2500" });
    expect(band("2026-11-25T20:00:00Z", DEFAULT_RATING_PLAN)).toEqual({ component: "STANDARD", rate: "0" });
  });

  it("without known hours, only the night and holidays can apply", () => {
    expect(band("2026-11-28T09:00:00Z", plan, { timezone: "Europe/Moscow", hours: null, holidays: [] })).toEqual({ component: "STANDARD", rate: "2500" });
  });

  it("judges the night in local time across a DST change", () => {
    const berlin: BandContext = { timezone: "Europe/Berlin", hours: { ...hours, alwaysOpen: true }, holidays: [] };
    // 29 March 2026: clocks go to CEST (UTC+2). 20:30Z = 22:30 local → night; 19:30Z = 21:30 local → not.
    expect(band("2026-03-29T20:30:00Z", plan, berlin).component).toBe("NIGHT");
    expect(band("2026-03-29T19:30:00Z", plan, berlin).component).toBe("STANDARD");
    // In winter (UTC+1) the same 21:30Z is 22:30 local.
    expect(band("2026-01-14T21:30:00Z", plan, berlin).component).toBe("NIGHT");
  });

  it("has a night window that may wrap midnight, or not, or be empty", () => {
    expect([0, 6 * 60 - 1, 6 * 60, 12 * 60].map((m) => inNightWindow(m, 0, 6))).toEqual([true, true, false, false]);
    expect([21 * 60 + 59, 22 * 60, 0, 7 * 60 + 59, 8 * 60].map((m) => inNightWindow(m, 22, 8))).toEqual([false, true, true, true, false]);
    expect(inNightWindow(600, 22, 22)).toBe(false);
  });
});

describe("fast local time", () => {
  it("agrees with the terms' localParts every 7 minutes across both DST changes of a year", async () => {
    const { zonedParts } = await import("@/server/billing/rating/local-time");
    const { localParts } = await import("@/server/terms/hours");
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Europe/Moscow"]) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 60_000 * 13) {
        expect(zonedParts(new Date(t), zone)).toEqual(localParts(new Date(t), zone));
      }
    }
  });
});
