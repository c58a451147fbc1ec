import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { NumberKind } from "../port";

/**
 * The numbers the emulator offers for sale: blocks of 100 fictional numbers (…555 01xx) per country and
 * kind, generated on the fly. Searching skips the numbers the account owns.
 */
type Block = { country: string; kind: NumberKind; prefix: string; locality: string | null; region: string | null; postalCode: string | null; rateCenter: string | null; lat: string | null; lon: string | null };

const BLOCKS: Block[] = [
  { country: "RU", kind: "LOCAL", prefix: "+749555501", locality: "Moscow", region: "Moscow", postalCode: "101000", rateCenter: "MOSCOW", lat: "55.755800", lon: "37.617600" },
  { country: "RU", kind: "LOCAL", prefix: "+781255501", locality: "Saint Petersburg", region: "Saint Petersburg", postalCode: "190000", rateCenter: "ST PETERSBURG", lat: "59.938600", lon: "30.314100" },
  { country: "RU", kind: "TOLL_FREE", prefix: "+780055501", locality: null, region: null, postalCode: null, rateCenter: null, lat: null, lon: null },
  { country: "US", kind: "LOCAL", prefix: "+121255501", locality: "New York", region: "NY", postalCode: "10001", rateCenter: "NWYRCYZN01", lat: "40.750000", lon: "-73.997000" },
  { country: "US", kind: "LOCAL", prefix: "+141555501", locality: "San Francisco", region: "CA", postalCode: "94103", rateCenter: "SNFC CNTRL", lat: "37.772500", lon: "-122.410000" },
  { country: "US", kind: "TOLL_FREE", prefix: "+180055501", locality: null, region: null, postalCode: null, rateCenter: null, lat: null, lon: null },
  { country: "DE", kind: "LOCAL", prefix: "+493055501", locality: "Berlin", region: "Berlin", postalCode: "10115", rateCenter: null, lat: "52.520000", lon: "13.405000" },
  { country: "GB", kind: "LOCAL", prefix: "+4420795501", locality: "London", region: "England", postalCode: "EC1A", rateCenter: null, lat: "51.507400", lon: "-0.127800" },
];

export const INVENTORY_COUNTRIES = [...new Set(BLOCKS.map((b) => b.country))];

export type InventoryNumber = Omit<Block, "prefix"> & { e164: string };

/** Twilio's `Contains`: digits, with `*` for any one digit, anywhere in the number. */
function containsMatcher(contains: string | undefined): (e164: string) => boolean {
  const pattern = (contains ?? "").replace(/[^0-9*]/g, "");
  if (!pattern) return () => true;
  const regex = new RegExp(pattern.replace(/\*/g, "\\d"));
  return (e164) => regex.test(e164.slice(1));
}

export function searchInventory(search: { country: string; kind: NumberKind; contains?: string; limit: number }, owned: (e164: string) => boolean): InventoryNumber[] {
  const matches = containsMatcher(search.contains);
  const found: InventoryNumber[] = [];
  for (const { prefix, ...block } of BLOCKS) {
    if (block.country !== search.country || block.kind !== search.kind) continue;
    for (let i = 0; i < 100 && found.length < search.limit; i++) {
      const e164 = `${prefix}${String(i).padStart(2, "0")}`;
      if (!owned(e164) && matches(e164)) found.push({ ...block, e164 });
    }
  }
  return found;
}

/** What the emulator knows about where a number is: the geo fields of the webhook (FromCity, ToCountry …). */
export function geoOf(e164: string): { country: string; city: string; state: string; zip: string } {
  const block = BLOCKS.find((b) => e164.startsWith(b.prefix.slice(0, -2)));
  const country = block?.country ?? parsePhoneNumberFromString(e164)?.country ?? "";
  return { country, city: block?.locality?.toUpperCase() ?? "", state: block?.region ?? "", zip: block?.postalCode ?? "" };
}

/** Twilio's friendly_name of a number: national format for US numbers, international otherwise. */
export function friendlyNumber(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === "US" ? parsed.formatNational() : parsed.formatInternational();
}

const TOLL_FREE = [/^\+7800/, /^\+18(00|33|44|55|66|77|88)/, /^\+44800/, /^\+49800/];
export const isTollFree = (e164: string) => TOLL_FREE.some((r) => r.test(e164));
