import type { DomainCases } from "./world";

/** WEBSEC: the audit log viewer's filter options (audit.list itself is in foundation.cases.ts). */
export const cases: DomainCases = async () => ({
  "audit.filterOptions": { kind: "agency", call: (c, s) => c.audit.filterOptions(s) },
});
