import type { CallRoute, CallStatus } from "../generated/prisma/enums";

/**
 * The call states and routes as plain lists (for filters and forms), and which states are final: a call
 * in a final state changes no more (except late carrier callbacks filling in durations), so the calls
 * list stops polling once every listed call is final.
 */
export const CALL_STATUSES = [
  "RINGING",
  "IN_MENU",
  "QUEUED",
  "OFFERED",
  "CONNECTED",
  "WRAP_UP",
  "COMPLETED",
  "ABANDONED",
  "VOICEMAIL",
  "FAILED",
] as const satisfies readonly CallStatus[];

export const CALL_ROUTES = ["QUEUE", "AFTER_HOURS", "OVERFLOW", "PAUSED"] as const satisfies readonly CallRoute[];

export const FINAL_STATUSES = ["COMPLETED", "ABANDONED", "VOICEMAIL", "FAILED"] as const satisfies readonly CallStatus[];

export function isFinalStatus(status: CallStatus): boolean {
  return (FINAL_STATUSES as readonly CallStatus[]).includes(status);
}

/** True while any of the calls may still change: the list refreshes itself until then. */
export function anyInProgress(calls: readonly { status: CallStatus }[]): boolean {
  return calls.some((c) => !isFinalStatus(c.status));
}
