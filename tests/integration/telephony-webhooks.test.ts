import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeTenant, tenantSnapshot } from "@/tests/support/tenants";
import { callBySid, eventsOf, makeHotline, newCallSid, post, PUBLIC, ROUTES, voiceParams, INTERNAL_ORIGIN } from "@/tests/support/telephony";

async function counts() {
  const [calls, events, rejections] = await Promise.all([db.call.count(), db.callEvent.count(), db.telephonyRejection.count()]);
  return { calls, events, rejections };
}

describe("telephony webhooks: who may call them", () => {
  it("unsigned, forged and wrongly-signed requests get a plain 403 and store nothing", async () => {
    const t = await makeTenant("tel");
    const { number } = await makeHotline(t);
    const params = voiceParams(number.e164);
    const before = await counts();

    const unsigned = await post("voice", params, { sign: false });
    expect(unsigned).toMatchObject({ status: 403, text: "Forbidden" });
    expect(unsigned.type).toContain("text/plain");
    expect((await post("voice", params, { signature: "bm90IGEgc2lnbmF0dXJl" })).status).toBe(403);
    expect((await post("voice", params, { token: "another-token-0123456789abcdef" })).status).toBe(403);
    // Signed, then a parameter changed on the way: the signature covers every parameter.
    const signature = twilio.getExpectedTwilioSignature(process.env.TWILIO_AUTH_TOKEN!, `${PUBLIC()}/api/telephony/twilio/voice`, params);
    expect((await post("voice", { ...params, From: "+79990000000" }, { signature })).status).toBe(403);
    // Signed for the URL the app itself saw (behind the proxy) instead of the public one.
    const internal = twilio.getExpectedTwilioSignature(process.env.TWILIO_AUTH_TOKEN!, `${INTERNAL_ORIGIN}/api/telephony/twilio/voice`, params);
    expect((await post("voice", params, { signature: internal })).status).toBe(403);
    // The query string is signed too: the wait limit in it cannot be stretched.
    const waitSig = twilio.getExpectedTwilioSignature(process.env.TWILIO_AUTH_TOKEN!, `${PUBLIC()}/api/telephony/twilio/wait?lang=ru&max=60`, params);
    expect((await post("wait", params, { query: { lang: "ru", max: "6000" }, signature: waitSig })).status).toBe(403);
    for (const name of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) expect((await post(name, params, { sign: false })).status).toBe(403);

    expect(await counts()).toEqual(before);
  });

  it("a correctly signed request reaching the app through a proxy (other host and scheme) is accepted", async () => {
    const t = await makeTenant("tel");
    const { number } = await makeHotline(t);
    const res = await post("voice", voiceParams(number.e164));
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/xml");
  });
});

