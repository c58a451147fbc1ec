import type { DomainCases } from "./world";

/** Agency reports (SUPERVISOR+) and the portal user's own digest preference. */
export const cases: DomainCases = async () => ({
  "agencyReport.overview": { kind: "agency", call: (c, s) => c.agencyReport.overview({ agencySlug: s.agencySlug, period: "thisMonth" }) },
  "agencyReport.operators": { kind: "agency", call: (c, s) => c.agencyReport.operators({ agencySlug: s.agencySlug, period: "thisMonth" }) },
  "agencyReport.staff": { kind: "agency", call: (c, s) => c.agencyReport.staff({ agencySlug: s.agencySlug }) },
  // With its own slug the attacker names the victim's client: NOT_FOUND (FORBIDDEN for an operator).
  "agencyReport.client": { kind: "agency", withOwnSlug: true, call: (c, s) => c.agencyReport.client({ ...s, period: "lastWeek" }) },
  "digest.get": { kind: "portal", call: (c, s) => c.digest.get(s) },
  "digest.set": { kind: "portal", call: (c, s) => c.digest.set({ ...s, digest: "DAILY" }) },
});
