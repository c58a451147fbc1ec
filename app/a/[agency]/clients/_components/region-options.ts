import { COUNTRIES } from "@/server/clients/countries";
import { CURRENCIES } from "@/server/clients/currency";
import { timeZones } from "@/server/clients/time-zone";
import { countryName } from "./country-name";

export type RegionOptions = {
  countries: { code: string; name: string }[];
  zones: string[];
  currencies: { code: string; name: string }[];
};

/**
 * The select options, built once on the server in the reader's language and passed to the form, so the
 * server render and the browser agree (engines name a few zones and countries differently).
 */
export function regionOptions(locale: string): RegionOptions {
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency" });
  return {
    countries: COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    zones: timeZones().sort(),
    currencies: CURRENCIES.map((code) => ({ code, name: currencyNames.of(code) ?? code })),
  };
}
