/**
 * Exact money arithmetic on bigint fixed-point numbers: never floating point. A decimal string such as
 * "1250.5" is held as an integer scaled by 10^scale (1250.5 at scale 4 = 12505000n). Rates are kept at 4
 * decimal places (the schema's Decimal(14,4)); amounts at 6 (Decimal(18,6)).
 */
export const RATE_SCALE = 4;
export const AMOUNT_SCALE = 6;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "12.5" → 125000n at scale 4. Throws on malformed input or more decimals than the scale holds. */
export function parseFixed(value: string | number | bigint, scale: number): bigint {
  const text = typeof value === "string" ? value.trim() : String(value);
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole, frac = ""] = m;
  const trimmed = frac.replace(/0+$/, "");
  if (trimmed.length > scale) throw new RangeError(`more than ${scale} decimal places: ${text}`);
  const n = BigInt(whole!) * 10n ** BigInt(scale) + BigInt((trimmed + "0".repeat(scale)).slice(0, scale) || "0");
  return sign ? -n : n;
}

/** 125000n at scale 4 → "12.5" (no trailing zeros; "0" for zero). */
export function formatFixed(n: bigint, scale: number, minDecimals = 0): string {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const base = 10n ** BigInt(scale);
  const whole = abs / base;
  let frac = (abs % base).toString().padStart(scale, "0").replace(/0+$/, "");
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, "0");
  const text = frac ? `${whole}.${frac}` : `${whole}`;
  return negative && abs !== 0n ? `-${text}` : text;
}

/** numerator ÷ denominator rounded half away from zero (half-up on magnitudes: -2.5 → -3, as money is). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** A fixed-point value moved from one scale to another, rounding half-up when it loses digits. */
export function rescale(n: bigint, from: number, to: number): bigint {
  if (to >= from) return n * 10n ** BigInt(to - from);
  return divRound(n, 10n ** BigInt(from - to));
}

/** seconds × ratePerMinute ÷ 60 at AMOUNT_SCALE, rounded half-up once (the documented rating rule). */
export function amountForSeconds(seconds: bigint | number, rate: bigint): bigint {
  return divRound(BigInt(seconds) * rate * 10n ** BigInt(AMOUNT_SCALE - RATE_SCALE), 60n);
}
