import { callerGreeting } from "../flow/caller-greeting";
import { env } from "../../env";
import type { AppLocale } from "../../i18n/locale";
import type { TermsDocument } from "../../terms/terms.schema";
import type { FlowContext } from "../flow/answer-twiml";
import { readMenu } from "../flow/menu";
import { flowUrls } from "../flow/urls";
import { TELEPHONY_BASE_PATH } from "../webhook-urls";

/** The hotline settings the TwiML depends on (from the voice lookup, or from a call's hotline later). */
export type HotlineFlowFields = {
  hotlineId: string;
  hotlineName: string;
  maxWaitSeconds: number;
  maxQueueSize: number;
  recordingEnabled: boolean;
  recordingConsent: unknown;
  menu: unknown;
  callerPricing: "FREE" | "PER_MINUTE";
  callerPricePerMinute: string | null;
  currency: string;
};

export const callFlowUrls = () => flowUrls(`${env().PUBLIC_URL}${TELEPHONY_BASE_PATH}`);

function consentTexts(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== "object") return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export function buildFlowContext(h: HotlineFlowFields, language: AppLocale, terms: TermsDocument | null): FlowContext {
  const premium = h.callerPricing === "PER_MINUTE" && h.callerPricePerMinute !== null && Number(h.callerPricePerMinute) > 0;
  return {
    language,
    greeting: callerGreeting(terms?.general.greeting[language as keyof TermsDocument["general"]["greeting"]]),
    hotlineName: terms?.general.hotlineName || h.hotlineName,
    afterHoursMessage: terms?.hours.afterHours.message?.trim() || null,
    recordingEnabled: h.recordingEnabled,
    recordingConsent: consentTexts(h.recordingConsent),
    price: premium ? { perMinute: h.callerPricePerMinute!, currency: h.currency } : null,
    menu: readMenu(h.menu),
    queue: { hotlineId: h.hotlineId, maxWaitSeconds: h.maxWaitSeconds, maxQueueSize: h.maxQueueSize },
    urls: callFlowUrls(),
  };
}