describe("telephony webhooks: bad input", () => {
  it("a body over 64 KiB is 413, a body that is not a form is 400; nothing stored", async () => {
    const before = await counts();
    const big = await ROUTES.voice(
      new Request(`${INTERNAL_ORIGIN}/api/telephony/twilio/voice`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `CallSid=${"x".repeat(70_000)}` }),
    );
    expect(big.status).toBe(413);
    const json = await ROUTES.voice(new Request(`${INTERNAL_ORIGIN}/api/telephony/twilio/voice`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(json.status).toBe(400);
    expect(await json.text()).toContain("form-urlencoded");
    expect(await counts()).toEqual(before);
  });

  it("a signed request missing or mangling a parameter is 400 naming it, kept as a rejection, and makes no call", async () => {
    const t = await makeTenant("tel");
    const { number } = await makeHotline(t);
    const { CallSid: _, ...noSid } = voiceParams(number.e164);
    expect(await post("voice", noSid)).toMatchObject({ status: 400, text: "missing parameter CallSid" });
    expect(await post("voice", voiceParams(number.e164, { CallSid: "CA-not-a-sid" }))).toMatchObject({ status: 400, text: "malformed parameter CallSid" });
    const sid = newCallSid();
    await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(await post("status", { CallSid: sid, CallStatus: "completed", SequenceNumber: "two" })).toMatchObject({ status: 400, text: "malformed parameter SequenceNumber" });
    expect(await post("status", { CallSid: sid, CallStatus: "exploded" })).toMatchObject({ status: 400, text: "unknown CallStatus" });
    const rejections = await db.telephonyRejection.findMany({ where: { endpoint: { in: ["voice", "status"] }, reason: { startsWith: "m" } }, select: { reason: true } });
    expect(rejections.map((r) => r.reason)).toEqual(expect.arrayContaining(["missing parameter CallSid", "malformed parameter CallSid", "malformed parameter SequenceNumber"]));
    expect(await db.call.count({ where: { hotlineId: number.hotlineId! } })).toBe(1);
  });

  it("an unknown number hears a polite message and a hangup; the request is kept, no call is made", async () => {
    const before = await counts();
    const params = voiceParams("+74955559999");
    const res = await post("voice", params);
    expect(res.status).toBe(200);
    expect(res.text).toContain("набранный номер не обслуживается");
    expect(res.text).toMatch(/<Hangup\/><\/Response>$/);
    const rejection = await db.telephonyRejection.findFirst({ where: { callSid: params.CallSid } });
    expect(rejection).toMatchObject({ endpoint: "voice", reason: "unknownNumber", toNumber: "+74955559999", agencyId: null });
    expect(await counts()).toEqual({ ...before, rejections: before.rejections + 1 });
  });

  it("a number of the agency assigned to no hotline is refused the same way, kept with the agency", async () => {
    const t = await makeTenant("tel");
    const { number } = await makeHotline(t);
    await db.phoneNumber.update({ where: { id: number.id }, data: { hotlineId: null } });
    const params = voiceParams(number.e164);
    expect((await post("voice", params)).text).toContain("<Hangup/>");
    expect(await db.telephonyRejection.findFirst({ where: { callSid: params.CallSid } })).toMatchObject({ reason: "numberWithoutHotline", agencyId: t.agency.id });
    expect(await callBySid(params.CallSid)).toBeNull();
  });

  it("a status callback for a CallSid we never answered is 404 with its reason, kept", async () => {
    const sid = newCallSid();
    expect(await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "12" })).toMatchObject({ status: 404, text: "unknown CallSid" });
    expect(await db.telephonyRejection.findFirst({ where: { callSid: sid } })).toMatchObject({ endpoint: "status", reason: "unknown CallSid" });
    expect((await post("queue-result", { CallSid: sid, QueueResult: "hangup" })).status).toBe(404);
  });
});

describe("telephony webhooks: tenants", () => {
  it("a call to agency A's number is A's alone; B's rows are untouched by A's webhooks", async () => {
    const [a, b] = [await makeTenant("tela"), await makeTenant("telb")];
    const lineA = await makeHotline(a);
    const lineB = await makeHotline(b);
    const sidB = newCallSid();
    await post("voice", voiceParams(lineB.number.e164, { CallSid: sidB }));
    const beforeB = { snapshot: await tenantSnapshot(b.agency.id), calls: await db.call.findMany({ where: { agencyId: b.agency.id } }), events: await db.callEvent.count({ where: { agencyId: b.agency.id } }) };

    const sidA = newCallSid();
    await post("voice", voiceParams(lineA.number.e164, { CallSid: sidA }));
    await post("wait", { CallSid: sidA, QueueTime: "0", QueuePosition: "1" }, { query: { lang: "ru", max: "120" } });
    await post("queue-result", { CallSid: sidA, QueueResult: "hangup", QueueTime: "9" }, { query: { lang: "ru" } });
    await post("status", { CallSid: sidA, CallStatus: "completed", CallDuration: "20", SequenceNumber: "2" });

    const callA = await callBySid(sidA);
    expect(callA).toMatchObject({ agencyId: a.agency.id, clientId: lineA.client.id, hotlineId: lineA.hotline.id, phoneNumberId: lineA.number.id, status: "ABANDONED" });
    expect(new Set((await db.callEvent.findMany({ where: { callId: callA!.id } })).map((e) => e.agencyId))).toEqual(new Set([a.agency.id]));
    expect({
      snapshot: await tenantSnapshot(b.agency.id),
      calls: await db.call.findMany({ where: { agencyId: b.agency.id } }),
      events: await db.callEvent.count({ where: { agencyId: b.agency.id } }),
    }).toEqual(beforeB);
    expect(await eventsOf((await callBySid(sidB))!.id)).toHaveLength(2);
  });
});
