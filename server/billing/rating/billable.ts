import type { BillableTime } from "./plan";

/**
 * Billable time of one call. Stripe's meters only sum, so everything per call happens here, in this order:
 * free short calls (raw time under `freeUnderSeconds` → 0), then the minimum (`minimumSeconds`), then the
 * increment (rounded UP to a multiple of `incrementSeconds`). A call with no counted time is never billed,
 * whatever the minimum.
 */
export function billableSeconds(rawSeconds: number, rules: { freeUnderSeconds: number; minimumSeconds: number; incrementSeconds: number }): number {
  if (!Number.isInteger(rawSeconds) || rawSeconds < 0) throw new RangeError(`raw seconds must be a non-negative integer: ${rawSeconds}`);
  if (!Number.isInteger(rules.incrementSeconds) || rules.incrementSeconds <= 0) throw new RangeError("increment must be a positive integer");
  if (rawSeconds === 0 || rawSeconds < rules.freeUnderSeconds) return 0;
  const atLeast = Math.max(rawSeconds, rules.minimumSeconds);
  return Math.ceil(atLeast / rules.incrementSeconds) * rules.incrementSeconds;
}

/** What a completed call contributes, as the rating reads it (seconds are whole numbers). */
export type CallTimes = {
  startedAt: Date;
  endedAt: Date | null;
  /** Null when no operator ever answered. */
  connectedAt: Date | null;
  status: string;
  menuAt: Date | null;
  talkSeconds: number | null;
  /** From the wrap-up start to the desk's form submission. */
  wrapUpSeconds: number | null;
  /** The carrier's duration (whole call), else endedAt − startedAt. */
  durationSeconds: number | null;
  voicemailSeconds: number | null;
};

export function wholeCallSeconds(call: CallTimes): number {
  if (call.durationSeconds !== null && call.durationSeconds >= 0) return call.durationSeconds;
  if (!call.endedAt) return 0;
  return Math.max(0, Math.round((call.endedAt.getTime() - call.startedAt.getTime()) / 1000));
}

/** A call no operator answered that a machine handled: the menu, or a voicemail (automated minutes). */
export function isAutomated(call: CallTimes): boolean {
  return call.connectedAt === null && (call.menuAt !== null || call.status === "VOICEMAIL" || (call.voicemailSeconds ?? 0) > 0);
}

/**
 * Raw seconds counted under the plan's `billableTime`. An answered call: talk, talk + wrap-up, or the whole
 * call (queue and menu included). An automated call (no operator): its whole duration, whatever the
 * setting — those are the automated minutes. Any other unanswered call (hung up in the queue, failed):
 * only under WHOLE_CALL, which counts the queue.
 */
export function rawSeconds(call: CallTimes, billableTime: BillableTime): number {
  if (call.connectedAt === null) {
    if (isAutomated(call)) return wholeCallSeconds(call);
    return billableTime === "WHOLE_CALL" ? wholeCallSeconds(call) : 0;
  }
  const talk = Math.max(0, call.talkSeconds ?? 0);
  if (billableTime === "TALK") return talk;
  if (billableTime === "TALK_WRAP_UP") return talk + Math.max(0, call.wrapUpSeconds ?? 0);
  return wholeCallSeconds(call);
}
