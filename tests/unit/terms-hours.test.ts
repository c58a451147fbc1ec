import { describe, expect, it } from "vitest";
import { duplicateHolidayIndexes, intervalProblems, isOpenAt, parseTime, type Holiday, type OpeningHours, type WeeklyHours } from "@/server/terms/hours";
import { instantToZonedLocal, zonedLocalToInstant } from "@/server/terms/local-time";

const office = [{ start: "09:00", end: "18:00" }];
const weekdays = (day: { start: string; end: string }[]): WeeklyHours => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] });
const hours = (weekly: Partial<WeeklyHours> = {}, alwaysOpen = false): OpeningHours => ({ alwaysOpen, weekly: { ...weekdays(office), ...weekly } });
const at = (iso: string) => new Date(iso);
const holiday = (h: Partial<Holiday> & { date: string }): Holiday => ({ name: "Holiday", recurring: false, closedAllDay: true, intervals: [], ...h });

describe("parseTime", () => {
  it("reads HH:MM and accepts 24:00 only as an end", () => {
    expect(parseTime("09:30")).toBe(570);
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("24:00", true)).toBe(1440);
    for (const bad of ["9:00", "24:30", "12:60", "25:00", "", "12.00", "noon"]) expect(parseTime(bad, true), bad).toBeNull();
  });
});

describe("intervalProblems", () => {
  it("accepts several intervals a day, touching ones included, in any order", () => {
    expect(intervalProblems([{ start: "14:00", end: "18:00" }, { start: "09:00", end: "13:00" }, { start: "18:00", end: "24:00" }])).toEqual([]);
  });
  it("reports an end before (or at) its start on that interval's end", () => {
    expect(intervalProblems([{ start: "09:00", end: "18:00" }, { start: "20:00", end: "19:00" }])).toEqual([{ index: 1, field: "end", problem: "endBeforeStart" }]);
    expect(intervalProblems([{ start: "10:00", end: "10:00" }])).toEqual([{ index: 0, field: "end", problem: "endBeforeStart" }]);
  });
  it("reports an overlap on the start of the later interval, whatever the entry order", () => {
    expect(intervalProblems([{ start: "09:00", end: "12:00" }, { start: "11:00", end: "13:00" }])).toEqual([{ index: 1, field: "start", problem: "overlap" }]);
    expect(intervalProblems([{ start: "11:00", end: "13:00" }, { start: "09:00", end: "12:00" }])).toEqual([{ index: 0, field: "start", problem: "overlap" }]);
    // Contained in a long interval that started earlier.
    expect(intervalProblems([{ start: "08:00", end: "20:00" }, { start: "09:00", end: "10:00" }, { start: "12:00", end: "13:00" }])).toEqual([
      { index: 1, field: "start", problem: "overlap" },
      { index: 2, field: "start", problem: "overlap" },
    ]);
  });
  it("reports malformed times on their own field and judges no overlap with them", () => {
    expect(intervalProblems([{ start: "9am", end: "24:00" }, { start: "24:00", end: "24:00" }])).toEqual([
      { index: 0, field: "start", problem: "timeFormat" },
      { index: 1, field: "start", problem: "timeFormat" },
    ]);
  });
});

describe("isOpenAt in Europe/Moscow (UTC+3 all year, no DST)", () => {
  const tz = "Europe/Moscow";
  it("opens at 09:00 local and closes at 18:00 (the end is not included)", () => {
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T05:59:00Z"))).toBe(false); // Mon 08:59
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T06:00:00Z"))).toBe(true); // Mon 09:00
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T14:59:59Z"))).toBe(true); // Mon 17:59:59
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T15:00:00Z"))).toBe(false); // Mon 18:00
  });
  it("keeps the same UTC offset across the days when other zones change clocks", () => {
    for (const day of ["2026-03-06", "2026-03-09", "2026-10-30", "2026-11-02"]) {
      expect(isOpenAt(hours(), [], tz, at(`${day}T06:30:00Z`)), day).toBe(true);
      expect(isOpenAt(hours(), [], tz, at(`${day}T05:30:00Z`)), day).toBe(false);
    }
  });
  it("uses the local weekday, not the UTC one", () => {
    // Saturday 01:00 in Moscow is still Friday 22:00 UTC.
    const lateFriday = hours({ fri: [{ start: "09:00", end: "18:00" }], sat: [{ start: "00:00", end: "02:00" }] });
    expect(isOpenAt(lateFriday, [], tz, at("2026-03-13T22:00:00Z"))).toBe(true);
    expect(isOpenAt(hours(), [], tz, at("2026-03-13T22:00:00Z"))).toBe(false);
  });
});

