import { callParams } from "../call-params";
import { CallInterrupted } from "../call-state";
import { recordingUrl } from "../recordings";
import { rfc2822 } from "../sids";
import { methodAttr, numberAttr, resolveUrl } from "../twiml-document";
import { notify } from "../webhook-client";
import { CONTINUE, type Outcome, type VerbRun } from "./types";

/** What the caller says into a voicemail when the script does not say how long. */
const DEFAULT_VOICEMAIL_SECONDS = 8;

/**
 * <Record>: a beep, the caller speaks for voicemailSeconds (at most maxLength), then `timeout` seconds of
 * silence end it. The action hears RecordingUrl (served by the emulator), RecordingDuration and Digits; the
 * recordingStatusCallback hears RecordingStatus=completed. A hang-up mid-message still delivers both.
 */
export async function record(run: VerbRun): Promise<Outcome> {
  const { ctx, call, node, doc } = run;
  const timeout = numberAttr(node, "timeout", 5);
  const maxLength = numberAttr(node, "maxLength", 3600);
  const action = resolveUrl(node.attrs.action ?? doc.url, doc.url);
  const method = methodAttr(node);
  const statusCallback = node.attrs.recordingStatusCallback ? resolveUrl(node.attrs.recordingStatusCallback, doc.url) : null;
  if (node.attrs.playBeep !== "false") {
    call.log("beep");
    await call.wait(0.5);
  }
  const speak = Math.min(call.request.voicemailSeconds ?? DEFAULT_VOICEMAIL_SECONDS, maxLength);
  const startedMs = Date.now();
  let interrupted: CallInterrupted | null = null;
  try {
    await call.wait(speak);
    if (speak < maxLength) await call.wait(timeout);
  } catch (error) {
    if (!(error instanceof CallInterrupted)) throw error;
    interrupted = error;
  }
  // Twilio trims the trailing silence: the duration is what the caller said.
  const seconds = Math.round(Math.min(speak, call.secondsSince(startedMs)));
  const recording = ctx.recordings.add(call.sid, seconds);
  const url = recordingUrl(ctx.baseUrl(), ctx.accountSid, recording.sid);
  const hungUp = interrupted !== null && interrupted.interrupt.kind !== "rest-redirect";
  call.log("Record", { params: { seconds, url, ended: interrupted ? interrupted.interrupt.kind : "silence" } });
  const recordingParams = { RecordingUrl: url, RecordingSid: recording.sid, RecordingDuration: String(seconds), Digits: hungUp ? "hangup" : "" };
  if (statusCallback && seconds > 0) {
    void notify(ctx, call, "recording-status", statusCallback, methodAttr(node, "recordingStatusCallbackMethod"), {
      AccountSid: ctx.accountSid, CallSid: call.sid, RecordingSid: recording.sid, RecordingUrl: url, RecordingStatus: "completed",
      RecordingDuration: String(seconds), RecordingChannels: "1", RecordingSource: "RecordVerb", RecordingStartTime: rfc2822(new Date(startedMs)),
    });
  }
  if (interrupted) {
    if (hungUp && seconds > 0) await notify(ctx, call, "record-action", action, method, { ...callParams(ctx, call), CallStatus: "completed", ...recordingParams });
    throw interrupted;
  }
  // An empty recording moves on to the next verb, as on Twilio.
  if (seconds === 0) return CONTINUE;
  return { kind: "next", next: { kind: "fetch", url: action, method, params: recordingParams } };
}
