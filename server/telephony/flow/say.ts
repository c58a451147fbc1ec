import type twilio from "twilio";
import type { AppLocale } from "../../i18n/locale";

type VoiceResponse = twilio.twiml.VoiceResponse;
type Sayer = Pick<VoiceResponse, "say">;

/** Say attributes per spoken language: the BCP-47 language Twilio needs, and a voice that speaks it. */
const SAY: Record<AppLocale, { language: "en-US" | "ru-RU"; voice: "Polly.Joanna" | "Polly.Tatyana" }> = {
  en: { language: "en-US", voice: "Polly.Joanna" },
  ru: { language: "ru-RU", voice: "Polly.Tatyana" },
};

export function sayAttributes(language: AppLocale) {
  return SAY[language];
}

/** Adds a <Say> in the caller's language; empty text says nothing (an unset greeting). */
export function say(target: Sayer, language: AppLocale, text: string | null | undefined): void {
  const trimmed = text?.trim();
  if (trimmed) target.say(SAY[language], trimmed);
}
