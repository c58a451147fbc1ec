import twilio from "twilio";
import { db } from "../db";
import { dialResultTwiml } from "../telephony/flow/after-queue-twiml";
import { spokenLanguage } from "../telephony/flow/voice-texts";
import { callFlowUrls } from "../telephony/webhooks/flow-context";
import { callSid, optionalInt } from "../telephony/webhooks/params";
import { WebhookRefusal } from "../telephony/webhooks/refusal";
import { twimlResponse, type Webhook } from "../telephony/webhooks/twilio-webhook";
import { webhookUrl } from "../telephony/webhook-urls";
import { endTalk } from "./end-talk";
import { isE164 } from "./ordering";
import { clientIdentity } from "./urls";

/**
 * Where the Calls API moves an accepted caller (telephony.connect) or a transferred one (telephony.transfer).
 * The signed query says which: `offer` (dial the operator's browser, identity op_<userId>) or `transfer`
 * (dial that number). The offer is looked up and must be ACCEPTED for this very CallSid.
 */
export async function handleConnect(hook: Webhook): Promise<Response> {
  const sid = callSid(hook.params);
  const response = new twilio.twiml.VoiceResponse();
  const transfer = hook.query.get("transfer");
  if (transfer) {
    if (!isE164(transfer)) throw new WebhookRefusal(400, "transfer target is not an E.164 number", {});
    response.dial({ timeout: 30 }).number(transfer);
    return twimlResponse(response.toString());
  }
  const offer = await db.callOffer.findUnique({ where: { id: hook.query.get("offer") ?? "" }, select: { id: true, status: true, operatorUserId: true, callId: true } });
  const call = offer && (await db.call.findUnique({ where: { id: offer.callId }, select: { providerCallId: true, agencyId: true } }));
  if (!offer || !call || call.providerCallId !== sid) throw new WebhookRefusal(404, "unknown offer for this CallSid", {});
  if (offer.status !== "ACCEPTED") throw new WebhookRefusal(404, "offer is not accepted", { agencyId: call.agencyId });
  const action = webhookUrl("connect-result", { offer: offer.id, lang: spokenLanguage(hook.query.get("lang")) });
  response.dial({ action, method: "POST", timeout: 20 }).client(clientIdentity(offer.operatorUserId));
  return twimlResponse(response.toString());
}

/**
 * The operator's Dial ended (either side hung up, or the browser never answered): the call's CONNECTED
 * phase ends with a WRAP_UP event (talk seconds counted to it) and the operator moves to WRAP_UP. Answered:
 * the caller is done, hang up. Not answered: the caller hears an apology and may leave a voicemail.
 */
export async function handleConnectResult(hook: Webhook): Promise<Response> {
  const sid = callSid(hook.params);
  const dialStatus = hook.params.DialCallStatus ?? "completed";
  const language = spokenLanguage(hook.query.get("lang"));
  const call = await db.call.findUnique({ where: { providerCallId: sid }, select: { id: true, agencyId: true, operatorUserId: true } });
  if (!call) throw new WebhookRefusal(404, "unknown CallSid", {});
  await db.$transaction((tx) => endTalk(tx, call, { by: "carrier", dialStatus, dialSeconds: optionalInt(hook.params, "DialCallDuration") }, hook.receivedAt));
  return twimlResponse(dialResultTwiml(language, dialStatus, callFlowUrls()));
}
