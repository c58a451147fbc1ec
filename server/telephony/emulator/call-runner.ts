import { callParams } from "./call-params";
import { CallHalted, CallInterrupted, type CallStatus, type EmulatedCall, type Interrupt } from "./call-state";
import type { EmulatorContext } from "./context";
import { rfc2822 } from "./sids";
import { parseTwiml } from "./twiml-document";
import { TwimlParseError } from "./twiml-parse";
import { answer, executeDocument } from "./verbs/execute";
import type { Next } from "./verbs/types";
import { ApplicationError, notify, requestTwiml } from "./webhook-client";

/** Twilio's words when the app fails the call. */
export const APPLICATION_ERROR_TEXT = "We are sorry, an application error has occurred. Goodbye.";
/** A Redirect loop would run forever: past this many documents the call fails. */
const MAX_DOCUMENTS = 500;

/**
 * Runs one inbound call from the first ring to the status callback. Never throws: whatever the app answers
 * (bad TwiML, an HTTP error, a timeout), the caller hears the application-error message, the transcript says
 * why, and the call ends as failed.
 */
export async function runCall(ctx: EmulatorContext, call: EmulatedCall): Promise<void> {
  call.startCallerClock();
  call.log("ringing", { params: { from: call.request.from, to: call.request.to, forwardedFrom: call.request.forwardedFrom, language: call.request.language } });
  let next: Next | null = call.number.voiceUrl ? { kind: "fetch", url: call.number.voiceUrl, method: call.number.voiceMethod, params: {} } : null;
  if (!next) {
    call.log("error", { text: "the number has no VoiceUrl", params: { code: 21201 } });
    return applicationError(ctx, call);
  }
  let documents = 0;
  let fallbackUsed = false;
  while (next) {
    try {
      if (++documents > MAX_DOCUMENTS) throw new ApplicationError(12100, `more than ${MAX_DOCUMENTS} TwiML documents: a Redirect loop?`);
      call.checkpoint();
      const doc = next.kind === "fetch" ? await requestTwiml(ctx, call, next.url, next.method, { ...callParams(ctx, call), ...next.params }) : parseTwiml(next.twiml, next.baseUrl);
      const outcome = await executeDocument(ctx, call, doc, "call");
      next = outcome.kind === "next" ? outcome.next : null;
      if (!next) await finish(ctx, call, outcome.kind === "end" ? outcome.status : "completed");
    } catch (error) {
      if (error instanceof CallHalted) return;
      if (error instanceof CallInterrupted) {
        next = afterInterrupt(call, error.interrupt);
        // Twilio: hung up while still ringing is "canceled"; after the answer, "completed".
        if (!next) await finish(ctx, call, call.answeredAtMs === null ? "canceled" : "completed");
        continue;
      }
      const failure = asApplicationError(error, next);
      if (!(error instanceof ApplicationError) && !(error instanceof TwimlParseError)) ctx.log(`call ${call.sid}: ${(error as Error)?.stack ?? error}`);
      call.log("error", { text: failure.message, params: { code: failure.code, url: failure.url } });
      const fallback = call.number.voiceFallbackUrl;
      if (fallback && !fallbackUsed) {
        fallbackUsed = true;
        next = { kind: "fetch", url: fallback, method: "POST", params: { ErrorCode: String(failure.code), ErrorUrl: failure.url ?? "" } };
        continue;
      }
      next = null;
      await applicationError(ctx, call);
    }
  }
}

function afterInterrupt(call: EmulatedCall, interrupt: Interrupt): Next | null {
  if (interrupt.kind === "rest-redirect") {
    call.log("redirected by the Calls API", { params: { url: interrupt.url, twiml: interrupt.twiml } });
    if (interrupt.twiml !== undefined) return { kind: "twiml", twiml: interrupt.twiml, baseUrl: call.number.voiceUrl ?? "http://localhost/" };
    return { kind: "fetch", url: interrupt.url!, method: interrupt.method ?? "POST", params: {} };
  }
  call.log(interrupt.kind === "caller-hangup" ? "caller hung up" : "ended by the Calls API");
  return null;
}

function asApplicationError(error: unknown, next: Next | null): ApplicationError {
  if (error instanceof ApplicationError) return error;
  const url = next?.kind === "fetch" ? next.url : undefined;
  if (error instanceof TwimlParseError) return new ApplicationError(12100, `Document parse failure: ${error.message}`, url);
  return new ApplicationError(11200, `emulator error: ${(error as Error)?.message ?? String(error)}`, url);
}

async function applicationError(ctx: EmulatorContext, call: EmulatedCall) {
  if (call.ended) return;
  answer(call);
  call.log("Say", { text: APPLICATION_ERROR_TEXT, params: { voice: "carrier" } });
  try {
    await call.wait(APPLICATION_ERROR_TEXT.length * 0.06);
  } catch {
    // the caller hung up during the message: the call ends all the same
  }
  await finish(ctx, call, "failed");
}

/** Ends the call once and tells the number's StatusCallback (CallStatus, CallDuration, SequenceNumber …). */
export async function finish(ctx: EmulatorContext, call: EmulatedCall, status: CallStatus) {
  if (call.ended) return;
  if (call.queue) ctx.queues.remove(ctx.queues.get(call.queue.name), call.sid, Math.round(call.secondsSince(call.queue.joinedAtMs)));
  call.queue = null;
  call.markEnded(status);
  const duration = call.durationSeconds();
  call.log("ended", { params: { status, duration } });
  const callback = call.number.statusCallback;
  if (callback) {
    call.lastStatusCallback = {
      ...callParams(ctx, call), CallStatus: status, CallDuration: String(duration), Duration: String(Math.ceil(duration / 60)),
      Timestamp: rfc2822(new Date()), SequenceNumber: String(call.sequence++), CallbackSource: "call-progress-events",
    };
    await notify(ctx, call, "status-callback", callback, call.number.statusCallbackMethod, call.lastStatusCallback);
  }
  call.finished = true;
}
