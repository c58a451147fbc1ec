import { audit } from "../audit";
import type { Db } from "../db";
import type { FileStorage } from "../storage";
import { enqueueCarrierRecordingDeletions } from "./carrier-recording-deletion";
import { callMediaKeys, retentionCutoff } from "./retention-cutoff";

export type PurgeResult = { agencies: number; calls: number; carrierRecordings: number };

/**
 * The daily retention run: for every agency with a retention setting, the recordings and voicemails of its
 * calls older than N days are deleted from our storage and the call forgets their links (recordingUrl,
 * voicemailUrl null, mediaPurgedAt set). The call itself, its events and its figures stay. Files go first and
 * the row after, so a run killed half way leaves rows that the next run deletes again (delete is idempotent).
 * The carrier keeps its own copy until told (Twilio stores recordings until deleted): in the same transaction
 * that forgets the links, one outbox event per carrier recording asks for its deletion there.
 * One audit entry per agency per run, not one per call: the log stays readable.
 */
export async function purgeExpiredMedia(db: Db, storage: FileStorage, now: Date, batchSize = 200): Promise<PurgeResult> {
  const policies = await db.agencyDataPolicy.findMany({ where: { recordingRetentionDays: { not: null } }, select: { agencyId: true, recordingRetentionDays: true } });
  const result: PurgeResult = { agencies: 0, calls: 0, carrierRecordings: 0 };
  for (const policy of policies) {
    const cutoff = retentionCutoff(now, policy.recordingRetentionDays);
    if (!cutoff) continue;
    let purged = 0;
    let carrierRecordings = 0;
    for (;;) {
      const calls = await db.call.findMany({
        where: { agencyId: policy.agencyId, startedAt: { lt: cutoff }, mediaPurgedAt: null, OR: [{ recordingUrl: { not: null } }, { voicemailUrl: { not: null } }] },
        select: { id: true, agencyId: true, recordingUrl: true, voicemailUrl: true },
        orderBy: { startedAt: "asc" },
        take: batchSize,
      });
      if (calls.length === 0) break;
      for (const call of calls) for (const key of callMediaKeys(call)) await storage.delete(key);
      const batch = await db.$transaction(async (tx) => {
        const { count } = await tx.call.updateMany({
          where: { id: { in: calls.map((c) => c.id) }, agencyId: policy.agencyId, mediaPurgedAt: null },
          data: { mediaPurgedAt: now, recordingUrl: null, voicemailUrl: null },
        });
        // Queued for every call of the batch, even one an overlapping run purged first: keyed by sid, a no-op then.
        return { count, queued: await enqueueCarrierRecordingDeletions(tx, policy.agencyId, calls) };
      });
      purged += batch.count;
      carrierRecordings += batch.queued;
      if (calls.length < batchSize) break;
    }
    if (purged === 0) continue;
    result.agencies += 1;
    result.calls += purged;
    result.carrierRecordings += carrierRecordings;
    await db.$transaction((tx) =>
      audit(tx, {
        agencyId: policy.agencyId,
        actorId: null,
        action: "data.media_purged",
        entityType: "Agency",
        entityId: policy.agencyId,
        after: { calls: purged, carrierRecordings, retentionDays: policy.recordingRetentionDays, before: cutoff.toISOString() },
      }),
    );
  }
  return result;
}
