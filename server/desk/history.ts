import type { Db } from "../db";
import type { TermsDocument } from "../terms/terms.schema";

/** The operator's own recent calls, newest first: what they handled and how it ended (outcome labels from each call's terms). */
export async function operatorHistory(db: Db, input: { agencyId: string; userId: string; limit: number }) {
  const calls = await db.call.findMany({
    where: { agencyId: input.agencyId, operatorUserId: input.userId },
    orderBy: { startedAt: "desc" },
    take: input.limit,
    select: {
      id: true, startedAt: true, status: true, fromNumber: true, outcome: true, talkSeconds: true, termsVersionId: true,
      hotline: { select: { name: true, client: { select: { name: true } } } },
    },
  });
  const versionIds = [...new Set(calls.map((c) => c.termsVersionId).filter((id): id is string => id !== null))];
  const versions = await db.termsVersion.findMany({ where: { id: { in: versionIds }, agencyId: input.agencyId }, select: { id: true, document: true } });
  const labels = new Map(versions.map((v) => [v.id, new Map((v.document as unknown as TermsDocument).outcomes.map((o) => [o.code, o.label]))]));
  return calls.map((c) => ({
    id: c.id, startedAt: c.startedAt, status: c.status, from: c.fromNumber, outcome: c.outcome, talkSeconds: c.talkSeconds,
    outcomeLabel: c.outcome ? (labels.get(c.termsVersionId ?? "")?.get(c.outcome) ?? c.outcome) : null,
    hotline: c.hotline.name, client: c.hotline.client.name,
  }));
}
