import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A phone number as typed ("8 (912) 345-67-89", "+1 312 555 0100") in E.164 (+79123456789), or null when
 * it is not a possible number. A number without an international prefix is read in `defaultCountry`, the
 * client's own country, because that is how the client's staff write their numbers.
 */
export function toE164(raw: string, defaultCountry?: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const parsed = parsePhoneNumberFromString(trimmed, { defaultCountry: defaultCountry as CountryCode | undefined, extract: false });
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** An E.164 number as people read it ("+7 912 345 67 89"); the stored form when it cannot be parsed. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
