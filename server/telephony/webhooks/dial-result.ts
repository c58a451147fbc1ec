import { callEvent, dedupeKeys } from "../../calls/call-events";
import { dialResultTwiml } from "../flow/after-queue-twiml";
import { spokenLanguage } from "../flow/voice-texts";
import { appendOr404 } from "./append-or-404";
import { callFlowUrls } from "./flow-context";
import { callSid, optionalInt, required } from "./params";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/** The forward's Dial action: answered (done) or not (apology and voicemail). `to` is in the signed query. */
export async function handleDialResult(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const dialStatus = required(params, "DialCallStatus");
  const language = spokenLanguage(query.get("lang"));
  await appendOr404(sid, [
    callEvent("FORWARDED", dedupeKeys.forwarded, hook.receivedAt, { to: query.get("to") ?? "", dialStatus, dialSeconds: optionalInt(params, "DialCallDuration") }),
  ]);
  return twimlResponse(dialResultTwiml(language, dialStatus, callFlowUrls()));
}
