import { describe, expect, it } from "vitest";
import twilio from "twilio";
import { parseTwiml, resolveUrl } from "@/server/telephony/emulator/twiml-document";
import { TwimlParseError } from "@/server/telephony/emulator/twiml-parse";
import { takeDigits } from "@/server/telephony/emulator/verbs/gather";

describe("the emulator's TwiML reader", () => {
  it("reads what twilio.twiml.VoiceResponse writes, entities and nesting included", () => {
    const response = new twilio.twiml.VoiceResponse();
    response.say({ language: "ru-RU", voice: "Polly.Tatyana" }, "Клиника «Аврора» & Co <1>");
    const gather = response.gather({ numDigits: 1, action: "/menu?lang=ru&attempt=1" });
    gather.say("Press 1");
    response.enqueue({ waitUrl: "/wait", action: "/queue-result" }, "hotline-1");
    const doc = parseTwiml(response.toString(), "http://app/voice");
    expect(doc.verbs.map((v) => v.name)).toEqual(["Say", "Gather", "Enqueue"]);
    expect(doc.verbs[0]).toMatchObject({ attrs: { language: "ru-RU", voice: "Polly.Tatyana" }, text: "Клиника «Аврора» & Co <1>" });
    expect(doc.verbs[1]!.attrs.action).toBe("/menu?lang=ru&attempt=1");
    expect(doc.verbs[1]!.children[0]!.text).toBe("Press 1");
    expect(doc.verbs[2]!.text).toBe("hotline-1");
  });

  it("accepts comments, CDATA and self-closing verbs", () => {
    const doc = parseTwiml(`<?xml version="1.0"?><!-- hi --><Response><Say><![CDATA[a < b]]></Say><Hangup /></Response>`, "http://app/");
    expect(doc.verbs.map((v) => [v.name, v.text])).toEqual([["Say", "a < b"], ["Hangup", ""]]);
  });

  it.each([
    ["<Response><Say>x</Response>", /does not close/],
    ["<Response><Say>x</Say>", /not closed/],
    ["<Reply/>", /expected <Response>/],
    ["<Response><Sya/></Response>", /not a TwiML voice verb/],
    ["<Response><Gather><Dial/></Gather></Response>", /cannot be nested/],
    ["<Response><Say>&nbsp;</Say></Response>", /unknown entity/],
    ["<Response/><Response/>", /after the root/],
    ["just text", /outside the root/],
    ["", /empty document/],
  ])("refuses %j with a reason", (source, reason) => {
    expect(() => parseTwiml(source, "http://app/")).toThrow(TwimlParseError);
    expect(() => parseTwiml(source, "http://app/")).toThrow(reason);
  });

  it("resolves relative action URLs against the document, as Twilio does", () => {
    expect(resolveUrl("menu?x=1", "http://app/api/telephony/twilio/voice")).toBe("http://app/api/telephony/twilio/menu?x=1");
    expect(resolveUrl("/wait", "http://app/api/voice")).toBe("http://app/wait");
  });
});

describe("the caller's scripted keys", () => {
  it("takes numDigits keys, or up to finishOnKey, leaving the rest for the next Gather", () => {
    expect(takeDigits("12", 1, "#")).toEqual({ digits: "1", finishedOnKey: "", rest: "2" });
    expect(takeDigits("123#9", null, "#")).toEqual({ digits: "123", finishedOnKey: "#", rest: "9" });
    expect(takeDigits("55", null, "#")).toEqual({ digits: "55", finishedOnKey: "", rest: "" });
  });
});
