/**
 * The two versions the compare page shows: the ones asked for when they exist, else the newest and the
 * one before it. Null when there are fewer than two versions.
 */
export function compareParams(numbers: readonly number[], a?: string | string[], b?: string | string[]): { a: number; b: number } | null {
  if (numbers.length < 2) return null;
  const sorted = [...numbers].sort((x, y) => y - x);
  const pick = (v: string | string[] | undefined, fallback: number) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return numbers.includes(n) ? n : fallback;
  };
  return { a: pick(a, sorted[1]!), b: pick(b, sorted[0]!) };
}
