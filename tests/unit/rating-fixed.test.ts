import { describe, expect, it } from "vitest";
import { amountForSeconds, divRound, formatFixed, parseFixed, rescale } from "@/server/billing/rating";

describe("bigint fixed-point money", () => {
  it("parses and formats decimals exactly, without floats", () => {
    expect(parseFixed("1250.5", 4)).toBe(12_505_000n);
    expect(parseFixed("0.0001", 4)).toBe(1n);
    expect(parseFixed("-3.25", 4)).toBe(-32_500n);
    expect(parseFixed("7", 4)).toBe(70_000n);
    expect(parseFixed("2.5000", 4)).toBe(25_000n);
    expect(formatFixed(12_505_000n, 4)).toBe("1250.5");
    expect(formatFixed(-1n, 6)).toBe("-0.000001");
    expect(formatFixed(0n, 6)).toBe("0");
    expect(formatFixed(2_500_000_000n, 6, 2)).toBe("2500.00");
  });

  it("refuses what would lose money silently", () => {
    expect(() => parseFixed("1.00001", 4)).toThrow(RangeError);
    expect(() => parseFixed("1e3", 4)).toThrow(RangeError);
    expect(() => parseFixed("abc", 4)).toThrow(RangeError);
  });

  it("rounds half away from zero, once", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(divRound(5n, 3n)).toBe(2n);
    expect(divRound(-4n, 3n)).toBe(-1n);
    expect(rescale(1_234_565n, 6, 4)).toBe(12_346n);
    expect(rescale(12_346n, 4, 6)).toBe(1_234_600n);
  });

  it("prices seconds at a per-minute rate: seconds × rate ÷ 60 at 6 dp", () => {
    const at = (seconds: number, rate: string) => formatFixed(amountForSeconds(seconds, parseFixed(rate, 4)), 6);
    expect(at(60, "2500")).toBe("2500");
    expect(at(61, "2500")).toBe("2541.666667");
    expect(at(1, "2500")).toBe("41.666667");
    expect(at(7, "1250.5")).toBe("145.891667");
    expect(at(1, "0.0001")).toBe("0.000002");
    expect(at(1, "1")).toBe("0.016667");
    expect(at(-61, "2500")).toBe("-2541.666667");
    // A million hours at the largest rate the schema holds stays exact (no 2^53 limit).
    expect(at(3_600_000_000, "9999999999.9999")).toBe("599999999999994000");
  });
});
