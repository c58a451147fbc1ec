import { randomBytes } from "node:crypto";
import fc from "fast-check";
import twilio from "twilio";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { projectCall } from "@/server/calls/projection";
import { makeTenant } from "@/tests/support/tenants";
import { callBySid, INTERNAL_ORIGIN, makeHotline, newCallSid, PUBLIC, ROUTES, TOKEN, voiceParams, type WebhookName } from "@/tests/support/telephony";

/**
 * Property tests over the real Twilio route handlers: whatever mix of forged, replayed, reordered,
 * duplicated, oversized and malformed requests arrives, each bad one is refused with a 4xx (a 429 from the
 * per-IP limit counts as a refusal) and the Call row ends as the projection of the accepted events, equal
 * to the row of the same events delivered once and in order.
 */

// Small enough for CI: each run is a few dozen requests against PostgreSQL.
const RUNS = Number(process.env.ADV_RUNS ?? 30);

type Delivery = { name: WebhookName; params: Record<string, string>; query?: Record<string, string> };
type Raw = { name: WebhookName; body: string | Uint8Array<ArrayBuffer>; headers: Record<string, string>; query?: string };

const ip = () => `10.${randomBytes(3).join(".")}`;
const sign = (name: WebhookName, params: Record<string, string>, qs = "", token = TOKEN()) => twilio.getExpectedTwilioSignature(token, `${PUBLIC()}/api/telephony/twilio/${name}${qs}`, params);

/** Sends bytes as they are, from a fresh source address (the webhook limit is per IP). */
async function send(raw: Raw) {
  const path = `/api/telephony/twilio/${raw.name}${raw.query ?? ""}`;
  const res = await ROUTES[raw.name](new Request(`${INTERNAL_ORIGIN}${path}`, { method: "POST", headers: { "x-forwarded-for": ip(), ...raw.headers }, body: raw.body }));
  await res.arrayBuffer();
  return res.status;
}

/** A delivery as the carrier makes it: form-encoded, signed over PUBLIC_URL + path + query. */
function signed(d: Delivery): Raw {
  const qs = d.query ? `?${new URLSearchParams(d.query)}` : "";
  return { name: d.name, query: qs, body: new URLSearchParams(d.params).toString(), headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": sign(d.name, d.params, qs) } };
}

const T = (s: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, 0) + s * 1000).toUTCString().replace("GMT", "+0000");

/** The carrier's honest deliveries for one call: three statuses with SequenceNumber, the queue's wait and result. */
const script = (sid: string, duration: number, queueTime: number): Delivery[] => [
  { name: "status", params: { CallSid: sid, CallStatus: "ringing", SequenceNumber: "0", Timestamp: T(0) } },
  { name: "status", params: { CallSid: sid, CallStatus: "in-progress", SequenceNumber: "1", Timestamp: T(1) } },
  { name: "wait", params: { CallSid: sid, QueuePosition: "1", QueueTime: "0" }, query: { lang: "ru", max: "120" } },
  { name: "queue-result", params: { CallSid: sid, QueueResult: "hangup", QueueTime: String(queueTime) }, query: { lang: "ru" } },
  { name: "status", params: { CallSid: sid, CallStatus: "completed", SequenceNumber: "2", CallDuration: String(duration), Duration: "1", Timestamp: T(duration) } },
];

const STATUSES = new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"]);

