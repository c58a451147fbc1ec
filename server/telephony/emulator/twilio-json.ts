import type { EmulatedCall } from "./call-state";
import { friendlyNumber, type InventoryNumber } from "./inventory";
import type { OwnedNumberRecord } from "./number-store";
import { rfc2822 } from "./sids";

/** Twilio's JSON shapes (api.v2010 in the OpenAPI spec), as the `twilio` package reads them. */
export const API_VERSION = "2010-04-01";
export const accountPath = (accountSid: string) => `/${API_VERSION}/Accounts/${accountSid}`;

/** Twilio's error body: { code, message, more_info, status }. */
export function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

export function availableNumberJson(n: InventoryNumber) {
  return {
    friendly_name: friendlyNumber(n.e164), phone_number: n.e164, lata: null, locality: n.locality, rate_center: n.rateCenter,
    latitude: n.lat, longitude: n.lon, region: n.region, postal_code: n.postalCode, iso_country: n.country,
    address_requirements: "none", beta: false, capabilities: { voice: true, SMS: true, MMS: false, fax: false },
  };
}

export function incomingNumberJson(accountSid: string, n: OwnedNumberRecord, kind: "local" | "tollfree") {
  return {
    account_sid: accountSid, address_sid: null, address_requirements: "none", api_version: API_VERSION, beta: false,
    capabilities: { voice: true, sms: true, mms: false, fax: false },
    date_created: rfc2822(n.dateCreated), date_updated: rfc2822(n.dateUpdated), friendly_name: n.friendlyName,
    identity_sid: null, phone_number: n.e164, origin: "twilio", sid: n.sid,
    sms_application_sid: "", sms_fallback_method: "POST", sms_fallback_url: "", sms_method: "POST", sms_url: "",
    status_callback: n.statusCallback ?? "", status_callback_method: n.statusCallbackMethod, trunk_sid: null,
    uri: `${accountPath(accountSid)}/IncomingPhoneNumbers/${n.sid}.json`, voice_receive_mode: "voice",
    voice_application_sid: null, voice_caller_id_lookup: false, voice_fallback_method: n.voiceFallbackMethod,
    voice_fallback_url: n.voiceFallbackUrl ?? "", voice_method: n.voiceMethod, voice_url: n.voiceUrl ?? "",
    emergency_status: "Inactive", emergency_address_sid: null, emergency_address_status: "unregistered",
    bundle_sid: null, status: "in-use", type: kind,
  };
}

export function callJson(accountSid: string, call: EmulatedCall) {
  const uri = `${accountPath(accountSid)}/Calls/${call.sid}`;
  const queueMs = call.queue ? Math.round(call.secondsSince(call.queue.joinedAtMs) * 1000) : 0;
  return {
    sid: call.sid, date_created: rfc2822(call.createdAt), date_updated: rfc2822(new Date(call.endedAtMs ?? Date.now())),
    parent_call_sid: null, account_sid: accountSid, to: call.request.to, to_formatted: friendlyNumber(call.request.to),
    from: call.request.from, from_formatted: friendlyNumber(call.request.from), phone_number_sid: call.number.sid,
    status: call.status, start_time: call.answeredAtMs ? rfc2822(new Date(call.answeredAtMs)) : null,
    end_time: call.endedAtMs ? rfc2822(new Date(call.endedAtMs)) : null,
    duration: call.ended ? String(call.durationSeconds()) : null, price: null, price_unit: "USD", direction: "inbound",
    answered_by: null, api_version: API_VERSION, forwarded_from: call.request.forwardedFrom ?? null, group_sid: null,
    caller_name: call.request.callerName ?? null, queue_time: String(queueMs), trunk_sid: null, uri: `${uri}.json`,
    subresource_uris: { recordings: `${uri}/Recordings.json`, notifications: `${uri}/Notifications.json`, events: `${uri}/Events.json` },
  };
}

/** The paging envelope of a list (one page: the emulator's lists are short). */
export function listJson(key: string, uri: string, items: unknown[], pageSize: number) {
  return { [key]: items, end: Math.max(0, items.length - 1), first_page_uri: uri, next_page_uri: null, page: 0, page_size: pageSize, previous_page_uri: null, start: 0, uri };
}