describe("isOpenAt in America/Chicago (DST from 2026-03-08, back on 2026-11-01)", () => {
  const tz = "America/Chicago";
  it("opens at 09:00 local on both sides of the spring change, an hour apart in UTC", () => {
    // Friday 6 March, CST (UTC-6): 09:00 local = 15:00 UTC.
    expect(isOpenAt(hours(), [], tz, at("2026-03-06T14:30:00Z"))).toBe(false);
    expect(isOpenAt(hours(), [], tz, at("2026-03-06T15:00:00Z"))).toBe(true);
    // Monday 9 March, CDT (UTC-5): 09:00 local = 14:00 UTC.
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T14:30:00Z"))).toBe(true);
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T13:59:00Z"))).toBe(false);
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T22:59:00Z"))).toBe(true); // 17:59 CDT
    expect(isOpenAt(hours(), [], tz, at("2026-03-09T23:00:00Z"))).toBe(false); // 18:00 CDT
  });
  it("handles the night the clocks jump from 02:00 to 03:00", () => {
    const night = hours({ sun: [{ start: "01:00", end: "04:00" }] });
    expect(isOpenAt(night, [], tz, at("2026-03-08T07:30:00Z"))).toBe(true); // 01:30 CST
    expect(isOpenAt(night, [], tz, at("2026-03-08T08:00:00Z"))).toBe(true); // 03:00 CDT
    expect(isOpenAt(night, [], tz, at("2026-03-08T08:59:00Z"))).toBe(true); // 03:59 CDT
    expect(isOpenAt(night, [], tz, at("2026-03-08T09:00:00Z"))).toBe(false); // 04:00 CDT
  });
  it("is open in both copies of the repeated hour when the clocks go back", () => {
    const night = hours({ sun: [{ start: "00:00", end: "01:30" }] });
    expect(isOpenAt(night, [], tz, at("2026-11-01T06:20:00Z"))).toBe(true); // 01:20 CDT
    expect(isOpenAt(night, [], tz, at("2026-11-01T07:20:00Z"))).toBe(true); // 01:20 CST, again
    expect(isOpenAt(night, [], tz, at("2026-11-01T07:30:00Z"))).toBe(false); // 01:30 CST
  });
  it("treats 24:00 as the end of the day and the next day's 00:00 as its own", () => {
    const nights = hours({ fri: [{ start: "22:00", end: "24:00" }], sat: [{ start: "00:00", end: "06:00" }] });
    expect(isOpenAt(nights, [], tz, at("2026-03-14T04:59:00Z"))).toBe(true); // Fri 23:59 CDT
    expect(isOpenAt(nights, [], tz, at("2026-03-14T05:00:00Z"))).toBe(true); // Sat 00:00 CDT
    expect(isOpenAt(nights, [], tz, at("2026-03-14T11:00:00Z"))).toBe(false); // Sat 06:00 CDT
  });
  it("is open around the clock when the flag says so, DST nights included", () => {
    for (const iso of ["2026-03-08T08:30:00Z", "2026-11-01T07:15:00Z", "2026-03-15T03:00:00Z"]) {
      expect(isOpenAt(hours({ sat: [], sun: [] }, true), [], tz, at(iso)), iso).toBe(true);
    }
  });
});

