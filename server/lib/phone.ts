import { isSupportedCountry, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A phone number as typed ("8 (912) 345-67-89", "(312) 555-0142", "+7 912 ...") in E.164 (+79123456789),
 * or null when it is not a valid number. A number without "+" is read as a number of `country` (the
 * client's country), because that is how a client's staff write their numbers.
 */
export function toE164(raw: string, country?: string | null): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const region = country && isSupportedCountry(country.toUpperCase()) ? (country.toUpperCase() as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(trimmed, region ? { defaultCountry: region } : undefined);
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** True for a number written in E.164 ("+79161234567") that is a valid number of its country. */
export function isE164(value: string): boolean {
  return E164.test(value) && isValidPhoneNumber(value);
}

/** An E.164 number as people read it ("+7 912 345 67 89"); the stored form when it cannot be parsed. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
