import { holidayOn, isOpenAt, localParts } from "../../terms/hours";
import type { TermsDocument } from "../../terms/terms.schema";

/**
 * What happens to a call when it arrives: pure, from the hotline's settings, the client's terms version
 * in force, the client's time zone and the current queue. Hours and holidays are judged in the client's
 * zone (server/terms/hours.ts, DST correct).
 */
export type HotlineRouting = {
  status: "ACTIVE" | "PAUSED";
  maxQueueSize: number;
  overflowAction: "VOICEMAIL" | "FORWARD";
  overflowForwardTo: string | null;
  afterHoursMode: "FROM_TERMS" | "VOICEMAIL" | "FORWARD";
  afterHoursForwardTo: string | null;
};

export type RouteReason = "open" | "takeMessage" | "closed" | "holiday" | "queueFull" | "maxWait" | "hotlinePaused" | "noTerms" | "clientInactive";

export type CallPlan =
  | { action: "HANGUP"; route: "PAUSED"; reason: "hotlinePaused" | "noTerms" | "clientInactive" }
  | { action: "QUEUE"; route: "QUEUE" | "AFTER_HOURS"; reason: "open" | "takeMessage" }
  | { action: "VOICEMAIL"; route: "AFTER_HOURS" | "OVERFLOW"; reason: RouteReason }
  | { action: "FORWARD"; route: "AFTER_HOURS" | "OVERFLOW"; reason: RouteReason; to: string };

export type RouteInput = {
  hotline: HotlineRouting;
  terms: TermsDocument | null;
  clientActive: boolean;
  timezone: string;
  now: Date;
  /** Callers of this hotline waiting in the queue right now. */
  queueSize: number;
};

/** Voicemail, or forward when there is a number to forward to (else voicemail: never a dead end). */
function voicemailOrForward(route: "AFTER_HOURS" | "OVERFLOW", reason: RouteReason, forward: boolean, to: string | null | undefined): CallPlan {
  return forward && to ? { action: "FORWARD", route, reason, to } : { action: "VOICEMAIL", route, reason };
}

export function decideRoute({ hotline, terms, clientActive, timezone, now, queueSize }: RouteInput): CallPlan {
  if (!clientActive) return { action: "HANGUP", route: "PAUSED", reason: "clientInactive" };
  if (hotline.status === "PAUSED") return { action: "HANGUP", route: "PAUSED", reason: "hotlinePaused" };
  if (!terms) return { action: "HANGUP", route: "PAUSED", reason: "noTerms" };

  if (!isOpenAt(terms.hours, terms.hours.holidays, timezone, now)) {
    const afterHours = terms.hours.afterHours;
    const reason = holidayOn(terms.hours.holidays, localParts(now, timezone)) ? "holiday" : "closed";
    if (hotline.afterHoursMode === "VOICEMAIL") return { action: "VOICEMAIL", route: "AFTER_HOURS", reason };
    if (hotline.afterHoursMode === "FORWARD") return voicemailOrForward("AFTER_HOURS", reason, true, hotline.afterHoursForwardTo || afterHours.forwardTo);
    if (afterHours.action === "TAKE_MESSAGE") return { action: "QUEUE", route: "AFTER_HOURS", reason: "takeMessage" };
    return voicemailOrForward("AFTER_HOURS", reason, afterHours.action === "FORWARD", afterHours.forwardTo || hotline.afterHoursForwardTo);
  }
  if (queueSize >= hotline.maxQueueSize) {
    return voicemailOrForward("OVERFLOW", "queueFull", hotline.overflowAction === "FORWARD", hotline.overflowForwardTo);
  }
  return { action: "QUEUE", route: "QUEUE", reason: "open" };
}

/** What a caller gets when the queue gives up on them (waited too long, queue full). */
export function overflowPlan(hotline: Pick<HotlineRouting, "overflowAction" | "overflowForwardTo">, reason: "maxWait" | "queueFull"): CallPlan {
  return voicemailOrForward("OVERFLOW", reason, hotline.overflowAction === "FORWARD", hotline.overflowForwardTo);
}
