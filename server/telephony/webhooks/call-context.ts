import type { Db } from "../../db";
import { spokenLanguage } from "../flow/voice-texts";
import type { HotlineFlowFields } from "./flow-context";
import { WebhookRefusal } from "./refusal";

/**
 * The call a follow-up webhook (menu, queue result) is about, with its hotline's current settings. The
 * hotline is reached through the call, inside the call's own agency. Unknown CallSid: 404, kept.
 */
export async function loadCallHotline(db: Db, providerCallId: string) {
  const call = await db.call.findUnique({
    where: { providerCallId },
    select: {
      id: true,
      agencyId: true,
      language: true,
      hotline: {
        select: {
          id: true,
          agencyId: true,
          name: true,
          maxWaitSeconds: true,
          maxQueueSize: true,
          recordingEnabled: true,
          recordingConsent: true,
          menu: true,
          callerPricing: true,
          callerPricePerMinute: true,
          overflowAction: true,
          overflowForwardTo: true,
          client: { select: { currency: true } },
        },
      },
    },
  });
  if (!call || call.hotline.agencyId !== call.agencyId) throw new WebhookRefusal(404, "unknown CallSid", {});
  const h = call.hotline;
  const fields: HotlineFlowFields = {
    hotlineId: h.id,
    hotlineName: h.name,
    maxWaitSeconds: h.maxWaitSeconds,
    maxQueueSize: h.maxQueueSize,
    recordingEnabled: h.recordingEnabled,
    recordingConsent: h.recordingConsent,
    menu: h.menu,
    callerPricing: h.callerPricing,
    callerPricePerMinute: h.callerPricePerMinute?.toString() ?? null,
    currency: h.client.currency,
  };
  return { callId: call.id, agencyId: call.agencyId, language: spokenLanguage(call.language), hotline: fields, overflow: { overflowAction: h.overflowAction, overflowForwardTo: h.overflowForwardTo } };
}
