import type { MessageStatus } from "../generated/prisma/enums";

/**
 * How far a message has got. Carrier callbacks, pixels and clicks arrive late and out of order (an SMS
 * "delivered" after the person already acknowledged), so a status only ever moves forward; the trail
 * (MessageEvent) still keeps every step that happened.
 */
const RANK: Record<MessageStatus, number> = {
  QUEUED: 0,
  SENT: 1,
  DELIVERED: 2,
  OPENED: 3,
  ACKNOWLEDGED: 4,
  // Terminal: nobody acknowledged in time, the next person on call was messaged instead.
  ESCALATED: 5,
  FAILED: 6,
};

/** The status after `incoming` happened to a message in `current`. */
export function advanceStatus(current: MessageStatus, incoming: MessageStatus): MessageStatus {
  if (current === "FAILED" || current === "ESCALATED" || current === "ACKNOWLEDGED") {
    // A late delivery receipt does not undo an acknowledgement; FAILED can still be corrected by a later success.
    if (current === "FAILED" && incoming !== "FAILED") return incoming;
    return current;
  }
  if (incoming === "FAILED") return current === "QUEUED" ? "FAILED" : current;
  return RANK[incoming] > RANK[current] ? incoming : current;
}

/** Whether a message in this status is still waiting for its acknowledgement (so may escalate). */
export const awaitsAck = (status: MessageStatus) => !["ACKNOWLEDGED", "ESCALATED"].includes(status);
