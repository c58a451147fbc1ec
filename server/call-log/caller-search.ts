import { toE164 } from "../lib/phone";

/**
 * What a person typed into "caller" turned into something to match: a full number in any usual format
 * ("8 (495) 555-01-01", "+1 212 555 0142") becomes the E.164 forms it can mean (read as international,
 * then as a number of each country the agency serves), and its digits also match anywhere in the stored
 * number, so a fragment ("555 01") finds calls too. Text without digits searches the caller's name.
 */
export type CallerMatch = { kind: "phone"; exact: string[]; digits: string } | { kind: "name"; text: string };

export const CALLER_MIN_DIGITS = 3;

export function callerMatch(raw: string, countries: readonly string[] = []): CallerMatch | null {
  const text = raw.trim();
  if (!text) return null;
  const digits = text.replace(/\D/g, "");
  if (!digits) return { kind: "name", text };
  const exact = new Set<string>();
  for (const country of [null, ...countries]) {
    const e164 = toE164(text, country);
    if (e164) exact.add(e164);
  }
  return { kind: "phone", exact: [...exact], digits };
}

/** True when a search has too few digits to be useful (every number contains "7"). */
export function callerTooShort(raw: string): boolean {
  const digits = raw.replace(/\D/g, "");
  return digits.length > 0 && digits.length < CALLER_MIN_DIGITS;
}
