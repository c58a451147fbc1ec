/** ISO 4217 codes of currencies in use (funds and withdrawn codes left out, so nobody bills in them). */
export const CURRENCIES = [
  "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD",
  "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN",
  "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD",
  "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
  "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
  "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
  "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
  "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

const SET: ReadonlySet<string> = new Set(CURRENCIES);
export function isCurrencyCode(value: string): value is CurrencyCode {
  return SET.has(value);
}

// Members of the euro area, and the microstates that use the euro by agreement (Bulgaria since 2026).
const EURO = ["AD", "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MC", "ME", "MT", "NL", "PT", "SI", "SK", "SM", "VA",
  "AX", "BL", "GF", "GP", "MF", "MQ", "PM", "RE", "TF", "YT"];

const BY_COUNTRY: Record<string, CurrencyCode> = {
  RU: "RUB", US: "USD", GB: "GBP", KZ: "KZT", BY: "BYN", AM: "AMD", AZ: "AZN", GE: "GEL", KG: "KGS", MD: "MDL", TJ: "TJS",
  TM: "TMT", UA: "UAH", UZ: "UZS", MN: "MNT", CN: "CNY", HK: "HKD", MO: "MOP", TW: "TWD", JP: "JPY", KR: "KRW", IN: "INR",
  ID: "IDR", MY: "MYR", SG: "SGD", TH: "THB", VN: "VND", PH: "PHP", PK: "PKR", BD: "BDT", LK: "LKR", NP: "NPR", AE: "AED",
  SA: "SAR", QA: "QAR", KW: "KWD", BH: "BHD", OM: "OMR", IL: "ILS", JO: "JOD", TR: "TRY", EG: "EGP", MA: "MAD", TN: "TND",
  DZ: "DZD", NG: "NGN", KE: "KES", ZA: "ZAR", GH: "GHS", CH: "CHF", LI: "CHF", NO: "NOK", SE: "SEK", DK: "DKK", IS: "ISK",
  PL: "PLN", CZ: "CZK", HU: "HUF", RO: "RON", RS: "RSD", BA: "BAM", MK: "MKD", AL: "ALL", CA: "CAD", MX: "MXN", BR: "BRL",
  AR: "ARS", CL: "CLP", CO: "COP", PE: "PEN", UY: "UYU", AU: "AUD", NZ: "NZD", EC: "USD", SV: "USD", PA: "USD", PR: "USD",
  GU: "USD", VI: "USD", AS: "USD", MP: "USD", UM: "USD", IO: "USD", TL: "USD", FM: "USD", MH: "USD", PW: "USD",
  GG: "GBP", JE: "GBP", IM: "GBP", GI: "GIP", FO: "DKK", GL: "DKK", SJ: "NOK", BV: "NOK", CC: "AUD", CX: "AUD", NF: "AUD",
  KI: "AUD", NR: "AUD", TV: "AUD", HM: "AUD", CK: "NZD", NU: "NZD", TK: "NZD", PN: "NZD",
};

/**
 * The currency a client in `country` most likely pays in: what the form proposes until the person picks
 * another. Unknown or unusual countries get USD, the usual currency of international contracts.
 */
export function defaultCurrencyFor(country: string): CurrencyCode {
  if (EURO.includes(country)) return "EUR";
  return BY_COUNTRY[country] ?? "USD";
}
