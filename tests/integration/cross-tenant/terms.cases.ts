import { db } from "@/server/db";
import { emptyTermsDocument } from "@/server/terms/template";
import { approveVersion, createDraft, submitVersion } from "@/server/terms/versions";
import type { DomainCases } from "./world";

/**
 * The victim client gets an approved v1 and an open v2 draft, so every terms procedure has a real
 * target: strangers must get NOT_FOUND for each, and nothing of the victim may change.
 */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const ref = { id: victimClient.id, agencyId: victim.agency.id };
  const owner = { side: "agency" as const, userId: victim.users.OWNER.id, role: "OWNER" as const, name: "Victim owner" };
  await createDraft(db, ref, owner);
  await submitVersion(db, ref, owner, 1);
  await approveVersion(db, ref, { side: "client", userId: victimClient.users.CLIENT_ADMIN.id, role: "CLIENT_ADMIN", name: "Victim client" }, { number: 1 });
  await createDraft(db, ref, owner);
  const document = emptyTermsDocument("ru", { hotlineName: "Hijacked" });
  const draft = { number: 2 };

  return {
    "terms.list": { kind: "agency", call: (c, s) => c.terms.list(s) },
    "terms.get": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.get({ ...s, number: 1 }) },
    "terms.diff": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.diff({ ...s, a: 1, b: 2 }) },
    "terms.createDraft": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.createDraft(s) },
    "terms.saveDraft": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.saveDraft({ ...s, ...draft, document }) },
    "terms.submit": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.submit({ ...s, ...draft }) },
    "terms.approveOnBehalf": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.approveOnBehalf({ ...s, ...draft }) },
    "terms.requestChanges": { kind: "agency", withOwnSlug: true, call: (c, s) => c.terms.requestChanges({ ...s, ...draft, comment: "Mine now" }) },

    "terms.portal.list": { kind: "portal", call: (c, s) => c.terms.portal.list(s) },
    "terms.portal.get": { kind: "portal", call: (c, s) => c.terms.portal.get({ ...s, number: 1 }) },
    "terms.portal.diff": { kind: "portal", call: (c, s) => c.terms.portal.diff({ ...s, a: 1, b: 2 }) },
    "terms.portal.createDraft": { kind: "portal", call: (c, s) => c.terms.portal.createDraft(s) },
    "terms.portal.saveDraft": { kind: "portal", call: (c, s) => c.terms.portal.saveDraft({ ...s, ...draft, document }) },
    "terms.portal.submit": { kind: "portal", call: (c, s) => c.terms.portal.submit({ ...s, ...draft }) },
    "terms.portal.approve": { kind: "portal", call: (c, s) => c.terms.portal.approve({ ...s, ...draft }) },
    "terms.portal.requestChanges": { kind: "portal", call: (c, s) => c.terms.portal.requestChanges({ ...s, ...draft, comment: "Mine now" }) },
  };
};
