import { callEvent, dedupeKeys } from "../../calls/call-events";
import { emptyTwiml } from "../flow/queue-twiml";
import { appendOr404 } from "./append-or-404";
import { callSid, carrierTime, optionalInt, required } from "./params";
import { WebhookRefusal } from "./refusal";
import { twimlResponse, type Webhook } from "./twilio-webhook";

const STATUSES = new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"]);

/**
 * A status callback: one CARRIER_STATUS event keyed by SequenceNumber (or by status when the carrier sends
 * none). Duplicates insert nothing; a late "ringing" after "completed" changes nothing, because the
 * projection ranks statuses instead of taking the last one to arrive.
 */
export async function handleStatus(hook: Webhook): Promise<Response> {
  const { params } = hook;
  const sid = callSid(params);
  const status = required(params, "CallStatus");
  if (!STATUSES.has(status)) throw new WebhookRefusal(400, "unknown CallStatus", {});
  const sequence = optionalInt(params, "SequenceNumber");
  const durationSeconds = optionalInt(params, "CallDuration");
  await appendOr404(sid, [
    callEvent("CARRIER_STATUS", dedupeKeys.carrierStatus(status, sequence), carrierTime(params, hook.receivedAt), { status, sequence, durationSeconds }),
  ]);
  return twimlResponse(emptyTwiml());
}
