/**
 * Whether a number we buy or attach is toll-free, from its E.164 prefix. The carrier's search says the
 * kind too, but an attached number (by SID) comes without it, so both paths read it from the digits.
 */
const TOLL_FREE_PREFIXES = [
  "+7800", // Russia
  "+1800", "+1833", "+1844", "+1855", "+1866", "+1877", "+1888", // NANP
  "+44800", "+44808", // United Kingdom
];

export type PurchasableKind = "LOCAL" | "TOLL_FREE";

export function kindOfNumber(e164: string): PurchasableKind {
  return TOLL_FREE_PREFIXES.some((p) => e164.startsWith(p)) ? "TOLL_FREE" : "LOCAL";
}
