import type { Tx } from "../db";
import type { NewCallEvent } from "../calls/call-events";
import { appendCallEventsLocked } from "../calls/append-events";

/** appendCallEvents inside the ACD's own transaction, so that an offer's status and its call's events commit together. */
export async function appendCallEventsInTx(tx: Tx, callId: string, events: readonly NewCallEvent[]): Promise<number> {
  return (await appendCallEventsLocked(tx, { id: callId }, events))?.inserted ?? 0;
}
