import { describe, expect, it } from "vitest";
import { answerTwiml, menuInputTwiml, overflowTwiml, type FlowContext } from "@/server/telephony/flow/answer-twiml";
import { dialResultTwiml, unknownNumberTwiml, voicemailSavedTwiml } from "@/server/telephony/flow/after-queue-twiml";
import { readMenu } from "@/server/telephony/flow/menu";
import { waitTwiml } from "@/server/telephony/flow/queue-twiml";
import { flowUrls } from "@/server/telephony/flow/urls";

const BASE = "https://switchboard.example/api/telephony/twilio";
const urls = flowUrls(BASE);
const amp = (s: string) => s.replace(/&/g, "&amp;");

function ctx(overrides: Partial<FlowContext> = {}): FlowContext {
  return {
    language: "ru",
    greeting: "Аврора Дентал, здравствуйте!",
    hotlineName: "Аврора Дентал",
    afterHoursMessage: null,
    recordingEnabled: false,
    recordingConsent: {},
    price: null,
    menu: null,
    queue: { hotlineId: "h1", maxWaitSeconds: 90, maxQueueSize: 7 },
    urls,
    ...overrides,
  };
}
const queuePlan = { action: "QUEUE", route: "QUEUE", reason: "open" } as const;

describe("TwiML of the voice webhook", () => {
  it("in hours: the greeting in Russian, then the hotline's queue with the wait URL and the action", () => {
    const xml = answerTwiml(queuePlan, ctx());
    expect(xml).toContain('<Say language="ru-RU" voice="Polly.Tatyana">Аврора Дентал, здравствуйте!</Say>');
    expect(xml).toContain(`<Enqueue action="${amp(urls.queueResult("ru"))}" method="POST" waitUrl="${amp(urls.wait("ru", 90))}" waitUrlMethod="POST" maxQueueSize="7">hotline-h1</Enqueue>`);
    expect(xml).not.toContain("<Gather");
    expect(xml.indexOf("<Say")).toBeLessThan(xml.indexOf("<Enqueue"));
  });

  it("an English line without a greeting in the terms says the default one in en-US", () => {
    const xml = answerTwiml(queuePlan, ctx({ language: "en", greeting: null, hotlineName: "Bluebird Plumbing" }));
    expect(xml).toContain('<Say language="en-US" voice="Polly.Joanna">Thank you for calling Bluebird Plumbing.</Say>');
  });

  it("a recorded line asks consent (the hotline's text, else the default) before the queue", () => {
    expect(answerTwiml(queuePlan, ctx({ recordingEnabled: true }))).toContain("Разговор может записываться");
    const own = answerTwiml(queuePlan, ctx({ recordingEnabled: true, recordingConsent: { ru: "Мы записываем звонки." } }));
    expect(own).toContain("Мы записываем звонки.");
    expect(answerTwiml(queuePlan, ctx())).not.toContain("записыва");
  });

  it("a premium line announces its price per minute in the client's currency, spoken", () => {
    expect(answerTwiml(queuePlan, ctx({ price: { perMinute: "49.0000", currency: "RUB" } }))).toContain("стоимость звонка — 49 российских рублей в минуту");
    expect(answerTwiml(queuePlan, ctx({ language: "en", price: { perMinute: "1.5", currency: "USD" } }))).toContain("this call costs 1.50 US dollars per minute");
  });

  it("a menu is a Gather with the prompt and each option (in its own language), falling back to the same handler", () => {
    const menu = readMenu({ prompt: { ru: "Выберите отдел." }, options: [{ digit: "1", label: "Запись на приём" }, { digit: "2", label: "English", language: "en" }] });
    const xml = answerTwiml(queuePlan, ctx({ menu }));
    expect(xml).toContain(`<Gather input="dtmf" numDigits="1" timeout="6" action="${amp(urls.menu("ru", 1))}" method="POST" actionOnEmptyResult="true">`);
    expect(xml).toContain("Выберите отдел.");
    expect(xml).toContain("Запись на приём — нажмите 1.");
    expect(xml).toContain('<Say language="en-US" voice="Polly.Joanna">For English, press 2.</Say>');
    expect(xml).toContain(`<Redirect method="POST">${amp(urls.menu("ru", 1))}</Redirect>`);
    expect(xml).not.toContain("<Enqueue");

    const english = menuInputTwiml(ctx({ menu }), "2", 1);
    expect(english).toMatchObject({ language: "en", chosen: true });
    expect(english.twiml).toContain(amp(urls.wait("en", 90)));
    const wrong = menuInputTwiml(ctx({ menu }), "9", 1);
    expect(wrong.twiml).toContain("Извините, такого варианта нет.");
    expect(wrong.twiml).toContain(amp(urls.menu("ru", 2)));
    expect(menuInputTwiml(ctx({ menu }), null, 2).twiml).toContain("<Enqueue");
  });

  it("after hours with voicemail: the terms' message, then Record with an action and a recording callback", () => {
    const xml = answerTwiml({ action: "VOICEMAIL", route: "AFTER_HOURS", reason: "closed" }, ctx({ afterHoursMessage: "Мы работаем с 9 до 18." }));
    expect(xml).toContain("Мы работаем с 9 до 18.");
    expect(xml).toContain(
      `<Record action="${amp(urls.voicemail("ru"))}" method="POST" maxLength="180" timeout="5" playBeep="true" finishOnKey="#" recordingStatusCallback="${amp(urls.recording("voicemail"))}" recordingStatusCallbackMethod="POST"/>`,
    );
    expect(xml).toMatch(/<\/Say><Hangup\/><\/Response>$/);
    expect(xml).not.toContain("<Enqueue");
  });

  it("after hours with forwarding: Dial the number with an action that knows where it went", () => {
    const xml = answerTwiml({ action: "FORWARD", route: "AFTER_HOURS", reason: "closed", to: "+79161234567" }, ctx());
    expect(xml).toContain(`<Dial action="${amp(urls.dialResult("ru", "+79161234567"))}" method="POST" timeout="30"><Number>+79161234567</Number></Dial>`);
  });

  it("take-a-message after hours still queues, after saying the line is closed", () => {
    const xml = answerTwiml({ action: "QUEUE", route: "AFTER_HOURS", reason: "takeMessage" }, ctx());
    expect(xml).toContain("Сейчас мы не работаем.");
    expect(xml).toContain("<Enqueue");
  });

  it("overflow at arrival: operators busy, then voicemail", () => {
    const xml = answerTwiml({ action: "VOICEMAIL", route: "OVERFLOW", reason: "queueFull" }, ctx());
    expect(xml).toContain("Все операторы сейчас заняты.");
    expect(xml).toContain("<Record");
  });

  it("a paused line: a polite message and a hangup, no greeting", () => {
    const xml = answerTwiml({ action: "HANGUP", route: "PAUSED", reason: "hotlinePaused" }, ctx());
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ru-RU" voice="Polly.Tatyana">Эта линия сейчас не обслуживается. Пожалуйста, перезвоните позже. До свидания.</Say><Hangup/></Response>');
  });
});

