import { describe, expect, it } from "vitest";
import { entryToInput, onCallEntrySchema, type OnCallEntryContext, type OnCallEntryInput } from "@/server/oncall/oncall.schema";
import { toE164 } from "@/server/lib/phone";

const now = new Date("2026-03-05T12:00:00Z");
const chicago = { country: "US", timeZone: "America/Chicago", now };
const valid: OnCallEntryInput = {
  personName: "  Dana Whitfield ",
  phone: "(312) 555-0142",
  email: "",
  startDate: "2026-03-07",
  startTime: "18:00",
  endDate: "2026-03-08",
  endTime: "06:00",
  escalationOrder: "1",
  note: "",
};

function issues(input: Partial<OnCallEntryInput>, ctx: OnCallEntryContext = chicago) {
  const r = onCallEntrySchema(ctx).safeParse({ ...valid, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("an on-call entry", () => {
  it("is stored with UTC instants from the client's wall clock and the phone in E.164", () => {
    const r = onCallEntrySchema(chicago).parse(valid);
    expect(r).toEqual({
      personName: "Dana Whitfield",
      phone: "+13125550142",
      email: null,
      startsAt: new Date("2026-03-08T00:00:00Z"), // 18:00 CST
      endsAt: new Date("2026-03-08T11:00:00Z"), // 06:00 CDT: the clocks went forward in the night
      escalationOrder: 1,
      note: null,
    });
    expect(entryToInput(r, "America/Chicago")).toMatchObject({ startDate: "2026-03-07", startTime: "18:00", endDate: "2026-03-08", endTime: "06:00", phone: "+13125550142" });
  });

  it("reads a local number in the client's country", () => {
    expect(toE164("8 912 345-67-89", "RU")).toBe("+79123456789");
    expect(toE164("(312) 555-0142", "US")).toBe("+13125550142");
    expect(toE164("+7 912 345-67-89", "US")).toBe("+79123456789");
    expect(toE164("12345", "RU")).toBeNull();
  });

  it("needs a phone or an e-mail, and says so at the phone field", () => {
    expect(issues({ phone: "", email: "" })).toEqual({ phone: "validation.oncall.contactRequired" });
    expect(issues({ phone: "", email: "dana@bluebird.test" })).toEqual({});
    expect(issues({ phone: "555" })).toEqual({ phone: "validation.oncall.phoneInvalid" });
    expect(issues({ email: "not-an-email" })).toEqual({ email: "validation.emailInvalid" });
  });

  it("refuses an end before (or at) the start, at the end field", () => {
    expect(issues({ endDate: "2026-03-07", endTime: "18:00" })).toEqual({ endTime: "validation.oncall.endBeforeStart" });
    expect(issues({ endDate: "2026-03-07", endTime: "09:00" })).toEqual({ endTime: "validation.oncall.endBeforeStart" });
  });

  it("refuses a time the clocks skip in the client's zone", () => {
    expect(issues({ endDate: "2026-03-08", endTime: "02:30" })).toEqual({ endTime: "validation.oncall.timeInGap" });
  });

  it("refuses entries in the past beyond a day's grace, and entries already over", () => {
    expect(issues({ startDate: "2026-03-05", startTime: "00:00", endDate: "2026-03-05", endTime: "18:00" })).toEqual({}); // under way
    expect(issues({ startDate: "2026-03-03", startTime: "00:00", endDate: "2026-03-06", endTime: "00:00" })).toEqual({ startTime: "validation.oncall.startInPast" });
    expect(issues({ startDate: "2026-03-04", startTime: "08:00", endDate: "2026-03-05", endTime: "05:00" })).toEqual({ endTime: "validation.oncall.endInPast" });
  });

  it("lets an entry under way keep its old start when it is edited", () => {
    const originalStartsAt = new Date("2026-03-02T12:00:00Z"); // 06:00 CST, three days ago
    const edit = { startDate: "2026-03-02", startTime: "06:00", endDate: "2026-03-06", endTime: "06:00" };
    expect(issues(edit)).toEqual({ startTime: "validation.oncall.startInPast" });
    expect(issues(edit, { ...chicago, originalStartsAt })).toEqual({});
  });

  it("needs a name, a known escalation order, and no shift longer than a month", () => {
    expect(issues({ personName: "  " })).toEqual({ personName: "validation.required" });
    expect(issues({ escalationOrder: "0" })).toEqual({ escalationOrder: "validation.oncall.orderInvalid" });
    expect(issues({ escalationOrder: "11" })).toEqual({ escalationOrder: "validation.oncall.orderInvalid" });
    expect(issues({ endDate: "2026-05-08" })).toEqual({ endTime: "validation.oncall.tooLong" });
    expect(issues({ startDate: "2026-02-30" })).toEqual({ startDate: "validation.oncall.dateInvalid" });
  });

  it("reports every problem at once, each at its own field", () => {
    expect(issues({ phone: "555", endDate: "2026-03-07", endTime: "09:00" })).toEqual({
      phone: "validation.oncall.phoneInvalid",
      endTime: "validation.oncall.endBeforeStart",
    });
  });
});
