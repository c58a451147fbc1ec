import { describe, expect, it } from "vitest";
import { checkSlug, slugCandidate, slugify, SLUG_MAX } from "@/server/agency/slug";

describe("slugify", () => {
  it("makes a URL-safe slug from an English name", () => {
    expect(slugify("Northwind Answering, Inc.")).toBe("northwind-answering-inc");
  });
  it("transliterates Russian names", () => {
    expect(slugify("Колл-центр «Ромашка»")).toBe("koll-tsentr-romashka");
  });
  it("keeps every slug it makes valid, even from awkward names", () => {
    for (const name of ["A", "!!!", "api", "   x  ", "É".repeat(80), "Ёжик в тумане", "a".repeat(200)]) {
      const slug = slugify(name);
      expect(checkSlug(slug), `${name} -> ${slug}`).toBeNull();
    }
  });
});

describe("checkSlug", () => {
  it.each([
    ["ab", "tooShort"],
    ["a".repeat(SLUG_MAX + 1), "tooLong"],
    ["Upper", "invalid"],
    ["double--hyphen", "invalid"],
    ["-leading", "invalid"],
    ["trailing-", "invalid"],
    ["under_score", "invalid"],
    ["api", "reserved"],
    ["portal", "reserved"],
    ["northwind", null],
    ["agency-42", null],
  ])("%s -> %s", (slug, problem) => {
    expect(checkSlug(slug)).toBe(problem);
  });
});

describe("slugCandidate", () => {
  it("numbers alternatives and stays within the length limit", () => {
    expect(slugCandidate("acme", 1)).toBe("acme");
    expect(slugCandidate("acme", 2)).toBe("acme-2");
    const long = slugCandidate("a".repeat(SLUG_MAX), 12);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long.endsWith("-12")).toBe(true);
    expect(checkSlug(long)).toBeNull();
  });
});
