/**
 * Exact decimal arithmetic for prices: Stripe's `unit_amount_decimal` has up to 12 decimal places and an
 * invoice line is rounded to minor units once. BigInt fixed point, never floats.
 */
export const SCALE = 12;
const ONE = 10n ** BigInt(SCALE);

/** "12.5" → 12500000000000n (×10^12). Throws on anything that is not a plain decimal. */
export function toFixed(text: string): bigint {
  const m = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m || (!m[2] && !m[3])) throw new Error(`not a decimal: ${text}`);
  const frac = (m[3] ?? "").slice(0, SCALE).padEnd(SCALE, "0");
  const value = BigInt(m[2] || "0") * ONE + BigInt(frac || "0");
  return m[1] ? -value : value;
}

export const isDecimal = (text: string) => /^-?(\d+(\.\d*)?|\.\d+)$/.test(text.trim());

/** Fixed(×10^12) → decimal string without trailing zeros. */
export function fixedToString(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const int = abs / ONE;
  const frac = (abs % ONE).toString().padStart(SCALE, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** quantity(×10^12) × unit price(×10^12) → amount(×10^12). */
export const mulFixed = (a: bigint, b: bigint) => (a * b) / ONE;

/** Rounds a fixed amount to whole minor units, half away from zero (Stripe's rounding of a line). */
export function roundMinor(value: bigint): number {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = (abs + ONE / 2n) / ONE;
  return Number(negative ? -whole : whole);
}

export const fromInt = (n: number) => BigInt(n) * ONE;
