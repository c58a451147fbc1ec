import type { Tx } from "../db";
import { enqueueOutbox } from "../jobs/outbox";
import { carrierRecordingSids } from "./carrier-recording-sids";
import { DELETE_RECORDING_KIND, type DeleteRecordingPayload } from "./outbox-handlers";

/**
 * Queues the carrier-side deletion of every recording of these calls, in the purge's own transaction: the
 * links are forgotten and the deletions are promised together, or neither. One outbox event per recording,
 * keyed by its sid, so a purge that runs again (or overlaps another instance) queues nothing new. Returns the
 * number of recordings found.
 */
export async function enqueueCarrierRecordingDeletions(
  tx: Tx,
  agencyId: string,
  calls: { id: string; recordingUrl: string | null; voicemailUrl: string | null }[],
): Promise<number> {
  if (calls.length === 0) return 0;
  const events = await tx.callEvent.findMany({
    where: { agencyId, callId: { in: calls.map((c) => c.id) }, type: "RECORDING" },
    select: { callId: true, data: true },
  });
  let queued = 0;
  for (const call of calls) {
    const sids = carrierRecordingSids({ ...call, recordingEvents: events.filter((e) => e.callId === call.id) });
    for (const recordingSid of sids) {
      const payload: DeleteRecordingPayload = { recordingSid, callId: call.id };
      await enqueueOutbox(tx, { agencyId, kind: DELETE_RECORDING_KIND, dedupeKey: `${DELETE_RECORDING_KIND}:${recordingSid}`, payload });
      queued++;
    }
  }
  return queued;
}
