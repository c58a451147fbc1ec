import { describe, expect, it } from "vitest";
import { innProblem, isValidInn } from "@/server/clients/inn";

describe("INN checksum", () => {
  it.each([
    ["7707083893", "Sberbank"],
    ["7736207543", "Yandex"],
    ["7702070139", "VTB"],
    ["7736050003", "Gazprom"],
    ["7708004767", "Lukoil"],
    ["500100732259", "the Federal Tax Service's example of a personal INN"],
  ])("accepts the real INN %s (%s)", (inn) => {
    expect(isValidInn(inn)).toBe(true);
  });

  it.each(["7707083894", "7736207534", "500100732258", "500100732269", "1234567890", "123456789012"])("refuses %s: a typo breaks the check digits", (inn) => {
    expect(innProblem(inn)).toBe("checksum");
  });

  it.each(["", "770708389", "77070838931", "7707O83893", "7707 083893", "+7707083893"])("refuses %j: not 10 or 12 digits", (inn) => {
    expect(innProblem(inn)).toBe("format");
  });

  it("refuses any other check digit on a valid INN", () => {
    for (const inn of ["7707083893", "500100732259"]) {
      for (let d = 0; d <= 9; d++) {
        const other = inn.slice(0, -1) + d;
        expect(isValidInn(other), other).toBe(other === inn);
      }
    }
  });
});
