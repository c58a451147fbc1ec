const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/**
 * A call-form field key proposed from its label ("Preferred date" -> preferred_date, «Причина» -> prichina),
 * unique among `taken` (reason, reason_2, ...). Keys name the data in reports and exports, so they are
 * plain ASCII.
 */
export function fieldKeyFrom(label: string, taken: readonly string[] = []): string {
  const latin = [...label.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join("");
  const base =
    latin
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 36) || "field";
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}
