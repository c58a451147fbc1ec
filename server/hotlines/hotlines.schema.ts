import { z } from "zod";
import { toE164 } from "../lib/phone";

/**
 * A hotline's settings as the form holds them (numbers as typed strings, phones as people write them)
 * and, through `hotlineSchema(country)`, as stored: phones in E.164 read in the client's country, the
 * consent prompts and the menu as the JSON the call path reads, the price as an exact decimal string.
 * Messages are keys under `validation.` (messages/<locale>/hotlines.json), each at its field.
 */
export const HOTLINE_LANGUAGES = ["ru", "en"] as const;
export type HotlineLanguage = (typeof HOTLINE_LANGUAGES)[number];
export const LIMITS = {
  priority: [1, 10],
  maxWaitSeconds: [10, 3600],
  maxQueueSize: [1, 500],
  wrapUpSeconds: [0, 600],
} as const;

const int = (key: keyof typeof LIMITS) =>
  z.coerce
    .number<number | string>("validation.required")
    .int(`validation.hotlines.${key}Range`)
    .min(LIMITS[key][0], `validation.hotlines.${key}Range`)
    .max(LIMITS[key][1], `validation.hotlines.${key}Range`);
const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const language = z.enum(HOTLINE_LANGUAGES, "validation.hotlines.languageInvalid");

export const menuOptionSchema = z.object({
  digit: z.string().regex(/^[0-9]$/, "validation.hotlines.digitInvalid"),
  label: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  language,
});

export const hotlineFields = z.object({
  name: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  languages: z.array(language).min(1, "validation.hotlines.languagesRequired").max(HOTLINE_LANGUAGES.length),
  priority: int("priority"),
  maxWaitSeconds: int("maxWaitSeconds"),
  maxQueueSize: int("maxQueueSize"),
  wrapUpSeconds: int("wrapUpSeconds"),
  overflowAction: z.enum(["VOICEMAIL", "FORWARD"]),
  overflowForwardTo: text(40),
  afterHoursMode: z.enum(["FROM_TERMS", "VOICEMAIL", "FORWARD"]),
  afterHoursForwardTo: text(40),
  recordingEnabled: z.boolean(),
  consentEn: text(500),
  consentRu: text(500),
  menuEnabled: z.boolean(),
  menuPromptEn: text(500),
  menuPromptRu: text(500),
  menuOptions: z.array(menuOptionSchema).max(10, "validation.hotlines.menuTooLong"),
  callerPricing: z.enum(["FREE", "PER_MINUTE"]),
  callerPricePerMinute: text(20),
});
export type HotlineInput = z.input<typeof hotlineFields>;

export type HotlineMenu = { prompt: Partial<Record<HotlineLanguage, string>>; options: { digit: string; label: string; language: HotlineLanguage }[] };

/** What is stored on the Hotline row. */
export type HotlineData = {
  name: string;
  languages: HotlineLanguage[];
  priority: number;
  maxWaitSeconds: number;
  maxQueueSize: number;
  wrapUpSeconds: number;
  overflowAction: "VOICEMAIL" | "FORWARD";
  overflowForwardTo: string | null;
  afterHoursMode: "FROM_TERMS" | "VOICEMAIL" | "FORWARD";
  afterHoursForwardTo: string | null;
  recordingEnabled: boolean;
  recordingConsent: Partial<Record<HotlineLanguage, string>>;
  menu: HotlineMenu | null;
  callerPricing: "FREE" | "PER_MINUTE";
  callerPricePerMinute: string | null;
};

const PRICE = /^\d{1,8}([.,]\d{1,4})?$/;
const nonEmpty = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Partial<Record<HotlineLanguage, string>>;

/** The full rules, for a client in `country` (whose numbers may be typed without the +). */
export function hotlineSchema(country: string) {
  return hotlineFields.transform((v, ctx): HotlineData => {
    let failed = false;
    const fail = (path: (string | number)[], message: string) => {
      ctx.addIssue({ code: "custom", path, message });
      failed = true;
    };
    const phone = (field: "overflowForwardTo" | "afterHoursForwardTo", needed: boolean) => {
      if (!needed) return null;
      if (!v[field]) return fail([field], "validation.hotlines.forwardRequired"), null;
      const e164 = toE164(v[field], country);
      if (!e164) fail([field], "validation.hotlines.phoneInvalid");
      return e164;
    };
    const overflowForwardTo = phone("overflowForwardTo", v.overflowAction === "FORWARD");
    const afterHoursForwardTo = phone("afterHoursForwardTo", v.afterHoursMode === "FORWARD");

    if (new Set(v.languages).size !== v.languages.length) fail(["languages"], "validation.hotlines.languagesDuplicate");
    let menu: HotlineMenu | null = null;
    if (v.menuEnabled) {
      if (v.menuOptions.length === 0) fail(["menuOptions"], "validation.hotlines.menuEmpty");
      const seen = new Set<string>();
      v.menuOptions.forEach((o, i) => {
        if (seen.has(o.digit)) fail(["menuOptions", i, "digit"], "validation.hotlines.digitDuplicate");
        seen.add(o.digit);
      });
      const prompt = nonEmpty({ en: v.menuPromptEn, ru: v.menuPromptRu });
      if (!prompt[v.languages[0] ?? "ru"]) fail([v.languages[0] === "en" ? "menuPromptEn" : "menuPromptRu"], "validation.hotlines.menuPromptRequired");
      menu = { prompt, options: v.menuOptions };
    }
    let price: string | null = null;
    if (v.callerPricing === "PER_MINUTE") {
      const normalised = v.callerPricePerMinute.replace(",", ".");
      if (!PRICE.test(v.callerPricePerMinute) || Number(normalised) <= 0) fail(["callerPricePerMinute"], "validation.hotlines.priceInvalid");
      else price = normalised;
    }
    if (failed) return z.NEVER;
    return {
      name: v.name,
      languages: v.languages,
      priority: v.priority,
      maxWaitSeconds: v.maxWaitSeconds,
      maxQueueSize: v.maxQueueSize,
      wrapUpSeconds: v.wrapUpSeconds,
      overflowAction: v.overflowAction,
      overflowForwardTo,
      afterHoursMode: v.afterHoursMode,
      afterHoursForwardTo,
      recordingEnabled: v.recordingEnabled,
      recordingConsent: v.recordingEnabled ? nonEmpty({ en: v.consentEn, ru: v.consentRu }) : {},
      menu,
      callerPricing: v.callerPricing,
      callerPricePerMinute: price,
    };
  });
}

export const hotlineIdSchema = z.object({ hotlineId: z.string().min(1).max(64) });
export const hotlineStatusSchema = hotlineIdSchema.extend({ status: z.enum(["ACTIVE", "PAUSED"]) });
export const hotlineNumberSchema = hotlineIdSchema.extend({ numberId: z.string().min(1).max(64) });

/** "Place a test call": who calls, in what language, what they press and how long they stay. */
export const testCallFields = z.object({
  from: z.string().trim().min(1, "validation.required").max(40, "validation.tooLong"),
  language,
  digits: z.string().trim().regex(/^[0-9*#]{0,10}$/, "validation.hotlines.digitsInvalid"),
  staySeconds: z.coerce.number<number | string>("validation.required").int("validation.hotlines.stayRange").min(5, "validation.hotlines.stayRange").max(600, "validation.hotlines.stayRange"),
});
export type TestCallInput = z.input<typeof testCallFields>;
export const testCallStatusSchema = hotlineIdSchema.extend({ callSid: z.string().min(1).max(64) });
