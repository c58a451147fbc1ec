import twilio from "twilio";
import type { AppLocale } from "../../i18n/locale";
import type { FlowUrls } from "./urls";
import { say } from "./say";
import { voiceText } from "./voice-texts";

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;

export type QueueSettings = { hotlineId: string; maxWaitSeconds: number; maxQueueSize: number };

/** Twilio queues are per account and named: one per hotline. */
export const queueName = (hotlineId: string) => `hotline-${hotlineId}`;

/** The caller joins the hotline's queue; the wait URL entertains them, the action hears how they left. */
export function enqueue(response: VoiceResponse, language: AppLocale, queue: QueueSettings, urls: FlowUrls): void {
  response.enqueue(
    {
      action: urls.queueResult(language),
      method: "POST",
      waitUrl: urls.wait(language, queue.maxWaitSeconds),
      waitUrlMethod: "POST",
      maxQueueSize: queue.maxQueueSize,
    },
    queueName(queue.hotlineId),
  );
}

/** Between position announcements: 30 to 60 s with the announcement itself, shorter only to leave on time. */
export const HOLD_SECONDS = 40;

/**
 * The wait URL's answer, requested again each time it finishes: the caller's position, then hold; or
 * <Leave/> once they have waited the hotline's maximum, which sends them to the Enqueue action (overflow).
 */
export function waitTwiml(input: { language: AppLocale; position: number | null; queueSeconds: number; maxWaitSeconds: number }): string {
  const response = new twilio.twiml.VoiceResponse();
  const remaining = input.maxWaitSeconds - input.queueSeconds;
  if (remaining <= 0) {
    response.leave();
    return response.toString();
  }
  if (input.position !== null && input.position > 0) {
    const text = input.position === 1 ? voiceText(input.language, "positionNext") : voiceText(input.language, "position", { position: input.position });
    say(response, input.language, text);
  }
  response.pause({ length: Math.max(1, Math.min(HOLD_SECONDS, remaining)) });
  return response.toString();
}

/** An empty answer: nothing more for the caller (they hung up, or the desk took the call over). */
export function emptyTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
