import { translate } from "../../i18n/messages";
import { isLocale, type AppLocale } from "../../i18n/locale";

/**
 * What the caller hears, from the "voice" namespace of messages/<locale>/telephony.json. The caller hears
 * the hotline's language (the client's), not the locale of whoever configured it. Pure: the catalog is
 * static JSON.
 */
export type VoiceKey =
  | "defaultGreeting"
  | "recordingConsent"
  | "price"
  | "menuOption"
  | "menuRetry"
  | "position"
  | "positionNext"
  | "afterHours"
  | "overflow"
  | "leaveMessage"
  | "noMessage"
  | "messageSaved"
  | "forwarding"
  | "forwardFailed"
  | "paused"
  | "unknownNumber"
  | "queueError";

/** The spoken languages we have texts and a Say voice for; any other code falls back to the first given. */
export function spokenLanguage(...candidates: (string | null | undefined)[]): AppLocale {
  return (candidates.find((c) => isLocale(c)) as AppLocale | undefined) ?? "en";
}

export function voiceText(language: AppLocale, key: VoiceKey, values: Record<string, string | number> = {}): string {
  return translate(language, `voice.${key}`, values) ?? translate("en", `voice.${key}`, values) ?? key;
}

/** A price as a person says it: "49 Russian rubles", "1.50 US dollars" (no ".00" to read out). */
export function spokenPrice(language: AppLocale, amount: string, currency: string): string {
  const value = Number(amount);
  const whole = Number.isInteger(value);
  try {
    return new Intl.NumberFormat(language === "ru" ? "ru-RU" : "en-US", {
      style: "currency",
      currency,
      currencyDisplay: "name",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}
