import { wakeAcd } from "../../acd/wake";
import { callEvent, dedupeKeys } from "../../calls/call-events";
import { db } from "../../db";
import { waitTwiml } from "../flow/queue-twiml";
import { spokenLanguage } from "../flow/voice-texts";
import { appendOr404 } from "./append-or-404";
import { callSid, optionalInt } from "./params";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/**
 * The queue's wait URL, requested again and again while the caller waits. The first request marks when
 * the caller really joined the queue (now minus QueueTime: after the greeting, not at the voice webhook);
 * later ones insert nothing. Language and the wait limit come from the signed query we set.
 */
export async function handleWait(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const queueSeconds = optionalInt(params, "QueueTime") ?? 0;
  const position = optionalInt(params, "QueuePosition");
  const maxWaitSeconds = Number(query.get("max")) || 120;
  const language = spokenLanguage(query.get("lang"));
  const joinedAt = new Date(hook.receivedAt.getTime() - queueSeconds * 1000);
  const appended = await appendOr404(sid, [callEvent("QUEUED", dedupeKeys.queued, joinedAt, {})]);
  // A call just joined the queue: wake the ACD (server/acd/loop.ts) rather than wait for its sweep.
  if (appended.inserted > 0) await wakeAcd(db, appended.agencyId);
  return twimlResponse(waitTwiml({ language, position, queueSeconds, maxWaitSeconds }));
}
