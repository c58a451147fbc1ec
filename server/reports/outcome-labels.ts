import type { Db } from "../db";
import { APPROVED_STATES } from "../terms/rules";
import type { TermsDocument } from "../terms/terms.schema";

/**
 * The labels of the outcome codes across the agency's clients, from each client's terms in force, for the
 * agency's per-operator report (an operator's calls span clients). A code two clients label differently
 * shows the first label found; a code no terms name any more shows as itself.
 */
export async function agencyOutcomeLabels(db: Db, agencyId: string, now = new Date()): Promise<Record<string, string>> {
  const versions = await db.termsVersion.findMany({
    where: { agencyId, state: { in: [...APPROVED_STATES] }, effectiveFrom: { lte: now } },
    orderBy: [{ clientId: "asc" }, { number: "desc" }],
    distinct: ["clientId"],
    select: { document: true },
  });
  const labels: Record<string, string> = {};
  for (const v of versions) {
    for (const o of (v.document as unknown as TermsDocument).outcomes ?? []) labels[o.code] ??= o.label;
  }
  return labels;
}
