import { describe, expect, it } from "vitest";
import { decideRoute, overflowPlan, type HotlineRouting } from "@/server/telephony/flow/route-decision";
import { ALL_DAY, EVERY_DAY, termsWithHours } from "@/tests/support/telephony-terms";

const hotline: HotlineRouting = {
  status: "ACTIVE",
  maxQueueSize: 5,
  overflowAction: "VOICEMAIL",
  overflowForwardTo: null,
  afterHoursMode: "FROM_TERMS",
  afterHoursForwardTo: null,
};
const office = { mon: [{ start: "09:00", end: "18:00" }] };

function route(at: string, opts: { timezone: string; hours?: Parameters<typeof termsWithHours>[1]; queueSize?: number; hotline?: Partial<HotlineRouting> }) {
  return decideRoute({
    hotline: { ...hotline, ...opts.hotline },
    terms: termsWithHours("en", opts.hours ?? { weekly: office }),
    clientActive: true,
    timezone: opts.timezone,
    now: new Date(at),
    queueSize: opts.queueSize ?? 0,
  });
}
const isOpen = (at: string, timezone: string, hours?: Parameters<typeof termsWithHours>[1]) => route(at, { timezone, hours }).route === "QUEUE";

describe("business hours in the client's zone", () => {
  it("Moscow (no DST): nine to six local is 06:00-15:00 UTC in winter and in summer", () => {
    expect(isOpen("2026-01-12T05:59:00Z", "Europe/Moscow")).toBe(false);
    expect(isOpen("2026-01-12T06:00:00Z", "Europe/Moscow")).toBe(true);
    expect(isOpen("2026-07-13T06:00:00Z", "Europe/Moscow")).toBe(true);
    expect(isOpen("2026-07-13T15:00:00Z", "Europe/Moscow")).toBe(false);
  });

  it("New York across the March change: 08:30 EST is closed, 09:30 EDT a week later is open at the same UTC time", () => {
    expect(isOpen("2026-03-02T13:30:00Z", "America/New_York")).toBe(false);
    expect(isOpen("2026-03-09T13:30:00Z", "America/New_York")).toBe(true);
  });

  it("New York across the November change: the same UTC instant moves from open to closed", () => {
    expect(isOpen("2026-10-26T13:30:00Z", "America/New_York")).toBe(true); // 09:30 EDT
    expect(isOpen("2026-11-02T13:30:00Z", "America/New_York")).toBe(false); // 08:30 EST
  });

  it("Berlin across both changes of 2026", () => {
    expect(isOpen("2026-03-23T07:30:00Z", "Europe/Berlin")).toBe(false); // 08:30 CET
    expect(isOpen("2026-03-30T07:30:00Z", "Europe/Berlin")).toBe(true); // 09:30 CEST
    expect(isOpen("2026-10-19T07:30:00Z", "Europe/Berlin")).toBe(true); // 09:30 CEST
    expect(isOpen("2026-10-26T07:30:00Z", "Europe/Berlin")).toBe(false); // 08:30 CET
  });

  it("a night shift split at midnight stays open across it, and ends at 06:00 local", () => {
    const night = { weekly: { sat: [{ start: "22:00", end: "24:00" }], sun: [{ start: "00:00", end: "06:00" }] } };
    expect(isOpen("2026-03-06T21:00:00Z", "Europe/Moscow", night)).toBe(false); // Sat 00:00: Saturday opens at 22:00
    expect(isOpen("2026-03-07T20:59:00Z", "Europe/Moscow", night)).toBe(true); // Sat 23:59
    expect(isOpen("2026-03-07T21:00:00Z", "Europe/Moscow", night)).toBe(true); // Sun 00:00
    expect(isOpen("2026-03-08T02:59:00Z", "Europe/Moscow", night)).toBe(true); // Sun 05:59
    expect(isOpen("2026-03-08T03:00:00Z", "Europe/Moscow", night)).toBe(false); // Sun 06:00
  });

  it("the night the clocks spring forward in New York: 01:59 EST and 03:00 EDT are both inside 00:00-06:00", () => {
    const night = { weekly: { sun: [{ start: "00:00", end: "06:00" }] } };
    expect(isOpen("2026-03-08T06:59:00Z", "America/New_York", night)).toBe(true);
    expect(isOpen("2026-03-08T07:00:00Z", "America/New_York", night)).toBe(true);
    expect(isOpen("2026-03-08T09:59:00Z", "America/New_York", night)).toBe(true); // 05:59 EDT
    expect(isOpen("2026-03-08T10:00:00Z", "America/New_York", night)).toBe(false); // 06:00 EDT
  });

  it("a holiday closes the whole local day, from local midnight to local midnight", () => {
    const hours = { weekly: EVERY_DAY(ALL_DAY), holidays: [{ id: "xmas", date: "2026-12-25", name: "Christmas", recurring: false, closedAllDay: true, intervals: [] }] };
    expect(isOpen("2026-12-25T04:59:00Z", "America/New_York", hours)).toBe(true); // Dec 24, 23:59 EST
    expect(route("2026-12-25T05:00:00Z", { timezone: "America/New_York", hours })).toMatchObject({ route: "AFTER_HOURS", reason: "holiday" });
    expect(isOpen("2026-12-26T05:00:00Z", "America/New_York", hours)).toBe(true);
  });

  it("a recurring holiday repeats every year; a short day uses the holiday's own hours", () => {
    const hours = {
      weekly: EVERY_DAY([{ start: "09:00", end: "18:00" }]),
      holidays: [
        { id: "ny", date: "2020-01-01", name: "New Year", recurring: true, closedAllDay: true, intervals: [] },
        { id: "short", date: "2026-03-06", name: "Short day", recurring: false, closedAllDay: false, intervals: [{ start: "10:00", end: "14:00" }] },
      ],
    };
    expect(isOpen("2027-01-01T08:00:00Z", "Europe/Moscow", hours)).toBe(false);
    expect(isOpen("2027-01-02T08:00:00Z", "Europe/Moscow", hours)).toBe(true);
    expect(isOpen("2026-03-06T06:30:00Z", "Europe/Moscow", hours)).toBe(false); // 09:30
    expect(isOpen("2026-03-06T08:00:00Z", "Europe/Moscow", hours)).toBe(true); // 11:00
    expect(isOpen("2026-03-06T11:00:00Z", "Europe/Moscow", hours)).toBe(false); // 14:00
  });
});