describe("holidays", () => {
  const tz = "Europe/Moscow";
  const newYear = holiday({ date: "2020-01-01", name: "New Year", recurring: true });
  it("closes all day on a recurring holiday, in any year", () => {
    // 1 January 2027 is a Friday: a working day without the holiday.
    expect(isOpenAt(hours(), [], tz, at("2027-01-01T09:00:00Z"))).toBe(true);
    expect(isOpenAt(hours(), [newYear], tz, at("2027-01-01T09:00:00Z"))).toBe(false);
    expect(isOpenAt(hours(), [newYear], tz, at("2027-01-04T09:00:00Z"))).toBe(true);
  });
  it("applies a one-off holiday only in its own year", () => {
    const once = holiday({ date: "2026-06-12", name: "Russia Day" }); // a Friday
    expect(isOpenAt(hours(), [once], tz, at("2026-06-12T09:00:00Z"))).toBe(false);
    expect(isOpenAt(hours(), [once], tz, at("2026-06-11T09:00:00Z"))).toBe(true);
    // 12 June 2029 is a Tuesday, open as usual.
    expect(isOpenAt(hours(), [once], tz, at("2029-06-12T09:00:00Z"))).toBe(true);
  });
  it("uses a holiday's own partial hours instead of the weekday's", () => {
    const short = holiday({ date: "2026-12-31", name: "New Year's Eve", closedAllDay: false, intervals: [{ start: "10:00", end: "14:00" }] });
    expect(isOpenAt(hours(), [short], tz, at("2026-12-31T06:30:00Z"))).toBe(false); // 09:30, open on an ordinary Thursday
    expect(isOpenAt(hours(), [short], tz, at("2026-12-31T07:30:00Z"))).toBe(true); // 10:30
    expect(isOpenAt(hours(), [short], tz, at("2026-12-31T11:30:00Z"))).toBe(false); // 14:30
    // A holiday with hours on a Saturday opens a day that is normally closed.
    const saturday = holiday({ date: "2026-03-07", closedAllDay: false, intervals: [{ start: "10:00", end: "12:00" }] });
    expect(isOpenAt(hours(), [saturday], tz, at("2026-03-07T07:30:00Z"))).toBe(true);
  });
  it("lets a one-off holiday override a recurring one on the same day", () => {
    const workingNewYear = holiday({ date: "2027-01-01", closedAllDay: false, intervals: [{ start: "12:00", end: "15:00" }] });
    expect(isOpenAt(hours(), [newYear, workingNewYear], tz, at("2027-01-01T09:30:00Z"))).toBe(true); // 12:30
    expect(isOpenAt(hours(), [newYear, workingNewYear], tz, at("2028-01-01T09:30:00Z"))).toBe(false); // the recurring one again
  });
  it("closes even a 24/7 hotline on a closed holiday, judged on the local date", () => {
    const chicago = "America/Chicago";
    const xmas = holiday({ date: "2026-12-25", recurring: true });
    const always = hours({}, true);
    expect(isOpenAt(always, [xmas], chicago, at("2026-12-25T12:00:00Z"))).toBe(false);
    // 25 Dec 03:00 UTC is still 24 Dec 21:00 in Chicago.
    expect(isOpenAt(always, [xmas], chicago, at("2026-12-25T03:00:00Z"))).toBe(true);
    expect(isOpenAt(always, [xmas], chicago, at("2026-12-26T05:59:00Z"))).toBe(false); // 25 Dec 23:59 CST
  });
  it("finds two holidays of the same kind on one date", () => {
    const list = [
      holiday({ date: "2026-01-01", recurring: true }),
      holiday({ date: "2027-01-01", recurring: true }), // same day every year
      holiday({ date: "2026-01-01" }), // a one-off may override a recurring one
      holiday({ date: "2026-05-09" }),
      holiday({ date: "2026-05-09" }),
    ];
    expect(duplicateHolidayIndexes(list)).toEqual([1, 4]);
  });
});

describe("local date and time in the client's zone", () => {
  it("converts a wall-clock time to the instant, DST included", () => {
    expect(zonedLocalToInstant("2026-03-09T09:00", "Europe/Moscow")?.toISOString()).toBe("2026-03-09T06:00:00.000Z");
    expect(zonedLocalToInstant("2026-03-06T09:00", "America/Chicago")?.toISOString()).toBe("2026-03-06T15:00:00.000Z");
    expect(zonedLocalToInstant("2026-03-09T09:00", "America/Chicago")?.toISOString()).toBe("2026-03-09T14:00:00.000Z");
  });
  it("refuses malformed or impossible dates", () => {
    for (const bad of ["2026-02-30T09:00", "2026-13-01T09:00", "2026-03-09 09:00", "2026-03-09T24:00", ""]) {
      expect(zonedLocalToInstant(bad, "Europe/Moscow"), bad).toBeNull();
    }
  });
  it("round-trips an instant through the local form", () => {
    const instant = at("2026-07-01T13:45:00Z");
    expect(instantToZonedLocal(instant, "America/Chicago")).toBe("2026-07-01T08:45");
    expect(zonedLocalToInstant(instantToZonedLocal(instant, "America/Chicago"), "America/Chicago")).toEqual(instant);
  });
});
