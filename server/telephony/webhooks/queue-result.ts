import { cancelOffersOfCall } from "../../acd/release-offer";
import { appendCallEvents } from "../../calls/append-events";
import { callEvent, dedupeKeys, type NewCallEvent } from "../../calls/call-events";
import { db } from "../../db";
import { overflowTwiml } from "../flow/answer-twiml";
import { emptyTwiml } from "../flow/queue-twiml";
import { overflowPlan } from "../flow/route-decision";
import { spokenLanguage } from "../flow/voice-texts";
import { loadCallHotline } from "./call-context";
import { callFlowUrls } from "./flow-context";
import { callSid, optionalInt, required } from "./params";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/** Twilio's QueueResult values that mean the queue gave up on the caller: the hotline's overflow follows. */
const OVERFLOW_REASON: Record<string, "maxWait" | "queueFull"> = { leave: "maxWait", "queue-full": "queueFull" };
const QUEUE_FAILED = new Set(["error", "system-error"]);

/**
 * The Enqueue action: how the caller left the queue. Hung up: ABANDONED with the queue time. Left on our
 * <Leave/> (waited the maximum) or the queue was full: overflow, voicemail or forward. Bridged or
 * redirected: the desk (issue 6) has the call; nothing more to say.
 */
export async function handleQueueResult(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const result = required(params, "QueueResult");
  const call = await loadCallHotline(db, sid);
  const language = spokenLanguage(query.get("lang"), call.language);
  const events: NewCallEvent[] = [callEvent("LEFT_QUEUE", dedupeKeys.leftQueue, hook.receivedAt, { result, queueSeconds: optionalInt(params, "QueueTime") })];
  let twiml = emptyTwiml();
  const reason = OVERFLOW_REASON[result];
  if (reason || QUEUE_FAILED.has(result)) {
    // A queue failure is not the caller's fault: they are offered a voicemail like an overflow.
    const plan = reason ? overflowPlan(call.overflow, reason) : ({ action: "VOICEMAIL", route: "OVERFLOW", reason: "maxWait" } as const);
    if (reason) events.push(callEvent("OVERFLOW", dedupeKeys.overflow, hook.receivedAt, { reason, action: plan.action === "FORWARD" ? "FORWARD" : "VOICEMAIL" }));
    twiml = overflowTwiml({ language, urls: callFlowUrls(), afterHoursMessage: null }, plan);
  }
  await appendCallEvents(db, sid, events);
  // Left the queue other than to an operator: an offer still ringing for it is cancelled (the ACD's).
  if (!result.startsWith("redirected") && result !== "bridged") await db.$transaction((tx) => cancelOffersOfCall(tx, call.callId));
  return twimlResponse(twiml);
}
