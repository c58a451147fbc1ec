import { db } from "../db";
import { logger } from "../logger";
import { telephony } from "../telephony";

// Defined here, not next to the enqueue, so that jobs/outbox.ts importing this map never meets an import cycle.
export const DELETE_RECORDING_KIND = "telephony.delete-recording" as const;
export type DeleteRecordingPayload = { recordingSid: string; callId: string };

/**
 * Outbox kinds of the data rules. `telephony.delete-recording` deletes a purged call's recording at the carrier
 * (Twilio keeps recordings until they are deleted). Idempotent: the port counts the carrier's 404 on a recording
 * already gone as done, so a redelivery neither fails nor deletes twice.
 */
export const dataOutboxHandlers = {
  [DELETE_RECORDING_KIND]: async (payload: DeleteRecordingPayload) => {
    // A guard against a stray event: only a call whose media the retention purge released loses its recording.
    const call = await db.call.findUnique({ where: { id: payload.callId }, select: { mediaPurgedAt: true } });
    if (call && !call.mediaPurgedAt) {
      logger.warn({ callId: payload.callId, recordingSid: payload.recordingSid }, "carrier recording deletion skipped: the call's media were not purged");
      return;
    }
    await telephony().deleteRecording(payload.recordingSid);
  },
} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
