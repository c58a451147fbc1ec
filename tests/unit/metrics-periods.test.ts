import { describe, expect, it } from "vitest";
import { datesInRange, localDate, resolvePeriod } from "@/server/metrics/periods";
import { customOf, periodInputSchema } from "@/server/metrics/periods.schema";

const H = 3_600_000;

describe("report periods in the client's zone", () => {
  // Wednesday 2026-03-04, 01:30 in Moscow (still Tuesday in UTC).
  const now = new Date("2026-03-03T22:30:00Z");

  it("today is the local day, not the UTC one; yesterday comes before it", () => {
    const p = resolvePeriod("today", "Europe/Moscow", now);
    expect(p.current).toEqual({ from: new Date("2026-03-03T21:00:00Z"), to: new Date("2026-03-04T21:00:00Z") });
    expect(p.previous).toEqual({ from: new Date("2026-03-02T21:00:00Z"), to: new Date("2026-03-03T21:00:00Z") });
    expect(resolvePeriod("yesterday", "Europe/Moscow", now).current).toEqual(p.previous);
  });

  it("weeks start on Monday and last week is the seven days before", () => {
    const p = resolvePeriod("thisWeek", "Europe/Moscow", now);
    expect(p.current).toEqual({ from: new Date("2026-03-01T21:00:00Z"), to: new Date("2026-03-08T21:00:00Z") });
    expect(resolvePeriod("lastWeek", "Europe/Moscow", now).current).toEqual(p.previous);
  });

  it("a Sunday belongs to the week that started six days before", () => {
    const sunday = new Date("2026-03-08T12:00:00Z");
    expect(resolvePeriod("thisWeek", "Europe/Moscow", sunday).current.from).toEqual(new Date("2026-03-01T21:00:00Z"));
  });

  it("months are calendar months and the previous one is the month before, whatever its length", () => {
    const p = resolvePeriod("thisMonth", "Europe/Moscow", now);
    expect(p.current).toEqual({ from: new Date("2026-02-28T21:00:00Z"), to: new Date("2026-03-31T21:00:00Z") });
    expect(p.previous).toEqual({ from: new Date("2026-01-31T21:00:00Z"), to: new Date("2026-02-28T21:00:00Z") });
    const jan = resolvePeriod("lastMonth", "Europe/Moscow", new Date("2026-01-15T12:00:00Z"));
    expect(jan.current.from).toEqual(new Date("2025-11-30T21:00:00Z"));
  });

  it("a week across the spring DST change is 167 hours, the fall one 169", () => {
    const spring = resolvePeriod("thisWeek", "America/New_York", new Date("2026-03-10T12:00:00Z")).current;
    expect(spring.from).toEqual(new Date("2026-03-09T04:00:00Z"));
    expect(resolvePeriod("lastWeek", "America/New_York", new Date("2026-03-10T12:00:00Z")).current.to.getTime() - new Date("2026-03-02T05:00:00Z").getTime()).toBe(167 * H);
    const fall = resolvePeriod("custom", "Europe/Berlin", now, { from: "2026-10-25", to: "2026-10-25" }).current;
    expect(fall.to.getTime() - fall.from.getTime()).toBe(25 * H);
  });

  it("a custom range covers whole days inclusive, compared with as many days before", () => {
    const p = resolvePeriod("custom", "Europe/Moscow", now, { from: "2026-02-10", to: "2026-02-12" });
    expect(p.current).toEqual({ from: new Date("2026-02-09T21:00:00Z"), to: new Date("2026-02-12T21:00:00Z") });
    expect(p.previous).toEqual({ from: new Date("2026-02-06T21:00:00Z"), to: new Date("2026-02-09T21:00:00Z") });
    expect(() => resolvePeriod("custom", "Europe/Moscow", now, { from: "2026-02-12", to: "2026-02-10" })).toThrow();
    expect(() => resolvePeriod("custom", "Europe/Moscow", now)).toThrow();
  });

  it("lists every local date of a range, including the DST day", () => {
    const range = resolvePeriod("custom", "America/New_York", now, { from: "2026-03-07", to: "2026-03-09" }).current;
    expect(datesInRange(range, "America/New_York")).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(localDate(new Date("2026-03-03T22:30:00Z"), "Europe/Moscow")).toBe("2026-03-04");
  });

  it("the picker input: custom needs both dates in order, at the right field", () => {
    expect(customOf(periodInputSchema.parse({ period: "custom", from: "2026-01-01", to: "2026-01-31" }))).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(periodInputSchema.parse({}).period).toBe("thisMonth");
    const bad = periodInputSchema.safeParse({ period: "custom", from: "2026-02-01", to: "2026-01-01" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["to", "validation.reports.toBeforeFrom"]]);
    const missing = periodInputSchema.safeParse({ period: "custom", from: "2026-02-30" });
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["from", "to"]);
    expect(periodInputSchema.safeParse({ period: "decade" }).error?.issues[0]?.message).toBe("validation.reports.period");
  });
});
