import type { HotlineInput } from "./hotlines.schema";

/** A new hotline's starting values: the schema's defaults, with the client's language first. */
export function newHotlineInput(clientLocale: string): HotlineInput {
  return {
    name: "",
    languages: clientLocale === "en" ? ["en"] : ["ru"],
    priority: "5",
    maxWaitSeconds: "120",
    maxQueueSize: "20",
    wrapUpSeconds: "30",
    overflowAction: "VOICEMAIL",
    overflowForwardTo: "",
    afterHoursMode: "FROM_TERMS",
    afterHoursForwardTo: "",
    recordingEnabled: false,
    consentEn: "",
    consentRu: "",
    menuEnabled: false,
    menuPromptEn: "",
    menuPromptRu: "",
    menuOptions: [],
    callerPricing: "FREE",
    callerPricePerMinute: "",
  };
}
