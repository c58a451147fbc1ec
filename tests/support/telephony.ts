import { randomBytes } from "node:crypto";
import twilio from "twilio";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TermsDocument } from "@/server/terms/terms.schema";
import { POST as dialResult } from "@/app/api/telephony/twilio/dial-result/route";
import { POST as menu } from "@/app/api/telephony/twilio/menu/route";
import { POST as queueResult } from "@/app/api/telephony/twilio/queue-result/route";
import { POST as recording } from "@/app/api/telephony/twilio/recording/route";
import { POST as status } from "@/app/api/telephony/twilio/status/route";
import { POST as voicemail } from "@/app/api/telephony/twilio/voicemail/route";
import { POST as voice } from "@/app/api/telephony/twilio/voice/route";
import { POST as wait } from "@/app/api/telephony/twilio/wait/route";
import { uid, type Tenant } from "./tenants";
import { termsWithHours } from "./telephony-terms";

/** The real route handlers, by webhook name. */
export const ROUTES = { voice, status, wait, menu, "queue-result": queueResult, voicemail, recording, "dial-result": dialResult } as const;
export type WebhookName = keyof typeof ROUTES;

export const TOKEN = () => process.env.TWILIO_AUTH_TOKEN!;
export const PUBLIC = () => process.env.PUBLIC_URL!;
/** What the app sees behind a TLS-terminating proxy: another scheme, host and port than the carrier called. */
export const INTERNAL_ORIGIN = "http://10.0.0.7:3000";

export const newCallSid = () => `CA${randomBytes(16).toString("hex")}`;
export const newRecordingSid = () => `RE${randomBytes(16).toString("hex")}`;
/** A distinct valid-looking number per test (+7 495 555 xx xx is the emulator's range; ours is random). */
export const newNumber = () => `+7495${String(1_000_000 + Math.floor(Math.random() * 8_999_999)).slice(0, 7)}`;

/**
 * Posts a form to one of our webhooks as the carrier does: signed over PUBLIC_URL + path + query, but
 * delivered to an internal origin, as through a proxy. `sign: false` or a `signature` forges it.
 */
export async function post(name: WebhookName, params: Record<string, string>, opts: { query?: Record<string, string>; sign?: boolean; signature?: string; token?: string } = {}) {
  const qs = opts.query ? `?${new URLSearchParams(opts.query)}` : "";
  const path = `/api/telephony/twilio/${name}${qs}`;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (opts.signature !== undefined) headers["x-twilio-signature"] = opts.signature;
  else if (opts.sign !== false) headers["x-twilio-signature"] = twilio.getExpectedTwilioSignature(opts.token ?? TOKEN(), `${PUBLIC()}${path}`, params);
  const res = await ROUTES[name](new Request(`${INTERNAL_ORIGIN}${path}`, { method: "POST", headers, body: new URLSearchParams(params).toString() }));
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type") };
}

/** The query an action URL in our TwiML carries (lang, max, to…), read back from the TwiML. */
export function actionQuery(twiml: string, name: WebhookName): Record<string, string> {
  const m = new RegExp(`/api/telephony/twilio/${name}\\?([^"<]*)`).exec(twiml);
  if (!m) throw new Error(`no ${name} URL in ${twiml}`);
  return Object.fromEntries(new URLSearchParams(m[1]!.replace(/&amp;/g, "&")));
}

export type HotlineOptions = {
  terms?: TermsDocument | null;
  timezone?: string;
  locale?: "en" | "ru";
  currency?: string;
  hotline?: Partial<Prisma.HotlineUncheckedCreateInput>;
};

/** A client with an approved terms version, a hotline and a number routed to it, straight in the database. */
export async function makeHotline(t: Tenant, opts: HotlineOptions = {}) {
  const locale = opts.locale ?? "ru";
  const client = await db.client.create({
    data: { agencyId: t.agency.id, slug: `client-${uid()}`, name: `Aurora ${uid()}`, timezone: opts.timezone ?? "Europe/Moscow", locale, currency: opts.currency ?? "RUB", status: "ACTIVE" },
  });
  const terms = opts.terms === undefined ? termsWithHours(locale, { alwaysOpen: true }) : opts.terms;
  const version = terms
    ? await db.termsVersion.create({
        data: { agencyId: t.agency.id, clientId: client.id, number: 1, state: "APPROVED", document: terms as unknown as Prisma.InputJsonValue, approvedAt: new Date(), effectiveFrom: new Date(Date.now() - 60_000) },
      })
    : null;
  const hotline = await db.hotline.create({ data: { agencyId: t.agency.id, clientId: client.id, name: "Main line", languages: [locale], ...opts.hotline } });
  const number = await db.phoneNumber.create({ data: { agencyId: t.agency.id, hotlineId: hotline.id, e164: newNumber(), kind: "LOCAL", provider: "EMULATOR", providerSid: `PN${uid()}` } });
  return { client, hotline, number, version };
}

/** The parameters Twilio sends to the voice URL for a call to `to`. */
export function voiceParams(to: string, extra: Record<string, string> = {}) {
  return {
    CallSid: newCallSid(),
    AccountSid: `AC${"0".repeat(32)}`,
    From: "+79161234567",
    To: to,
    CallStatus: "ringing",
    Direction: "inbound",
    ApiVersion: "2010-04-01",
    ...extra,
  };
}

export const callBySid = (sid: string) => db.call.findUnique({ where: { providerCallId: sid } });
export const eventsOf = (callId: string) => db.callEvent.findMany({ where: { callId }, orderBy: { id: "asc" }, select: { type: true, dedupeKey: true, data: true } });
