import { describe, expect, it } from "vitest";
import { addDays, instantToLocal, localStartOfDay, localToInstant, localToday, mondayOf, parseLocalDate, shiftLocalDays } from "@/server/oncall/local-time";

const CHICAGO = "America/Chicago";
const instant = (date: string, time: string, zone: string) => {
  const r = localToInstant(date, time, zone);
  if (!r || "gap" in r) throw new Error(`no instant for ${date} ${time}`);
  return r.instant.toISOString();
};

describe("wall-clock times in the client's zone", () => {
  it("reads 18:00 in Moscow as 15:00 UTC, all year (no DST there)", () => {
    expect(instant("2026-01-15", "18:00", "Europe/Moscow")).toBe("2026-01-15T15:00:00.000Z");
    expect(instant("2026-07-15", "18:00", "Europe/Moscow")).toBe("2026-07-15T15:00:00.000Z");
  });

  it("reads Chicago times with the offset in force on that date: CST (-6) before 8 March 2026, CDT (-5) after", () => {
    expect(instant("2026-03-07", "09:00", CHICAGO)).toBe("2026-03-07T15:00:00.000Z");
    expect(instant("2026-03-08", "01:59", CHICAGO)).toBe("2026-03-08T07:59:00.000Z");
    expect(instant("2026-03-08", "03:00", CHICAGO)).toBe("2026-03-08T08:00:00.000Z");
    expect(instant("2026-03-09", "09:00", CHICAGO)).toBe("2026-03-09T14:00:00.000Z");
  });

  it("refuses a time the clocks skip (02:30 on 8 March 2026 in Chicago) instead of moving it", () => {
    expect(localToInstant("2026-03-08", "02:30", CHICAGO)).toEqual({ gap: true });
    expect(localToInstant("2026-03-08", "02:00", CHICAGO)).toEqual({ gap: true });
  });

  it("takes the first of a time that happens twice when the clocks go back (01:30 on 1 November 2026 in Chicago)", () => {
    expect(instant("2026-11-01", "01:30", CHICAGO)).toBe("2026-11-01T06:30:00.000Z"); // 01:30 CDT
    expect(instant("2026-11-01", "02:00", CHICAGO)).toBe("2026-11-01T08:00:00.000Z"); // CST by then
  });

  it("a night shift across the spring change is an hour shorter, across the autumn change an hour longer", () => {
    const hours = (d1: string, t1: string, d2: string, t2: string) =>
      (Date.parse(instant(d2, t2, CHICAGO)) - Date.parse(instant(d1, t1, CHICAGO))) / 3_600_000;
    expect(hours("2026-03-07", "22:00", "2026-03-08", "06:00")).toBe(7);
    expect(hours("2026-10-31", "22:00", "2026-11-01", "06:00")).toBe(9);
  });

  it("gives back the wall clock of an instant in the zone, on either side of the change", () => {
    expect(instantToLocal(new Date("2026-03-08T07:59:00Z"), CHICAGO)).toEqual({ date: "2026-03-08", time: "01:59" });
    expect(instantToLocal(new Date("2026-03-08T08:00:00Z"), CHICAGO)).toEqual({ date: "2026-03-08", time: "03:00" });
    expect(instantToLocal(new Date("2026-03-08T05:30:00Z"), "Europe/Moscow")).toEqual({ date: "2026-03-08", time: "08:30" });
  });

  it("knows which day it is where the client is, not where the server is", () => {
    const now = new Date("2026-03-08T04:30:00Z");
    expect(localToday(CHICAGO, now)).toBe("2026-03-07");
    expect(localToday("Europe/Moscow", now)).toBe("2026-03-08");
  });

  it("copies a shift a week on at the same wall-clock time across the change", () => {
    const saturday = new Date(instant("2026-03-07", "18:00", CHICAGO));
    expect(shiftLocalDays(saturday, 7, CHICAGO)?.toISOString()).toBe("2026-03-14T23:00:00.000Z");
    const beforeGap = new Date(instant("2026-03-01", "02:30", CHICAGO));
    expect(shiftLocalDays(beforeGap, 7, CHICAGO)).toBeNull();
  });

  it("does calendar arithmetic and finds Mondays", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -7)).toBe("2026-02-22");
    expect(mondayOf("2026-03-08")).toBe("2026-03-02"); // a Sunday
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(localStartOfDay("2026-03-08", CHICAGO).toISOString()).toBe("2026-03-08T06:00:00.000Z");
    expect(localStartOfDay("2026-03-09", CHICAGO).toISOString()).toBe("2026-03-09T05:00:00.000Z");
  });

  it("refuses dates that are not in the calendar", () => {
    expect(parseLocalDate("2026-02-30")).toBeNull();
    expect(parseLocalDate("2026-13-01")).toBeNull();
    expect(parseLocalDate("26-03-01")).toBeNull();
    expect(localToInstant("2026-03-01", "24:00", CHICAGO)).toBeNull();
  });
});
