import { describe, expect, it } from "vitest";
import { onCallAt, periodBounds, rosterDays, rosterWeeks } from "@/server/oncall/roster";
import { findOverlap, isEntryLocked } from "@/server/oncall/rules";

const at = (iso: string) => new Date(iso);
const entry = (id: string, order: number, start: string, end: string) => ({ id, escalationOrder: order, startsAt: at(start), endsAt: at(end) });

describe("onCallAt: who is on call at an instant", () => {
  const roster = [
    entry("backup", 2, "2026-03-02T06:00:00Z", "2026-03-09T06:00:00Z"),
    entry("night", 1, "2026-03-02T18:00:00Z", "2026-03-03T06:00:00Z"),
    entry("day", 1, "2026-03-03T06:00:00Z", "2026-03-03T18:00:00Z"),
    entry("manager", 3, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"),
  ];

  it("lists the covering entries in escalation order, 1 first", () => {
    expect(onCallAt(roster, at("2026-03-02T23:00:00Z")).map((e) => e.id)).toEqual(["night", "backup", "manager"]);
  });

  it("hands over at the boundary: the shift ending at 06:00 no longer covers 06:00, the next one does", () => {
    expect(onCallAt(roster, at("2026-03-03T05:59:59.999Z")).map((e) => e.id)).toEqual(["night", "backup", "manager"]);
    expect(onCallAt(roster, at("2026-03-03T06:00:00Z")).map((e) => e.id)).toEqual(["day", "backup", "manager"]);
  });

  it("covers from the first instant of an entry and nobody before it", () => {
    expect(onCallAt(roster, at("2026-03-02T05:59:59Z")).map((e) => e.id)).toEqual(["manager"]);
    expect(onCallAt(roster, at("2026-02-28T00:00:00Z"))).toEqual([]);
  });

  it("orders two people with the same escalation order by the earlier start", () => {
    const tie = [entry("late", 1, "2026-03-02T10:00:00Z", "2026-03-02T20:00:00Z"), entry("early", 1, "2026-03-02T08:00:00Z", "2026-03-02T20:00:00Z")];
    expect(onCallAt(tie, at("2026-03-02T12:00:00Z")).map((e) => e.id)).toEqual(["early", "late"]);
  });

  it("does not reorder the list it was given", () => {
    const copy = [...roster];
    onCallAt(roster, at("2026-03-02T23:00:00Z"));
    expect(roster).toEqual(copy);
  });
});

describe("the overlap rule", () => {
  const existing = [entry("a", 1, "2026-03-02T06:00:00Z", "2026-03-02T18:00:00Z"), entry("b", 2, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z")];

  it("refuses the same escalation order at an overlapping time", () => {
    expect(findOverlap(existing, { escalationOrder: 1, startsAt: at("2026-03-02T17:00:00Z"), endsAt: at("2026-03-02T20:00:00Z") })?.id).toBe("a");
    expect(findOverlap(existing, { escalationOrder: 1, startsAt: at("2026-03-02T00:00:00Z"), endsAt: at("2026-03-03T00:00:00Z") })?.id).toBe("a");
  });

  it("allows a handover (one ends when the next starts) and another order at the same time", () => {
    expect(findOverlap(existing, { escalationOrder: 1, startsAt: at("2026-03-02T18:00:00Z"), endsAt: at("2026-03-03T06:00:00Z") })).toBeNull();
    expect(findOverlap(existing, { escalationOrder: 3, startsAt: at("2026-03-02T08:00:00Z"), endsAt: at("2026-03-02T10:00:00Z") })).toBeNull();
  });

  it("does not count the entry being edited against itself", () => {
    expect(findOverlap(existing, { escalationOrder: 1, startsAt: at("2026-03-02T07:00:00Z"), endsAt: at("2026-03-02T19:00:00Z") }, "a")).toBeNull();
  });

  it("locks an entry once it has ended, not while it is under way", () => {
    const e = entry("x", 1, "2026-03-02T06:00:00Z", "2026-03-02T18:00:00Z");
    expect(isEntryLocked(e, at("2026-03-02T17:59:00Z"))).toBe(false);
    expect(isEntryLocked(e, at("2026-03-02T18:00:00Z"))).toBe(true);
  });
});

describe("the agenda by day in the client's zone", () => {
  const zone = "America/Chicago";
  // 7 March 18:00 CST -> 9 March 09:00 CDT, across the spring change.
  const weekend = entry("weekend", 1, "2026-03-08T00:00:00Z", "2026-03-09T14:00:00Z");
  const monday = entry("monday", 2, "2026-03-09T15:00:00Z", "2026-03-09T23:00:00Z");

  it("shows a shift over several days on each day, as starting, continuing and ending", () => {
    const days = rosterDays([monday, weekend], { from: "2026-03-06", days: 5, timeZone: zone });
    expect(days.map((d) => [d.date, d.items.map((i) => `${i.entry.id}:${i.segment}`)])).toEqual([
      ["2026-03-06", []],
      ["2026-03-07", ["weekend:starts"]],
      ["2026-03-08", ["weekend:continues"]],
      ["2026-03-09", ["weekend:ends", "monday:within"]],
      ["2026-03-10", []],
    ]);
  });

  it("cuts days at the client's midnight: a shift ending at 23:30 Chicago time (05:30 UTC next day) stays on its day", () => {
    const evening = entry("evening", 1, "2026-03-10T23:00:00Z", "2026-03-11T04:30:00Z");
    const days = rosterDays([evening], { from: "2026-03-10", days: 2, timeZone: zone });
    expect(days.map((d) => d.items.map((i) => i.segment))).toEqual([["within"], []]);
  });

  it("shows a shift ending at midnight as the whole of its last day", () => {
    // Tuesday 10 March 00:00 -> Thursday 12 March 00:00, Chicago time.
    const twoDays = entry("two-days", 1, "2026-03-10T05:00:00Z", "2026-03-12T05:00:00Z");
    const days = rosterDays([twoDays], { from: "2026-03-10", days: 3, timeZone: zone });
    expect(days.map((d) => d.items.map((i) => i.segment))).toEqual([["starts"], ["continues"], []]);
  });

  it("groups days into Monday-first weeks", () => {
    const weeks = rosterWeeks(rosterDays([], { from: "2026-03-06", days: 10, timeZone: zone }));
    expect(weeks.map((w) => [w.weekStart, w.days.length])).toEqual([
      ["2026-03-02", 3],
      ["2026-03-09", 7],
    ]);
  });

  it("bounds a period by the client's midnights (a 23-hour day on 8 March)", () => {
    const b = periodBounds({ from: "2026-03-08", days: 1, timeZone: zone });
    expect([b.startsAt.toISOString(), b.endsAt.toISOString()]).toEqual(["2026-03-08T06:00:00.000Z", "2026-03-09T05:00:00.000Z"]);
  });
});
