import { audit } from "../audit";
import type { Db } from "../db";

/** The agency's data rules; an agency that never saved them keeps recordings forever. */
export async function getDataPolicy(db: Db, agencyId: string): Promise<{ recordingRetentionDays: number | null }> {
  const row = await db.agencyDataPolicy.findUnique({ where: { agencyId }, select: { recordingRetentionDays: true } });
  return { recordingRetentionDays: row?.recordingRetentionDays ?? null };
}

/** Saves the retention setting (already validated), audited with before and after; an unchanged value writes nothing. */
export async function setRecordingRetention(db: Db, agencyId: string, actorId: string, days: number | null) {
  return db.$transaction(async (tx) => {
    const before = await tx.agencyDataPolicy.findUnique({ where: { agencyId }, select: { recordingRetentionDays: true } });
    const from = before?.recordingRetentionDays ?? null;
    if (from === days) return { recordingRetentionDays: days };
    await tx.agencyDataPolicy.upsert({ where: { agencyId }, create: { agencyId, recordingRetentionDays: days }, update: { recordingRetentionDays: days } });
    await audit(tx, {
      agencyId,
      actorId,
      action: "data.retention_changed",
      entityType: "Agency",
      entityId: agencyId,
      before: { recordingRetentionDays: from },
      after: { recordingRetentionDays: days },
    });
    return { recordingRetentionDays: days };
  });
}
