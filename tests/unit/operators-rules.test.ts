import { describe, expect, it } from "vitest";
import { operatorFieldsSchema } from "@/server/operators/operators.schema";
import { splitTenure, tenureMonths } from "@/server/operators/tenure";

describe("tenure", () => {
  it("counts a month once its day is reached, never below zero", () => {
    expect(tenureMonths("2024-01-15", "2025-01-14")).toBe(11);
    expect(tenureMonths("2024-01-15", "2025-01-15")).toBe(12);
    expect(tenureMonths("2024-01-31", "2024-03-01")).toBe(1);
    expect(tenureMonths("2030-01-01", "2025-01-01")).toBe(0);
    expect(splitTenure(27)).toEqual({ years: 2, months: 3 });
  });
});

describe("operator fields", () => {
  const ok = { languages: ["ru", "en"], hireDate: "2024-02-29", skills: [{ target: "HOTLINE" as const, targetId: "h1", level: 5 }] };
  const issues = (v: unknown) => operatorFieldsSchema.safeParse(v).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];
  it("accepts a valid profile and an empty hire date", () => {
    expect(issues(ok)).toEqual([]);
    expect(issues({ ...ok, hireDate: "" })).toEqual([]);
  });
  it("refuses bad levels, dates, languages and duplicate skills at their field", () => {
    expect(issues({ ...ok, skills: [{ target: "CLIENT", targetId: "c1", level: 6 }] })).toEqual([["skills.0.level", "validation.operators.level"]]);
    expect(issues({ ...ok, hireDate: "2023-02-29" })).toEqual([["hireDate", "validation.operators.hireDate"]]);
    expect(issues({ ...ok, languages: ["russian"] })).toEqual([["languages.0", "validation.operators.language"]]);
    expect(issues({ ...ok, languages: [] })).toEqual([["languages", "validation.operators.languagesRequired"]]);
    expect(issues({ ...ok, skills: [ok.skills[0], { ...ok.skills[0], level: 2 }] })).toEqual([["skills.1.targetId", "validation.operators.skillDuplicate"]]);
  });
});
