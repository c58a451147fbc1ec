import { appendCallEvents } from "../../calls/append-events";
import type { NewCallEvent } from "../../calls/call-events";
import { db } from "../../db";
import { WebhookRefusal } from "./refusal";

/** Appends to the call with this CallSid; a CallSid we never answered is a 404 with its reason, kept. */
export async function appendOr404(providerCallId: string, events: readonly NewCallEvent[]) {
  const result = await appendCallEvents(db, providerCallId, events);
  if (!result) throw new WebhookRefusal(404, "unknown CallSid", {});
  return result;
}
