import type { Db, Tx } from "../db";
import { versionInForce } from "../terms/versions-read";
import type { TermsDocument } from "../terms/terms.schema";

/**
 * The terms an operator follows on a call: the version recorded on the call when it was received, else
 * the version in force when it started. Looked up inside the call's client.
 */
export async function termsOfCall(db: Db | Tx, call: { clientId: string; termsVersionId: string | null; startedAt: Date }) {
  if (call.termsVersionId) {
    const v = await db.termsVersion.findFirst({ where: { id: call.termsVersionId, clientId: call.clientId }, select: { number: true, document: true } });
    if (v) return { number: v.number, document: v.document as unknown as TermsDocument };
  }
  const v = await versionInForce(db, call.clientId, call.startedAt);
  return v ? { number: v.number, document: v.document } : null;
}

/** The greeting in the caller's language, else the client's, else any the terms have. */
export function greetingFor(doc: TermsDocument, language: string, clientLocale: string): string | null {
  const g = doc.general.greeting as Record<string, string | undefined>;
  return g[language] || g[clientLocale] || Object.values(g).find(Boolean) || null;
}
