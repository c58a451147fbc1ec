import type { Db } from "../db";
import { unusableLookup } from "../lib/lookup-param";

/**
 * Who may open /api/live/stream?agency=<slug>: a member of that agency. Null for anyone else, whatever the
 * slug (the route answers 404 and learns nothing). Kept out of the route so the refusal is tested without
 * a Next request scope.
 */
export async function liveStreamMember(db: Db, userId: string, slug: string): Promise<{ agencyId: string } | null> {
  if (!slug || unusableLookup(slug)) return null;
  return db.agencyMember.findFirst({ where: { userId, agency: { slug } }, select: { agencyId: true } });
}
