import { describe, expect, it } from "vitest";
import { hotlineSchema } from "@/server/hotlines/hotlines.schema";
import { hotlineInput } from "../support/hotline-input";

const ru = hotlineSchema("RU");
const issues = (input: Parameters<typeof ru.safeParse>[0]) => ru.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("hotline settings", () => {
  it("stores phones in E.164 read in the client's country, the price as an exact decimal, empty texts dropped", () => {
    const data = ru.parse(
      hotlineInput({ overflowAction: "FORWARD", overflowForwardTo: "8 912 345-67-89", callerPricing: "PER_MINUTE", callerPricePerMinute: "49,9", recordingEnabled: true, consentEn: "Recorded." }),
    );
    expect(data).toMatchObject({ overflowForwardTo: "+79123456789", afterHoursForwardTo: null, callerPricePerMinute: "49.9", recordingConsent: { en: "Recorded." }, menu: null });
  });
  it("ignores the forward number and price when their option is off", () => {
    expect(ru.parse(hotlineInput({ overflowForwardTo: "garbage", callerPricePerMinute: "abc" }))).toMatchObject({ overflowForwardTo: null, callerPricePerMinute: null });
  });
  it("asks for what an option needs, at its field", () => {
    expect(issues(hotlineInput({ afterHoursMode: "FORWARD" }))).toEqual([["afterHoursForwardTo", "validation.hotlines.forwardRequired"]]);
    expect(issues(hotlineInput({ callerPricing: "PER_MINUTE", callerPricePerMinute: "-1" }))).toEqual([["callerPricePerMinute", "validation.hotlines.priceInvalid"]]);
    expect(issues(hotlineInput({ menuEnabled: true }))).toEqual([
      ["menuOptions", "validation.hotlines.menuEmpty"],
      ["menuPromptRu", "validation.hotlines.menuPromptRequired"],
    ]);
    expect(issues(hotlineInput({ languages: ["en"], menuEnabled: true, menuPromptRu: "Меню", menuOptions: [{ digit: "1", label: "Sales", language: "en" }] }))).toEqual([
      ["menuPromptEn", "validation.hotlines.menuPromptRequired"],
    ]);
    expect(issues(hotlineInput({ languages: [] }))).toEqual([["languages", "validation.hotlines.languagesRequired"]]);
    expect(issues(hotlineInput({ priority: "11", wrapUpSeconds: "-1" }))).toEqual([
      ["priority", "validation.hotlines.priorityRange"],
      ["wrapUpSeconds", "validation.hotlines.wrapUpSecondsRange"],
    ]);
  });
});
