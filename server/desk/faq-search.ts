/**
 * The operator's FAQ search while the caller waits: every word typed must appear in the question or the
 * answer (case and accents ignored, ё = е); matches in the question rank first. Pure.
 */
export type FaqEntry = { id: string; question: string; answer: string };

export function normalizeText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е");
}

export function searchFaq<T extends FaqEntry>(entries: readonly T[], query: string): T[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const scored: { entry: T; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const q = normalizeText(entry.question);
    const a = normalizeText(entry.answer);
    let score = 0;
    for (const w of words) {
      if (q.includes(w)) score += 2;
      else if (a.includes(w)) score += 1;
      else return;
    }
    scored.push({ entry, score, index });
  });
  return scored.sort((x, y) => y.score - x.score || x.index - y.index).map((s) => s.entry);
}