describe("TwiML of the queue and after it", () => {
  it("the wait URL says the position and holds 40 s, shorter only to leave on time", () => {
    const xml = waitTwiml({ language: "ru", position: 3, queueSeconds: 0, maxWaitSeconds: 120 });
    expect(xml).toContain("Ваш номер в очереди — 3.");
    expect(xml).toContain('<Pause length="40"/>');
    expect(waitTwiml({ language: "en", position: 1, queueSeconds: 100, maxWaitSeconds: 120 })).toContain('You are next in the queue');
    expect(waitTwiml({ language: "en", position: 1, queueSeconds: 100, maxWaitSeconds: 120 })).toContain('<Pause length="20"/>');
  });

  it("the wait URL answers <Leave/> once the caller has waited the maximum", () => {
    expect(waitTwiml({ language: "ru", position: 2, queueSeconds: 120, maxWaitSeconds: 120 })).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Leave/></Response>');
  });

  it("overflow from the queue: busy message then voicemail or forward", () => {
    expect(overflowTwiml({ language: "en", urls, afterHoursMessage: null }, { action: "VOICEMAIL", route: "OVERFLOW", reason: "maxWait" })).toContain("All our operators are busy");
    expect(overflowTwiml({ language: "en", urls, afterHoursMessage: null }, { action: "FORWARD", route: "OVERFLOW", reason: "maxWait", to: "+12125550123" })).toContain(
      "<Number>+12125550123</Number>",
    );
  });

  it("after a voicemail: thanks and hangup; after a forward: hang up if answered, else offer voicemail", () => {
    expect(voicemailSavedTwiml("en")).toContain("your message has been recorded");
    expect(dialResultTwiml("en", "completed", urls)).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    const failed = dialResultTwiml("ru", "no-answer", urls);
    expect(failed).toContain("не удалось вас соединить");
    expect(failed).toContain("<Record");
  });

  it("an unknown number: Russian and English for a +7 number, English elsewhere, then hangup", () => {
    const ru = unknownNumberTwiml("+74955550101");
    expect(ru).toContain('language="ru-RU"');
    expect(ru).toContain('language="en-US"');
    expect(ru).toMatch(/<Hangup\/><\/Response>$/);
    expect(unknownNumberTwiml("+12125550100")).not.toContain("ru-RU");
  });
});
