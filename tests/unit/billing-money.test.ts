import { describe, expect, it } from "vitest";
import { currencyDigits, majorToMinor, minorToMajor, moneyArgs } from "@/server/billing/money";

describe("billing money display", () => {
  it("places the decimal point by the currency's digits", () => {
    expect(minorToMajor(5000000n, "RUB")).toBe("50000.00");
    expect(minorToMajor("5", "usd")).toBe("0.05");
    expect(minorToMajor(1500, "JPY")).toBe("1500");
    expect(currencyDigits("jpy")).toBe(0);
  });

  it("rounds fractional minor units half-up, away from zero", () => {
    expect(minorToMajor("123456.5", "RUB")).toBe("1234.57");
    expect(minorToMajor("123456.499999", "RUB")).toBe("1234.56");
    expect(minorToMajor("-250.5", "RUB")).toBe("-2.51");
    expect(minorToMajor("-0.4", "RUB")).toBe("0.00");
  });

  it("formats with Intl like the pages do", () => {
    const [value, options] = moneyArgs("5000000", "RUB");
    expect(new Intl.NumberFormat("en", options).format(value)).toBe("RUB\u00a050,000.00");
    const [yen, yenOptions] = moneyArgs(1500, "JPY");
    expect(new Intl.NumberFormat("en", yenOptions).format(yen)).toBe("¥1,500");
  });

  it("reads amounts typed in major units exactly", () => {
    expect(majorToMinor("50 000,50", "RUB")).toBe("5000050");
    expect(majorToMinor("25", "RUB")).toBe("2500");
    expect(majorToMinor("1.005", "RUB")).toBeNull();
    expect(majorToMinor("abc", "RUB")).toBeNull();
    expect(majorToMinor("1500", "JPY")).toBe("1500");
  });

  it("refuses what is not an amount", () => {
    expect(() => minorToMajor("1e5", "RUB")).toThrow();
  });
});

describe("plan form amounts", () => {
  it("moves rates between major and minor units without rounding", async () => {
    const { majorRateToMinor, minorToMajorExact } = await import("@/server/billing/money");
    expect(majorRateToMinor("25", "RUB")).toBe("2500");
    expect(majorRateToMinor("12,505", "RUB")).toBe("1250.5");
    expect(majorRateToMinor("0.000001", "RUB")).toBe("0.0001");
    expect(majorRateToMinor("7", "JPY")).toBe("7");
    expect(majorRateToMinor("x", "RUB")).toBeNull();
    expect(minorToMajorExact("2500", "RUB")).toBe("25");
    expect(minorToMajorExact("1250.5", "RUB")).toBe("12.505");
    expect(minorToMajorExact("5", "RUB")).toBe("0.05");
    expect(minorToMajorExact("5000000", "RUB")).toBe("50000");
  });
});
