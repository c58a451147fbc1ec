import type { Db } from "../db";

/** Live events are for browsers that are (re)connecting now; a day keeps every reasonable resume. */
export const LIVE_EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;

export async function pruneLiveEvents(db: Db, now: Date): Promise<{ deleted: number }> {
  const { count } = await db.liveEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LIVE_EVENT_RETENTION_MS) } } });
  return { deleted: count };
}