/** Every kind of request that must be refused, given the call under attack. */
const attack = (sid: string): fc.Arbitrary<Raw> => {
  const base = { CallSid: sid, CallStatus: "completed", SequenceNumber: "9", CallDuration: "999" };
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const body = (p: Record<string, string>) => new URLSearchParams(p).toString();
  return fc.oneof(
    fc.constant<Raw>({ name: "status", body: body(base), headers: form }),
    fc.base64String({ minLength: 4, maxLength: 40 }).map<Raw>((sig) => ({ name: "status", body: body(base), headers: { ...form, "x-twilio-signature": sig } })),
    fc.constant<Raw>({ name: "status", body: body(base), headers: { ...form, "x-twilio-signature": sign("status", base, "", "another-token-0123456789abcdef") } }),
    // Signed, then tampered with: a later status or sequence than the carrier sent.
    fc.constantFrom("failed", "busy", "canceled").map<Raw>((s) => ({ name: "status", body: body({ ...base, CallStatus: s }), headers: { ...form, "x-twilio-signature": sign("status", base) } })),
    // A genuine signature replayed onto another webhook's URL.
    fc.constant<Raw>({ name: "status", body: body(base), headers: { ...form, "x-twilio-signature": sign("recording", base) } }),
    // U+0000 cannot be stored in PostgreSQL text: it used to reach the database and answer 500.
    fc.constantFrom("CallerName", "Foo\0", "CallStatus").map((k) => signed({ name: "status", params: { ...base, [k]: `x\0y` } })),
    fc.constantFrom("-1", "1.5", "abc", "1e3", "9999999999", "0x10").map((seq) => signed({ name: "status", params: { ...base, SequenceNumber: seq } })),
    fc.constantFrom("-5", "ten", "1.2").map((d) => signed({ name: "status", params: { ...base, CallDuration: d } })),
    fc.string({ maxLength: 30 }).filter((s) => !STATUSES.has(s.trim())).map((s) => signed({ name: "status", params: { ...base, CallStatus: s } })),
    fc.string({ maxLength: 40 }).filter((s) => !/^CA[0-9a-fA-F]{32}$/.test(s.trim())).map((s) => signed({ name: "status", params: { ...base, CallSid: s } })),
    fc.constant(null).map(() => signed({ name: "status", params: { ...base, CallSid: newCallSid() } })),
    fc.integer({ min: 64 * 1024, max: 200 * 1024 }).map((n) => signed({ name: "status", params: { ...base, Pad: "x".repeat(n) } })),
    fc.constant<Raw>({ name: "status", body: JSON.stringify(base), headers: { "content-type": "application/json", "x-twilio-signature": sign("status", base) } }),
    fc.constant<Raw>({ name: "status", body: `${body(base)}&CallStatus=failed`, headers: { ...form, "x-twilio-signature": sign("status", base) } }),
    fc.constant<Raw>({ name: "status", body: new Uint8Array([...Buffer.from(`CallSid=${sid}&CallStatus=`), 0xff, 0xfe]) as Uint8Array<ArrayBuffer>, headers: form }),
    // Signed junk: any names and values, without the CallSid every webhook needs.
    fc.dictionary(fc.string({ maxLength: 12 }).filter((k) => k !== "CallSid" && k.length > 0), fc.string({ maxLength: 30 }), { maxKeys: 6 }).map((p) => signed({ name: "status", params: p })),
    fc.constantFrom<WebhookName>("wait", "queue-result", "recording", "voicemail", "menu", "dial-result").map((name) => signed({ name, params: { CallSid: "CA-not-a-sid" } })),
  );
};

/** What a person sees of a call: without ids, bookkeeping and the times we stamp on receipt. */
async function visible(sid: string) {
  const { id: _id, providerCallId: _p, createdAt: _c, updatedAt: _u, rolledUpAt: _r, startedAt: _s, queuedAt: _q, ...rest } = (await callBySid(sid))!;
  return rest;
}

let number: string;
beforeAll(async () => {
  const t = await makeTenant("adv-twilio");
  number = (await makeHotline(t)).number.e164;
});

