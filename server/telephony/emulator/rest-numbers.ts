import type { NumberKind } from "../port";
import type { EmulatorContext } from "./context";
import { INVENTORY_COUNTRIES, isTollFree, searchInventory } from "./inventory";
import type { OwnedNumberRecord } from "./number-store";
import { accountPath, availableNumberJson, incomingNumberJson, listJson, twilioError } from "./twilio-json";

/** IncomingPhoneNumbers and AvailablePhoneNumbers of the 2010 API: what Switchboard buys, points and releases. */
export type RestReply = { status: number; body?: unknown };

const E164 = /^\+[1-9]\d{6,14}$/;
const notFound = (path: string): RestReply => ({ status: 404, body: twilioError(404, 20404, `The requested resource ${path} was not found`) });
const badRequest = (code: number, message: string): RestReply => ({ status: 400, body: twilioError(400, code, message) });
const pageSize = (query: URLSearchParams) => Math.min(1000, Math.max(1, Number(query.get("PageSize")) || 50));
const kindOf = (n: OwnedNumberRecord) => (isTollFree(n.e164) ? "tollfree" : "local");

export function searchAvailable(ctx: EmulatorContext, country: string, kindPath: string, query: URLSearchParams, path: string): RestReply {
  if (!INVENTORY_COUNTRIES.includes(country)) return notFound(path);
  const kind: NumberKind = kindPath === "TollFree" ? "TOLL_FREE" : "LOCAL";
  const size = pageSize(query);
  const owned = (e164: string) => ctx.numbers.findByE164(e164) !== null;
  const found = searchInventory({ country, kind, contains: query.get("Contains") ?? undefined, limit: size }, owned);
  const uri = `${accountPath(ctx.accountSid)}/AvailablePhoneNumbers/${country}/${kindPath}.json`;
  return { status: 200, body: { available_phone_numbers: found.map(availableNumberJson), uri } };
}

export function listNumbers(ctx: EmulatorContext, query: URLSearchParams): RestReply {
  const phone = query.get("PhoneNumber");
  const friendly = query.get("FriendlyName");
  const items = ctx.numbers
    .list()
    .filter((n) => (!phone || n.e164 === phone.replace(/\s/g, "")) && (!friendly || n.friendlyName === friendly))
    .map((n) => incomingNumberJson(ctx.accountSid, n, kindOf(n)));
  const size = pageSize(query);
  return { status: 200, body: listJson("incoming_phone_numbers", `${accountPath(ctx.accountSid)}/IncomingPhoneNumbers.json`, items.slice(0, size), size) };
}

/** The writable fields, from Twilio's parameter names; a bad URL is refused as Twilio does (21502). */
function numberFields(form: Record<string, string>): Partial<OwnedNumberRecord> | RestReply {
  const fields: Partial<OwnedNumberRecord> = {};
  const urls = { VoiceUrl: "voiceUrl", VoiceFallbackUrl: "voiceFallbackUrl", StatusCallback: "statusCallback" } as const;
  for (const [param, key] of Object.entries(urls)) {
    const value = form[param];
    if (value === undefined) continue;
    if (value !== "" && !/^https?:\/\/[^\s]+$/.test(value)) return badRequest(21502, `${param} is not a valid URL: ${value}`);
    fields[key] = value || null;
  }
  const methods = { VoiceMethod: "voiceMethod", VoiceFallbackMethod: "voiceFallbackMethod", StatusCallbackMethod: "statusCallbackMethod" } as const;
  for (const [param, key] of Object.entries(methods)) {
    const value = form[param]?.toUpperCase();
    if (value === undefined) continue;
    if (value !== "GET" && value !== "POST") return badRequest(21501, `${param} must be GET or POST`);
    fields[key] = value;
  }
  if (form.FriendlyName !== undefined) fields.friendlyName = form.FriendlyName.slice(0, 64);
  return fields;
}

const isReply = (value: unknown): value is RestReply => typeof value === "object" && value !== null && "status" in value;

export function createNumber(ctx: EmulatorContext, form: Record<string, string>): RestReply {
  const e164 = (form.PhoneNumber ?? "").replace(/[\s()-]/g, "");
  if (!e164) return badRequest(21421, "A 'PhoneNumber' or 'AreaCode' is required (the emulator needs PhoneNumber)");
  if (!E164.test(e164)) return badRequest(21421, `PhoneNumber ${form.PhoneNumber} is invalid`);
  if (ctx.numbers.findByE164(e164)) return badRequest(21422, `PhoneNumber ${e164} is not available`);
  const fields = numberFields(form);
  if (isReply(fields)) return fields;
  const record = ctx.numbers.add(e164, { friendlyName: e164, ...fields });
  ctx.log(`bought ${e164} (${record.sid}) → ${record.voiceUrl ?? "no VoiceUrl"}`);
  return { status: 201, body: incomingNumberJson(ctx.accountSid, record, kindOf(record)) };
}

export function fetchNumber(ctx: EmulatorContext, sid: string, path: string): RestReply {
  const record = ctx.numbers.get(sid);
  return record ? { status: 200, body: incomingNumberJson(ctx.accountSid, record, kindOf(record)) } : notFound(path);
}

export function updateNumber(ctx: EmulatorContext, sid: string, form: Record<string, string>, path: string): RestReply {
  if (!ctx.numbers.get(sid)) return notFound(path);
  const fields = numberFields(form);
  if (isReply(fields)) return fields;
  const record = ctx.numbers.update(sid, fields)!;
  return { status: 200, body: incomingNumberJson(ctx.accountSid, record, kindOf(record)) };
}

export function deleteNumber(ctx: EmulatorContext, sid: string, path: string): RestReply {
  const record = ctx.numbers.get(sid);
  if (!record) return notFound(path);
  ctx.numbers.remove(sid);
  ctx.log(`released ${record.e164} (${sid})`);
  return { status: 204 };
}

export { notFound, badRequest };
