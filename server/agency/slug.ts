/** Slugs name an agency in URLs (`/a/<slug>`): lowercase latin letters, digits and single hyphens. */
export const SLUG_MIN = 3;
export const SLUG_MAX = 40;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that would collide with our own routes or confuse people. */
const RESERVED = new Set(["api", "app", "admin", "auth", "new", "settings", "signin", "signup", "sign-in", "sign-up", "invite", "portal", "static", "www", "help", "support", "switchboard"]);

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** A slug proposal from a display name; Russian names are transliterated so that «Ромашка» becomes `romashka`. */
export function slugify(name: string): string {
  const latin = [...name.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join("");
  const slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
  return slug.length >= SLUG_MIN && !RESERVED.has(slug) ? slug : `agency-${slug}`.replace(/-+$/, "").padEnd(SLUG_MIN, "0");
}

export type SlugProblem = "tooShort" | "tooLong" | "invalid" | "reserved";

export function checkSlug(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN) return "tooShort";
  if (slug.length > SLUG_MAX) return "tooLong";
  if (!SLUG_RE.test(slug)) return "invalid";
  if (RESERVED.has(slug)) return "reserved";
  return null;
}

/** The n-th alternative when a slug is taken: `acme`, `acme-2`, `acme-3`, ... within the length limit. */
export function slugCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, "") + suffix;
}