describe("Twilio webhooks under attack", () => {
  it("forged, malformed, oversized requests are refused; replayed and reordered ones leave the projection of the accepted events", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.nat(4), { maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.infiniteStream(fc.nat()),
        async (duration, queueTime, duplicates, attackSeeds, together, shuffle) => {
          const [orderly, messy] = [newCallSid(), newCallSid()];
          for (const sid of [orderly, messy]) expect(await send(signed({ name: "voice", params: voiceParams(number, { CallSid: sid }) }))).toBe(200);
          for (const d of script(orderly, duration, queueTime)) expect(await send(signed(d))).toBe(200);

          const honest = script(messy, duration, queueTime);
          const attacks = attackSeeds.map((seed) => fc.sample(attack(messy), { numRuns: 1, seed })[0]!);
          // Every honest delivery once, some twice, the attacks among them, all in a random order.
          const items: { raw: Raw; honest: boolean }[] = [...honest, ...duplicates.map((i) => honest[i]!)].map((d) => ({ raw: signed(d), honest: true }));
          items.push(...attacks.map((raw) => ({ raw, honest: false })));
          const it = shuffle[Symbol.iterator]();
          for (let i = items.length - 1; i > 0; i--) {
            const j = it.next().value! % (i + 1);
            [items[i], items[j]] = [items[j]!, items[i]!];
          }
          // Consecutive items flagged `together` go out at the same time.
          const groups: (typeof items)[] = [];
          items.forEach((item, i) => (i > 0 && together[i % together.length] ? groups.at(-1)!.push(item) : groups.push([item])));
          for (const group of groups) {
            const statuses = await Promise.all(group.map((g) => send(g.raw)));
            group.forEach((g, i) => {
              if (g.honest) expect(statuses[i], `honest ${g.raw.name}`).toBe(200);
              else expect(statuses[i], `attack ${g.raw.name} ${String(g.raw.body).slice(0, 120)}`).toBeGreaterThanOrEqual(400);
              if (!g.honest) expect(statuses[i]).toBeLessThan(500);
            });
          }

          const row = await callBySid(messy);
          const stored = await db.callEvent.findMany({ where: { callId: row!.id }, select: { type: true, occurredAt: true, dedupeKey: true, data: true } });
          expect(row).toMatchObject(projectCall(stored, { startedAt: row!.startedAt, language: row!.language }));
          expect(await visible(messy)).toEqual(await visible(orderly));
          expect(row).toMatchObject({ status: "ABANDONED", durationSeconds: duration, waitSeconds: queueTime, carrierStatus: "completed" });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a signed voice request with any caller fields answers 200 or 4xx, never 500, and stores at most one call", { timeout: 60_000 }, async () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, fc.option(text), fc.option(text), fc.boolean(), async (from, callerName, forwardedFrom, to, replay) => {
        const params = voiceParams(to ?? number, { From: from, CallerName: callerName, ...(forwardedFrom !== null ? { ForwardedFrom: forwardedFrom } : {}) });
        const statuses = [await send(signed({ name: "voice", params }))];
        if (replay) statuses.push(await send(signed({ name: "voice", params })));
        for (const status of statuses) expect([200, 400, 429]).toContain(status);
        expect(await db.call.count({ where: { providerCallId: params.CallSid } })).toBeLessThanOrEqual(1);
      }),
      { numRuns: Number(process.env.ADV_RUNS ?? 40) },
    );
  });
});

const PARAM_NAMES = ["CallStatus", "SequenceNumber", "CallDuration", "Timestamp", "Digits", "QueueResult", "QueueTime", "QueuePosition", "RecordingUrl", "RecordingSid", "RecordingStatus", "RecordingDuration", "DialCallStatus", "DialCallDuration", "To", "From", "CallerName", "ForwardedFrom", "MessageStatus", "ErrorCode"];
const QUERY_NAMES = ["lang", "max", "to", "kind", "attempt", "transfer", "offer", "message"];
const ENDPOINTS = ["voice", "status", "wait", "menu", "queue-result", "voicemail", "recording", "dial-result", "connect", "connect-result", "sms-status"] as const;

describe("every Twilio webhook, signed, with hostile parameters", () => {
  it("answers 2xx or 4xx, never 500", { timeout: 60_000 }, async () => {
    const { POST: connect } = await import("@/app/api/telephony/twilio/connect/route");
    const { POST: connectResult } = await import("@/app/api/telephony/twilio/connect-result/route");
    const { POST: smsStatus } = await import("@/app/api/telephony/twilio/sms-status/route");
    const routes: Record<(typeof ENDPOINTS)[number], (req: Request) => Promise<Response>> = { ...ROUTES, connect, "connect-result": connectResult, "sms-status": smsStatus };
    const sid = newCallSid();
    expect(await send(signed({ name: "voice", params: voiceParams(number, { CallSid: sid }) }))).toBe(200);
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("", "0", "-1", "999999999", "99999999999999999999", "1.5", "x\0y", "completed", "hangup", "bridged", "https://evil.test/r.mp3", "RE0", "ru", "en", "zz", "+7", "anonymous"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.boolean(),
        fc.dictionary(fc.constantFrom(...PARAM_NAMES), value, { maxKeys: 6 }),
        fc.dictionary(fc.constantFrom(...QUERY_NAMES), value, { maxKeys: 4 }),
        async (name, known, params, query) => {
          const body = { CallSid: known ? sid : newCallSid(), ...params };
          const qs = Object.keys(query).length ? `?${new URLSearchParams(query)}` : "";
          const path = `/api/telephony/twilio/${name}${qs}`;
          const headers = { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip(), "x-twilio-signature": twilio.getExpectedTwilioSignature(TOKEN(), `${PUBLIC()}${path}`, body) };
          const res = await routes[name](new Request(`${INTERNAL_ORIGIN}${path}`, { method: "POST", headers, body: new URLSearchParams(body).toString() }));
          expect(res.status, `${name}${qs} ${JSON.stringify(body)}: ${await res.text()}`).toBeLessThan(500);
        },
      ),
      { numRuns: Number(process.env.ADV_RUNS ?? 50) },
    );
  });
});
