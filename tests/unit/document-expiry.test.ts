import { describe, expect, it } from "vitest";
import { documentFormSchema } from "@/server/documents/document.schema";
import { calendarDateIn, expiryOf, fromDateString, reminderThreshold } from "@/server/documents/expiry";

const d = (s: string) => fromDateString(s)!;

describe("expiry badge", () => {
  const today = d("2025-06-10");
  it.each([
    [null, "none", null],
    ["2025-06-09", "expired", -1],
    ["2025-06-10", "expiring", 0], // valid through its last day
    ["2025-07-10", "expiring", 30],
    ["2025-07-11", "valid", 31],
    ["2030-01-01", "valid", 1666],
  ])("valid until %s is %s", (until, status, daysLeft) => {
    expect(expiryOf(until ? d(until) : null, today)).toEqual({ status, daysLeft });
  });
});

describe("reminder thresholds", () => {
  it("sends the 30-day reminder from 30 down to 8 days, the 7-day one from 7 to the last day, none otherwise", () => {
    expect(reminderThreshold(31)).toBeNull();
    expect(reminderThreshold(30)).toBe(30);
    expect(reminderThreshold(8)).toBe(30);
    expect(reminderThreshold(7)).toBe(7);
    expect(reminderThreshold(0)).toBe(7);
    expect(reminderThreshold(-1)).toBeNull();
  });
});

describe("the agency's calendar day", () => {
  it("is the date in the agency's zone, not UTC's", () => {
    const lateEvening = new Date("2025-06-10T22:30:00Z");
    expect(calendarDateIn(lateEvening, "UTC")).toEqual(d("2025-06-10"));
    expect(calendarDateIn(lateEvening, "Europe/Moscow")).toEqual(d("2025-06-11")); // 01:30 next day
    expect(calendarDateIn(new Date("2025-06-10T03:00:00Z"), "America/Chicago")).toEqual(d("2025-06-09"));
  });
});

describe("document form rules", () => {
  const base = { kind: "CONTRACT" as const, title: "", number: "", issuer: "", validFrom: "", validUntil: "" };
  const fieldOf = (values: Partial<typeof base>) => {
    const result = documentFormSchema.safeParse({ ...base, ...values });
    return result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  it("accepts a document without dates, and one whose validity ends on the day it starts", () => {
    expect(fieldOf({})).toBeNull();
    expect(fieldOf({ validFrom: "2025-01-01", validUntil: "2025-01-01" })).toBeNull();
  });
  it("refuses an end before the start, at the end field", () => {
    expect(fieldOf({ validFrom: "2025-02-01", validUntil: "2025-01-31" })).toEqual([["validUntil", "validation.document.untilBeforeFrom"]]);
  });
  it("refuses dates that do not exist and unknown kinds", () => {
    expect(fieldOf({ validUntil: "2025-02-30" })).toEqual([["validUntil", "validation.document.date"]]);
    expect(fieldOf({ validFrom: "01.02.2025" })).toEqual([["validFrom", "validation.document.date"]]);
    expect(fieldOf({ kind: "PASSPORT" as never })).toEqual([["kind", "validation.document.kind"]]);
  });
});
