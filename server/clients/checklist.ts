/**
 * The onboarding checklist on a client's page, as pure data. "required" items gate going ACTIVE;
 * "recommended" ones are shown with the reason they matter but do not block; "later" marks where
 * later features (the price plan) plug in. The UI explains each level and item with
 * the texts under clients.checklist.* keyed by `key`.
 */
export type ChecklistLevel = "required" | "recommended" | "later";
export type ChecklistKey = "details" | "terms" | "users" | "contract" | "dataProcessing" | "hotline" | "pricePlan";
export type ChecklistTab = "details" | "terms" | "users" | "documents" | "hotlines" | "billing";
export type DetailsGap = "legalName" | "timezone" | "contact";
export type TermsState = "DRAFT" | "SUBMITTED" | "APPROVED" | "SUPERSEDED";

export type ChecklistFacts = {
  details: { legalName: string | null; timezone: string | null; reachableContacts: number };
  terms: { hasApproved: boolean; latestState: TermsState | null };
  users: { members: number; pendingInvitations: number };
  documents: { hasContract: boolean; hasDataProcessingAgreement: boolean };
  /** An ACTIVE hotline with at least one number: the client can be called. Absent counts as not yet. */
  hotline?: { activeWithNumber: boolean };
  /** A price plan version exists (billing). Absent counts as not yet. */
  pricePlan?: { exists: boolean };
};

export type ChecklistItem = {
  key: ChecklistKey;
  level: ChecklistLevel;
  done: boolean;
  /** The client tab where the item is done; null for "later" items. */
  tab: ChecklistTab | null;
  /** What is still missing, for items made of several parts. */
  gaps?: DetailsGap[];
  /** The latest terms version's state, so the item can say "v3 is waiting for the client's approval". */
  termsState?: TermsState | null;
  /** Users: invited but not joined yet counts as done (the client may take a while to accept). */
  pendingOnly?: boolean;
};

export function detailsGaps(d: ChecklistFacts["details"]): DetailsGap[] {
  const gaps: DetailsGap[] = [];
  if (!d.legalName?.trim()) gaps.push("legalName");
  if (!d.timezone) gaps.push("timezone");
  if (d.reachableContacts < 1) gaps.push("contact");
  return gaps;
}

export function buildChecklist(f: ChecklistFacts): ChecklistItem[] {
  const gaps = detailsGaps(f.details);
  const anyUser = f.users.members + f.users.pendingInvitations > 0;
  return [
    { key: "details", level: "required", done: gaps.length === 0, tab: "details", gaps },
    { key: "terms", level: "required", done: f.terms.hasApproved, tab: "terms", termsState: f.terms.latestState },
    { key: "users", level: "required", done: anyUser, tab: "users", pendingOnly: anyUser && f.users.members === 0 },
    { key: "contract", level: "required", done: f.documents.hasContract, tab: "documents" },
    { key: "dataProcessing", level: "recommended", done: f.documents.hasDataProcessingAgreement, tab: "documents" },
    // Recommended, not required: a client may go live on a forwarded line set up later.
    { key: "hotline", level: "recommended", done: f.hotline?.activeWithNumber ?? false, tab: "hotlines" },
    // Recommended: a client may go live before the agency has settled its prices (nothing is billed until then).
    { key: "pricePlan", level: "recommended", done: f.pricePlan?.exists ?? false, tab: "billing" },
  ];
}

/** The required items not done yet: what stops the client from going ACTIVE. */
export function missingRequired(items: ChecklistItem[]): ChecklistKey[] {
  return items.filter((i) => i.level === "required" && !i.done).map((i) => i.key);
}
