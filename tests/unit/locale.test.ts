import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/server/i18n/locale";
import { translate } from "@/server/i18n/messages";

describe("resolveLocale", () => {
  it("an explicit choice wins over the browser", () => {
    expect(resolveLocale("ru", "en-US,en;q=0.9")).toBe("ru");
  });
  it("follows the browser's preference order and q-values", () => {
    expect(resolveLocale(undefined, "ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(resolveLocale(undefined, "de-DE,de;q=0.9,ru;q=0.5,en;q=0.7")).toBe("en");
    expect(resolveLocale(undefined, "fr;q=0.1, ru;q=0.4")).toBe("ru");
  });
  it("falls back to English for unknown or garbage input", () => {
    expect(resolveLocale("xx", "de,fr")).toBe("en");
    expect(resolveLocale(null, null)).toBe("en");
    expect(resolveLocale("", ";;;,,q=")).toBe("en");
  });
});

describe("server-side messages", () => {
  it("translates error keys with values into both languages", () => {
    expect(translate("en", "errors.invitationOtherEmail", { email: "a@b.c" })).toContain("a@b.c");
    expect(translate("ru", "errors.lastOwner")).toMatch(/владелец/);
    expect(translate("ru", "errors.nope")).toBeUndefined();
  });
});
