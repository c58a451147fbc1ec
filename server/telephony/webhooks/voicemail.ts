import { callEvent, dedupeKeys } from "../../calls/call-events";
import { voicemailSavedTwiml } from "../flow/after-queue-twiml";
import { emptyTwiml } from "../flow/queue-twiml";
import { spokenLanguage } from "../flow/voice-texts";
import { appendOr404 } from "./append-or-404";
import { callSid, optionalInt } from "./params";
import { WebhookRefusal } from "./refusal";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/** The voicemail Record's action: the caller's message (URL and length), then thanks and goodbye. */
export async function handleVoicemail(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const url = params.RecordingUrl?.trim() ?? "";
  const seconds = optionalInt(params, "RecordingDuration");
  const language = spokenLanguage(query.get("lang"));
  if (url && !/^https?:\/\//.test(url)) throw new WebhookRefusal(400, "malformed parameter RecordingUrl", {});
  // No URL means nothing was recorded (the caller hung up at the tone): the call then ends ABANDONED.
  if (url) await appendOr404(sid, [callEvent("VOICEMAIL", dedupeKeys.voicemail, hook.receivedAt, { url, seconds })]);
  return twimlResponse(voicemailSavedTwiml(language));
}

/** The recordingStatusCallback: the file is ready (voicemail, or the call's own recording). */
export async function handleRecording(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const status = params.RecordingStatus?.trim() || "completed";
  const recordingSid = params.RecordingSid?.trim();
  const url = params.RecordingUrl?.trim();
  if (!recordingSid) throw new WebhookRefusal(400, "missing parameter RecordingSid", {});
  if (!url || !/^https?:\/\//.test(url)) throw new WebhookRefusal(400, "missing or malformed parameter RecordingUrl", {});
  if (status === "completed") {
    const kind = query.get("kind") === "call" ? "call" : "voicemail";
    await appendOr404(sid, [
      callEvent("RECORDING", dedupeKeys.recording(recordingSid), hook.receivedAt, { url, seconds: optionalInt(params, "RecordingDuration"), kind, sid: recordingSid }),
    ]);
  }
  return twimlResponse(emptyTwiml());
}
