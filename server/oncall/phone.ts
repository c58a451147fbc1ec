import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A phone number as typed ("8 912 345-67-89", "(312) 555-0142", "+7 912 ...") in E.164, or null when it
 * is not a valid number. Numbers without a "+" are read as numbers of `country` (the client's country:
 * the people on call for a client are usually reachable on local numbers).
 */
export function toE164(raw: string, country: string | null | undefined): string | null {
  const region = country && isSupportedCountry(country.toUpperCase()) ? (country.toUpperCase() as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), region ? { defaultCountry: region } : undefined);
  return parsed && parsed.isValid() ? parsed.number : null;
}
