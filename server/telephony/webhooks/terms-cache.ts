import type { Db } from "../../db";
import { termsDocumentSchema, type TermsDocument } from "../../terms/terms.schema";

/**
 * Approved terms versions never change (a trigger refuses it), so their documents are cached by id for
 * the life of the process: the voice webhook reads which version is in force (cheap) and takes the
 * document from here. Safe with several instances: there is nothing to invalidate.
 */
const MAX_ENTRIES = 500;
const cache = new Map<string, Promise<TermsDocument | null>>();

export function approvedTermsDocument(db: Db, versionId: string): Promise<TermsDocument | null> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const load = db.termsVersion
    .findFirst({ where: { id: versionId, state: { in: ["APPROVED", "SUPERSEDED"] } }, select: { document: true } })
    .then((row) => (row ? readDocument(row.document) : null));
  // A failed read is not cached: the next call tries again.
  load.catch(() => cache.delete(versionId));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(versionId, load);
  return load;
}

/** As the current schema reads it; one written by an older schema is used as stored if it has hours at all. */
function readDocument(raw: unknown): TermsDocument | null {
  const parsed = termsDocumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const doc = raw as Partial<TermsDocument> | null;
  return doc?.hours?.weekly && doc.general ? (doc as TermsDocument) : null;
}
