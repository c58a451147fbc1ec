/** Locales the UI speaks. The first is the fallback. */
export const LOCALES = ["en", "ru"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale of a request: an explicit choice (the cookie the switcher and sign-in set from the user's
 * setting) wins, then the browser's Accept-Language in its order of preference, then English.
 */
export function resolveLocale(cookieValue: string | undefined | null, acceptLanguage: string | undefined | null): AppLocale {
  if (isLocale(cookieValue)) return cookieValue;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.base && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) if (isLocale(base)) return base;
  return "en";
}
