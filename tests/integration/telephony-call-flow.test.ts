import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeTenant } from "@/tests/support/tenants";
import { termsWithHours } from "@/tests/support/telephony-terms";
import { actionQuery, callBySid, eventsOf, makeHotline, newCallSid, newRecordingSid, post, voiceParams } from "@/tests/support/telephony";

const closedAlways = termsWithHours("ru", { alwaysOpen: false, weekly: {}, afterHours: { action: "VOICEMAIL", message: "Мы работаем по будням с 9 до 18." } });

describe("the call path through the real route handlers", () => {
  it("in hours: the greeting, the queue, the caller's position; then a hang-up while queued is ABANDONED with its wait", async () => {
    const t = await makeTenant("flow");
    const { number, hotline, version } = await makeHotline(t, { hotline: { maxWaitSeconds: 90 } });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid, CallerName: "Ivan Petrov" }));
    expect(answer.text).toContain('<Say language="ru-RU"');
    expect(answer.text).toContain("Аврора Дентал, здравствуйте!");
    expect(answer.text).toContain(`>hotline-${hotline.id}</Enqueue>`);
    expect(await callBySid(sid)).toMatchObject({ status: "RINGING", route: "QUEUE", language: "ru", termsVersionId: version!.id, termsVersionNumber: 1, fromNumber: "+79161234567", callerName: "Ivan Petrov" });

    const wait = await post("wait", { CallSid: sid, QueuePosition: "2", QueueTime: "0", CurrentQueueSize: "2" }, { query: actionQuery(answer.text, "wait") });
    expect(wait.text).toContain("Ваш номер в очереди — 2.");
    expect(await callBySid(sid)).toMatchObject({ status: "QUEUED" });

    const left = await post("queue-result", { CallSid: sid, QueueResult: "hangup", QueueTime: "37" }, { query: actionQuery(answer.text, "queue-result") });
    expect(left.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "49", SequenceNumber: "3" });
    const call = await callBySid(sid);
    expect(call).toMatchObject({ status: "ABANDONED", waitSeconds: 37, durationSeconds: 49, carrierStatus: "completed" });
    expect(call!.endedAt).not.toBeNull();
    expect((await eventsOf(call!.id)).map((e) => e.type)).toEqual(["RECEIVED", "ROUTED", "QUEUED", "LEFT_QUEUE", "CARRIER_STATUS"]);
  });

  it("after hours: the terms' message and a voicemail; the recording lands on the call as VOICEMAIL", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, { terms: closedAlways });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain("Мы работаем по будням с 9 до 18.");
    expect(answer.text).toContain("<Record ");
    expect(answer.text).not.toContain("<Enqueue");
    const recordingSid = newRecordingSid();
    const url = `https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/${recordingSid}`;
    const saved = await post("voicemail", { CallSid: sid, RecordingUrl: url, RecordingDuration: "14", RecordingSid: recordingSid }, { query: actionQuery(answer.text, "voicemail") });
    expect(saved.text).toContain("ваше сообщение записано");
    await post("recording", { CallSid: sid, RecordingSid: recordingSid, RecordingUrl: url, RecordingStatus: "completed", RecordingDuration: "14" }, { query: { kind: "voicemail" } });
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "31" });
    expect(await callBySid(sid)).toMatchObject({ status: "VOICEMAIL", route: "AFTER_HOURS", voicemailUrl: url, voicemailSeconds: 14, durationSeconds: 31 });
  });

  it("after hours with forwarding in the terms: Dial; an unanswered forward falls back to voicemail", async () => {
    const t = await makeTenant("flow");
    const terms = termsWithHours("ru", { alwaysOpen: false, weekly: {}, afterHours: { action: "FORWARD", forwardTo: "+79169990011", message: "" } });
    const { number } = await makeHotline(t, { terms });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain("<Number>+79169990011</Number>");
    const result = await post("dial-result", { CallSid: sid, DialCallStatus: "no-answer", DialCallDuration: "0" }, { query: actionQuery(answer.text, "dial-result") });
    expect(result.text).toContain("<Record ");
    expect(await callBySid(sid)).toMatchObject({ forwardedTo: "+79169990011", route: "AFTER_HOURS" });
  });

  it("overflow by waiting too long: the wait URL says <Leave/>, then the hotline's voicemail", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, { hotline: { maxWaitSeconds: 60 } });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    const waitQuery = actionQuery(answer.text, "wait");
    expect(waitQuery).toEqual({ lang: "ru", max: "60" });
    await post("wait", { CallSid: sid, QueuePosition: "1", QueueTime: "0" }, { query: waitQuery });
    expect((await post("wait", { CallSid: sid, QueuePosition: "1", QueueTime: "61" }, { query: waitQuery })).text).toContain("<Leave/>");
    const overflow = await post("queue-result", { CallSid: sid, QueueResult: "leave", QueueTime: "61" }, { query: actionQuery(answer.text, "queue-result") });
    expect(overflow.text).toContain("Все операторы сейчас заняты.");
    expect(overflow.text).toContain("<Record ");
    const call = await callBySid(sid);
    expect(call).toMatchObject({ route: "OVERFLOW", waitSeconds: 61 });
    expect((await eventsOf(call!.id)).find((e) => e.type === "OVERFLOW")?.data).toEqual({ reason: "maxWait", action: "VOICEMAIL" });
  });

  it("overflow at arrival when the queue is full, forwarded to the hotline's overflow number", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, { hotline: { maxQueueSize: 1, overflowAction: "FORWARD", overflowForwardTo: "+79160001122" } });
    const first = newCallSid();
    await post("voice", voiceParams(number.e164, { CallSid: first }));
    await post("wait", { CallSid: first, QueuePosition: "1", QueueTime: "0" }, { query: { lang: "ru", max: "120" } });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain("Все операторы сейчас заняты.");
    expect(answer.text).toContain("<Number>+79160001122</Number>");
    await post("dial-result", { CallSid: sid, DialCallStatus: "completed", DialCallDuration: "95" }, { query: actionQuery(answer.text, "dial-result") });
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "104" });
    expect(await callBySid(sid)).toMatchObject({ route: "OVERFLOW", status: "COMPLETED", forwardedTo: "+79160001122" });
  });

  it("a menu: Gather, then the key chooses the language the caller is queued in", async () => {
    const t = await makeTenant("flow");
    const menu = { prompt: { ru: "Выберите язык." }, options: [{ digit: "1", label: "Русский", language: "ru" }, { digit: "2", label: "English", language: "en" }] };
    const { number } = await makeHotline(t, { hotline: { menu, languages: ["ru", "en"] } });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain("<Gather");
    expect(await callBySid(sid)).toMatchObject({ status: "IN_MENU" });
    const chosen = await post("menu", { CallSid: sid, Digits: "2" }, { query: actionQuery(answer.text, "menu") });
    expect(chosen.text).toContain("<Enqueue");
    expect(actionQuery(chosen.text, "wait").lang).toBe("en");
    expect(await callBySid(sid)).toMatchObject({ menuDigits: "2", language: "en" });
  });

  it("a paused hotline: polite message and hangup; the call is kept with route PAUSED and ends COMPLETED", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, { hotline: { status: "PAUSED" } });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain("Эта линия сейчас не обслуживается");
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "7" });
    expect(await callBySid(sid)).toMatchObject({ route: "PAUSED", status: "COMPLETED" });
  });

  it("no approved terms: the same polite 'not in service' and no terms version on the call", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, { terms: null });
    const sid = newCallSid();
    expect((await post("voice", voiceParams(number.e164, { CallSid: sid }))).text).toContain("не обслуживается");
    expect(await callBySid(sid)).toMatchObject({ route: "PAUSED", termsVersionId: null });
  });

  it("a premium line announces the price and keeps it on the call; an English line speaks en-US", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t, {
      locale: "en",
      currency: "USD",
      timezone: "America/New_York",
      hotline: { callerPricing: "PER_MINUTE", callerPricePerMinute: "2.5", recordingEnabled: true, languages: ["en"] },
    });
    const sid = newCallSid();
    const answer = await post("voice", voiceParams(number.e164, { CallSid: sid }));
    expect(answer.text).toContain('<Say language="en-US"');
    expect(answer.text).toContain("this call costs 2.50 US dollars per minute");
    expect(answer.text).toContain("This call may be recorded");
    expect((await callBySid(sid))!.callerPricePerMinute?.toString()).toBe("2.5");
  });

  it("a call forwarded from the client's own line verifies that line's forwarding", async () => {
    const t = await makeTenant("flow");
    const { number } = await makeHotline(t);
    const own = await db.phoneNumber.create({ data: { agencyId: t.agency.id, e164: "+74957771122", kind: "FORWARDED", provider: "CLIENT", forwardsToId: number.id } });
    const other = await db.phoneNumber.create({ data: { agencyId: t.agency.id, e164: "+74957771133", kind: "FORWARDED", provider: "CLIENT" } });
    const sid = newCallSid();
    await post("voice", voiceParams(number.e164, { CallSid: sid, ForwardedFrom: "+74957771122" }));
    await post("voice", voiceParams(number.e164, { ForwardedFrom: "+74957771133" }));
    expect((await db.phoneNumber.findUnique({ where: { id: own.id } }))!.forwardingVerifiedAt).not.toBeNull();
    expect((await db.phoneNumber.findUnique({ where: { id: other.id } }))!.forwardingVerifiedAt).toBeNull();
    expect(await callBySid(sid)).toMatchObject({ forwardedFrom: "+74957771122" });
  });
});
