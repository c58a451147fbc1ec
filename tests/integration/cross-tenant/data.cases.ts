import { db } from "@/server/db";
import type { DomainCases } from "./world";

/**
 * Data rules (issue 9): the retention setting is the agency's own, so a stranger names the victim's agency
 * slug and gets NOT_FOUND; the victim's setting must stay as it was. (The client export is a route handler:
 * its refusals are in tests/integration/data-export.test.ts.)
 */
export const cases: DomainCases = async ({ victim }) => {
  await db.agencyDataPolicy.upsert({ where: { agencyId: victim.agency.id }, create: { agencyId: victim.agency.id, recordingRetentionDays: 365 }, update: {} });
  return {
    "dataPolicy.get": { kind: "agency", call: (c, s) => c.dataPolicy.get({ agencySlug: s.agencySlug }) },
    "dataPolicy.setRetention": { kind: "agency", call: (c, s) => c.dataPolicy.setRetention({ agencySlug: s.agencySlug, recordingRetentionDays: 1 }) },
  };
};
