import { describe, expect, it } from "vitest";
import { operatorFigures } from "@/server/reports/operator-figures";
import { digestPeriod, isoWeekKey } from "@/server/reports/digest-period";
import { monthsReachedOn, staffCsv, staffRows } from "@/server/reports/staff";
import { abandonRate, overviewTotals } from "@/server/reports/overview-totals";

describe("staff report", () => {
  it("gives the day an operator reaches twelve months, month ends included", () => {
    expect(monthsReachedOn("2025-03-15", 12)).toBe("2026-03-15");
    expect(monthsReachedOn("2024-02-29", 12)).toBe("2025-03-01");
    expect(monthsReachedOn("2025-12-31", 2)).toBe("2026-03-01");
  });

  it("lists tenure, the twelve-month date and whether it is reached; unknown hire dates last", () => {
    const rows = staffRows(
      [
        { userId: "a", name: "Anna", email: "a@x.test", hireDate: null },
        { userId: "b", name: "Boris", email: "b@x.test", hireDate: "2025-11-25" },
        { userId: "c", name: "Clara", email: "c@x.test", hireDate: "2025-11-26" },
      ],
      "2026-11-25",
    );
    expect(rows.map((r) => [r.name, r.tenureMonths, r.twelveMonthsOn, r.reached])).toEqual([
      ["Boris", 12, "2026-11-25", true],
      ["Clara", 11, "2026-11-26", false],
      ["Anna", null, null, false],
    ]);
  });

  it("writes a CSV with a BOM, the headers and one row per operator", () => {
    const csv = staffCsv(staffRows([{ userId: "b", name: "Борис, старший", email: "b@x.test", hireDate: "2025-01-10" }], "2026-01-01"), ["Name", "E-mail", "Hired", "Months", "12 months on"]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["Name,E-mail,Hired,Months,12 months on", '"Борис, старший",b@x.test,2025-01-10,11,2026-01-10', ""]);
  });
});

describe("per-operator figures", () => {
  const range = { from: new Date("2026-11-24T00:00:00Z"), to: new Date("2026-11-25T00:00:00Z") };
  const now = new Date("2026-11-25T12:00:00Z");

  it("counts calls, handle time, outcomes and occupancy per operator; an idle operator shows zeros", () => {
    const rows = operatorFigures(
      ["op1", "op2"],
      [
        { operatorUserId: "op1", talkSeconds: 120, wrapUpSeconds: 30, outcome: "SALE" },
        { operatorUserId: "op1", talkSeconds: 60, wrapUpSeconds: null, outcome: "INFO" },
        { operatorUserId: "op1", talkSeconds: 90, wrapUpSeconds: 0, outcome: "SALE" },
        { operatorUserId: "stranger", talkSeconds: 999, wrapUpSeconds: 0, outcome: "SALE" },
      ],
      [
        // One hour logged in inside the range, half an hour before it (clipped), a break, then offline.
        { userId: "op1", state: "AVAILABLE", startedAt: new Date("2026-11-23T23:30:00Z"), endedAt: new Date("2026-11-24T00:30:00Z") },
        { userId: "op1", state: "BREAK", startedAt: new Date("2026-11-24T00:30:00Z"), endedAt: new Date("2026-11-24T01:00:00Z") },
        { userId: "op1", state: "OFFLINE", startedAt: new Date("2026-11-24T01:00:00Z"), endedAt: null },
      ],
      range,
      now,
    );
    const op1 = rows.find((r) => r.userId === "op1")!;
    expect(op1).toMatchObject({ calls: 3, talkSeconds: 270, wrapUpSeconds: 30, ahtSeconds: 100, loggedInSeconds: 3600, outcomes: { SALE: 2, INFO: 1 } });
    expect(op1.occupancy).toBeCloseTo(300 / 3600);
    expect(rows.find((r) => r.userId === "op2")).toMatchObject({ calls: 0, ahtSeconds: null, occupancy: null, outcomes: {} });
    expect(rows).toHaveLength(2);
  });

  it("runs an open presence span until now", () => {
    const [row] = operatorFigures(["op"], [], [{ userId: "op", state: "ON_CALL", startedAt: new Date("2026-11-25T11:00:00Z"), endedAt: null }], { from: range.from, to: new Date("2026-11-26T00:00:00Z") }, now);
    expect(row!.loggedInSeconds).toBe(3600);
  });
});

describe("digest period", () => {
  it("names ISO weeks, the Thursday deciding the year", () => {
    expect(isoWeekKey("2026-11-23")).toBe("2026-W48");
    expect(isoWeekKey("2026-11-29")).toBe("2026-W48");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
  });

  it("reports the day or week that just ended in the client's zone", () => {
    // 22:30 UTC on Sunday the 29th is already Monday the 30th in Moscow.
    const now = new Date("2026-11-29T22:30:00Z");
    expect(digestPeriod("DAILY", "Europe/Moscow", now).key).toBe("2026-11-29");
    expect(digestPeriod("DAILY", "UTC", now).key).toBe("2026-11-28");
    expect(digestPeriod("WEEKLY", "Europe/Moscow", now)).toMatchObject({ key: "2026-W48", range: { from: new Date("2026-11-22T21:00:00Z"), to: new Date("2026-11-29T21:00:00Z") } });
    expect(digestPeriod("WEEKLY", "UTC", now).key).toBe("2026-W47");
  });
});

describe("all clients added up", () => {
  const m = (offered: number, short: number, abandoned: number, serviceLevel: number | null) => ({
    offered, answered: offered - abandoned, abandoned, shortAbandoned: short, serviceLevel, asaSeconds: null, longestWaitSeconds: 0, ahtSeconds: null, talkMinutes: 10, afterHours: 0, voicemail: 0, outcomes: {},
  });

  it("weights service level by each client's counted calls, not an average of percentages", () => {
    const totals = overviewTotals([m(100, 0, 10, 0.9), m(10, 0, 5, 0.1), m(0, 0, 0, null)]);
    expect(totals.serviceLevel).toBeCloseTo((90 + 1) / 110);
    expect(totals).toMatchObject({ offered: 110, answered: 95, abandoned: 15, talkMinutes: 30 });
  });

  it("gives all clients' average answer as the wait of all answered calls ÷ all answered, not an average of averages", () => {
    const a = { ...m(100, 0, 10, 0.9), asaSeconds: 10 };
    const b = { ...m(10, 0, 5, 0.1), asaSeconds: 40 };
    const totals = overviewTotals([a, b, m(0, 0, 0, null)]);
    expect(totals.asaSeconds).toBeCloseTo((10 * a.answered + 40 * b.answered) / (a.answered + b.answered));
    expect(overviewTotals([m(0, 0, 0, null)]).asaSeconds).toBeNull();
  });

  it("leaves short abandons out of the abandonment rate; nothing offered is no rate", () => {
    expect(abandonRate({ offered: 20, abandoned: 6, shortAbandoned: 4 })).toBeCloseTo(2 / 16);
    expect(overviewTotals([]).abandonRate).toBeNull();
    expect(overviewTotals([]).serviceLevel).toBeNull();
  });
});
