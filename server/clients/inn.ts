/**
 * The Russian taxpayer number (ИНН): 10 digits for an organisation, 12 for an individual or sole trader.
 * Its last digit(s) are check digits: a weighted sum of the others, mod 11, mod 10 (Federal Tax Service
 * order ММВ-7-6/435@). A typo in one digit always breaks the checksum, so we catch it before the client's
 * paperwork does.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  return (sum % 11) % 10;
}

export type InnProblem = "format" | "checksum";

/** Why `value` is not a valid INN, or null when it is one. */
export function innProblem(value: string): InnProblem | null {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return "format";
  const d = [...value].map(Number);
  if (d.length === 10) return checkDigit(d, W10) === d[9] ? null : "checksum";
  return checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11] ? null : "checksum";
}

export function isValidInn(value: string): boolean {
  return innProblem(value) === null;
}