describe("the route of an arriving call", () => {
  const closedAt = "2026-01-12T20:00:00Z";
  const openAt = "2026-01-12T08:00:00Z";
  const afterHours = (action: "VOICEMAIL" | "FORWARD" | "TAKE_MESSAGE", forwardTo = "") => ({ weekly: office, afterHours: { action, forwardTo, message: "" } });

  it("a paused hotline, an inactive client or no approved terms: polite hangup", () => {
    expect(route(openAt, { timezone: "Europe/Moscow", hotline: { status: "PAUSED" } })).toEqual({ action: "HANGUP", route: "PAUSED", reason: "hotlinePaused" });
    const base = { hotline, clientActive: true, timezone: "UTC", now: new Date(openAt), queueSize: 0 };
    expect(decideRoute({ ...base, terms: null })).toMatchObject({ action: "HANGUP", reason: "noTerms" });
    expect(decideRoute({ ...base, terms: termsWithHours("en"), clientActive: false })).toMatchObject({ action: "HANGUP", reason: "clientInactive" });
  });

  it("after hours follows the terms: voicemail, forward, or take a message through the queue", () => {
    expect(route(closedAt, { timezone: "Europe/Moscow", hours: afterHours("VOICEMAIL") })).toEqual({ action: "VOICEMAIL", route: "AFTER_HOURS", reason: "closed" });
    expect(route(closedAt, { timezone: "Europe/Moscow", hours: afterHours("FORWARD", "+79161234567") })).toMatchObject({ action: "FORWARD", to: "+79161234567" });
    expect(route(closedAt, { timezone: "Europe/Moscow", hours: afterHours("TAKE_MESSAGE") })).toEqual({ action: "QUEUE", route: "AFTER_HOURS", reason: "takeMessage" });
  });

  it("the hotline's own after-hours mode wins over the terms; forwarding with no number falls back to voicemail", () => {
    const hours = afterHours("TAKE_MESSAGE");
    expect(route(closedAt, { timezone: "Europe/Moscow", hours, hotline: { afterHoursMode: "VOICEMAIL" } })).toMatchObject({ action: "VOICEMAIL" });
    expect(route(closedAt, { timezone: "Europe/Moscow", hours, hotline: { afterHoursMode: "FORWARD", afterHoursForwardTo: "+12125550123" } })).toMatchObject({ action: "FORWARD", to: "+12125550123" });
    expect(route(closedAt, { timezone: "Europe/Moscow", hours, hotline: { afterHoursMode: "FORWARD" } })).toMatchObject({ action: "VOICEMAIL" });
  });

  it("a full queue overflows to the hotline's overflow action", () => {
    expect(route(openAt, { timezone: "Europe/Moscow", queueSize: 4 })).toMatchObject({ action: "QUEUE", route: "QUEUE" });
    expect(route(openAt, { timezone: "Europe/Moscow", queueSize: 5 })).toEqual({ action: "VOICEMAIL", route: "OVERFLOW", reason: "queueFull" });
    expect(route(openAt, { timezone: "Europe/Moscow", queueSize: 5, hotline: { overflowAction: "FORWARD", overflowForwardTo: "+79161234567" } })).toMatchObject({
      action: "FORWARD",
      route: "OVERFLOW",
    });
    expect(overflowPlan({ overflowAction: "FORWARD", overflowForwardTo: null }, "maxWait")).toEqual({ action: "VOICEMAIL", route: "OVERFLOW", reason: "maxWait" });
  });
});
