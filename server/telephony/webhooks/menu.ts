import { appendCallEvents } from "../../calls/append-events";
import { callEvent, dedupeKeys } from "../../calls/call-events";
import { db } from "../../db";
import { menuInputTwiml } from "../flow/answer-twiml";
import { spokenLanguage } from "../flow/voice-texts";
import { loadCallHotline } from "./call-context";
import { buildFlowContext } from "./flow-context";
import { callSid } from "./params";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/** The menu's Gather action (or its fallback redirect): the key pressed, then the queue or one more try. */
export async function handleMenu(hook: Webhook): Promise<Response> {
  const { params, query } = hook;
  const sid = callSid(params);
  const attempt = Math.min(Math.max(Number(query.get("attempt")) || 1, 1), 2);
  const call = await loadCallHotline(db, sid);
  const ctx = buildFlowContext(call.hotline, spokenLanguage(query.get("lang"), call.language), null);
  const digits = params.Digits?.trim() || null;
  const answer = menuInputTwiml(ctx, digits, attempt);
  if (digits || answer.chosen || attempt >= 2) {
    await appendCallEvents(db, sid, [
      callEvent("MENU_INPUT", dedupeKeys.menuInput(attempt), hook.receivedAt, { digits: digits ?? "", language: answer.chosen ? answer.language : null }),
    ]);
  }
  return twimlResponse(answer.twiml);
}
