import twilio from "twilio";
import type { AppLocale } from "../../i18n/locale";
import type { FlowUrls } from "./urls";
import { say } from "./say";
import { voiceText } from "./voice-texts";

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;

/** Longest voicemail we keep, in seconds. */
export const VOICEMAIL_MAX_SECONDS = 180;

/**
 * A voicemail: the caller records after the tone; the action hears the recording, the recording callback
 * hears when the file is ready. With no sound Twilio skips the action and goes on to the goodbye.
 */
export function recordVoicemail(response: VoiceResponse, language: AppLocale, urls: FlowUrls): void {
  say(response, language, voiceText(language, "leaveMessage"));
  response.record({
    action: urls.voicemail(language),
    method: "POST",
    maxLength: VOICEMAIL_MAX_SECONDS,
    timeout: 5,
    playBeep: true,
    finishOnKey: "#",
    recordingStatusCallback: urls.recording("voicemail"),
    recordingStatusCallbackMethod: "POST",
  });
  say(response, language, voiceText(language, "noMessage"));
  response.hangup();
}

/** Forward to a number; the action hears how the forward went (and offers voicemail if it failed). */
export function forwardTo(response: VoiceResponse, language: AppLocale, to: string, urls: FlowUrls): void {
  say(response, language, voiceText(language, "forwarding"));
  const dial = response.dial({ action: urls.dialResult(language, to), method: "POST", timeout: 30 });
  dial.number(to);
}

/** After the Record action: thanks and goodbye. */
export function voicemailSavedTwiml(language: AppLocale): string {
  const response = new twilio.twiml.VoiceResponse();
  say(response, language, voiceText(language, "messageSaved"));
  response.hangup();
  return response.toString();
}

/** After the Dial action: done when the forward was answered, else an apology and a voicemail. */
export function dialResultTwiml(language: AppLocale, dialStatus: string, urls: FlowUrls): string {
  const response = new twilio.twiml.VoiceResponse();
  if (dialStatus === "completed" || dialStatus === "answered") {
    response.hangup();
  } else {
    say(response, language, voiceText(language, "forwardFailed"));
    recordVoicemail(response, language, urls);
  }
  return response.toString();
}

/** Paused hotline, inactive client or no approved terms: a polite message and a hangup. */
export function pausedTwiml(language: AppLocale): string {
  const response = new twilio.twiml.VoiceResponse();
  say(response, language, voiceText(language, "paused"));
  response.hangup();
  return response.toString();
}

/** A number we do not route (unknown, released, or assigned to no hotline): polite, in the country's language. */
export function unknownNumberTwiml(toNumber: string): string {
  const response = new twilio.twiml.VoiceResponse();
  if (toNumber.startsWith("+7")) say(response, "ru", voiceText("ru", "unknownNumber"));
  say(response, "en", voiceText("en", "unknownNumber"));
  response.hangup();
  return response.toString();
}
