/**
 * Money for display. We keep fees as integer minor units and amounts as exact decimal strings of minor
 * units (UsageRecord.amountMinor has 6 dp); a page shows them in major units of the plan's currency.
 * Rounding to the currency's digits is done here on exact integers (half-up, like Stripe rounds a
 * period total), so the only float is the already-rounded value handed to the locale formatter.
 * Pure: no Prisma, no Next.
 */

/** Stripe's zero-decimal currencies: the minor unit IS the major unit (¥100 is `100`). */
const ZERO_DECIMAL = new Set(["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);

/** Fraction digits of a currency's major unit as Stripe counts them (2 except the zero-decimal ones). */
export function currencyDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * An exact decimal of minor units ("123456.789", 123456n, 42) as a decimal string of major units rounded
 * half-up (away from zero) to the currency's digits: ("123456.789", "RUB") → "1234.57".
 */
export function minorToMajor(minor: string | bigint | number, currency: string): string {
  const text = typeof minor === "string" ? minor.trim() : typeof minor === "bigint" ? minor.toString() : numberText(minor);
  const m = DECIMAL.exec(text);
  if (!m) throw new Error(`not a decimal amount: ${text}`);
  const negative = m[1] === "-";
  const frac = m[3] ?? "";
  // Round the minor units to a whole number first (half-up), then place the decimal point.
  let whole = BigInt(m[2]!);
  if (frac.length > 0 && Number(frac[0]) >= 5) whole += 1n;
  const digits = currencyDigits(currency);
  const padded = whole.toString().padStart(digits + 1, "0");
  const major = digits === 0 ? padded : `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative && whole !== 0n ? `-${major}` : major;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite amount: ${n}`);
  // Integers print exactly; fractional minor units are only ever display inputs, so 6 dp is plenty.
  return Number.isInteger(n) ? n.toFixed(0) : n.toFixed(6);
}

/** Options for next-intl's `format.number` (or Intl.NumberFormat) that print `currency` with its digits. */
export function moneyFormat(currency: string) {
  const digits = currencyDigits(currency);
  return { style: "currency" as const, currency: currency.toUpperCase(), minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** What to pass to the formatter: the rounded major amount as a number, with its options. */
export function moneyArgs(minor: string | bigint | number, currency: string): [number, ReturnType<typeof moneyFormat>] {
  return [Number(minorToMajor(minor, currency)), moneyFormat(currency)];
}

/** Major units typed in a form ("50 000,50") → minor units as an integer string, or null when it is not a plain amount. */
export function majorToMinor(major: string, currency: string): string | null {
  const text = major.replace(/[\s\u00a0]/g, "").replace(",", ".");
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const digits = currencyDigits(currency);
  const frac = m[3] ?? "";
  if (frac.length > digits) return null;
  const minor = BigInt(m[2]! + frac.padEnd(digits, "0"));
  return `${m[1] === "-" && minor !== 0n ? "-" : ""}${minor}`;
}

/** Moves the decimal point of an exact decimal string: shift(“25.5”, 2) = “2550”, shift(“2550”, -2) = “25.5”. */
function shiftDecimal(text: string, places: number): string | null {
  const m = DECIMAL.exec(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
  if (!m) return null;
  const sign = m[1] ?? "";
  let int = m[2]!;
  let frac = m[3] ?? "";
  if (places >= 0) {
    frac = frac.padEnd(places, "0");
    int += frac.slice(0, places);
    frac = frac.slice(places);
  } else {
    int = int.padStart(-places + 1, "0");
    frac = int.slice(places) + frac;
    int = int.slice(0, places);
  }
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  return `${sign}${int}${frac ? `.${frac}` : ""}`;
}

/**
 * A per-minute rate typed in major units ("25", "12.505") → minor units per minute, exact ("2500", "1250.5"):
 * what PricePlan stores. Null when it is not a plain decimal (the plan schema then says so).
 */
export function majorRateToMinor(major: string, currency: string): string | null {
  return shiftDecimal(major, currencyDigits(currency));
}

/** A stored rate or fee in minor units → the exact major-unit text the plan form shows ("2500" → "25"). */
export function minorToMajorExact(minor: string, currency: string): string {
  return shiftDecimal(minor, -currencyDigits(currency)) ?? minor;
}
