import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages/catalog";

const { en, ru } = catalogs;

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("UI catalogs", () => {
  it("English and Russian have the same keys, so no screen falls back to a raw key", () => {
    const enKeys = keys(en).sort();
    const ruKeys = keys(ru).sort();
    expect(ruKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !ruKeys.includes(k))).toEqual([]);
  });
  it("the Russian catalog is actually Russian", () => {
    const cyrillic = keys(ru).filter((k) => {
      const value = k.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], ru);
      return typeof value === "string" && /[А-Яа-яЁё]/.test(value);
    });
    expect(cyrillic.length / keys(ru).length).toBeGreaterThan(0.8);
  });
});
