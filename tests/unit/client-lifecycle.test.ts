import { describe, expect, it } from "vitest";
import { buildChecklist, missingRequired, type ChecklistFacts } from "@/server/clients/checklist";
import { clientSlugBase } from "@/server/clients/client-slug";
import { checkSlug } from "@/server/agency/slug";
import { actionFor, allowedTransitions, canTransition } from "@/server/clients/status-machine";

const ready: ChecklistFacts = {
  details: { legalName: "Aurora LLC", timezone: "Europe/Moscow", reachableContacts: 1 },
  terms: { hasApproved: true, latestState: "APPROVED" },
  users: { members: 1, pendingInvitations: 0 },
  documents: { hasContract: true, hasDataProcessingAgreement: false },
};

describe("client status machine", () => {
  it("goes ONBOARDING -> ACTIVE <-> SUSPENDED, and ENDED from anywhere, never back", () => {
    expect(allowedTransitions("ONBOARDING")).toEqual(["ACTIVE", "ENDED"]);
    expect(allowedTransitions("ACTIVE")).toEqual(["SUSPENDED", "ENDED"]);
    expect(allowedTransitions("SUSPENDED")).toEqual(["ACTIVE", "ENDED"]);
    expect(allowedTransitions("ENDED")).toEqual([]);
    expect(canTransition("ACTIVE", "ONBOARDING")).toBe(false);
    expect(canTransition("ONBOARDING", "SUSPENDED")).toBe(false);
  });
  it("names the moves as the UI does", () => {
    expect(actionFor("ONBOARDING", "ACTIVE")).toBe("activate");
    expect(actionFor("SUSPENDED", "ACTIVE")).toBe("resume");
    expect(actionFor("ACTIVE", "SUSPENDED")).toBe("suspend");
    expect(actionFor("ACTIVE", "ENDED")).toBe("end");
    expect(actionFor("ENDED", "ACTIVE")).toBeNull();
  });
});

describe("onboarding checklist", () => {
  it("is ready when details, approved terms, a client user and a contract are there; the rest does not block", () => {
    const items = buildChecklist(ready);
    expect(missingRequired(items)).toEqual([]);
    expect(items.map((i) => [i.key, i.level])).toEqual([
      ["details", "required"], ["terms", "required"], ["users", "required"], ["contract", "required"],
      ["dataProcessing", "recommended"], ["hotline", "recommended"], ["pricePlan", "recommended"],
    ]);
  });
  it("names each missing part", () => {
    const items = buildChecklist({
      details: { legalName: " ", timezone: "Europe/Moscow", reachableContacts: 0 },
      terms: { hasApproved: false, latestState: "SUBMITTED" },
      users: { members: 0, pendingInvitations: 0 },
      documents: { hasContract: false, hasDataProcessingAgreement: false },
    });
    expect(missingRequired(items)).toEqual(["details", "terms", "users", "contract"]);
    expect(items[0]).toMatchObject({ gaps: ["legalName", "contact"] });
    expect(items[1]).toMatchObject({ termsState: "SUBMITTED" });
  });
  it("marks the hotline done once an ACTIVE hotline has a number, without blocking before", () => {
    expect(buildChecklist(ready).find((i) => i.key === "hotline")).toMatchObject({ done: false, tab: "hotlines" });
    expect(buildChecklist({ ...ready, hotline: { activeWithNumber: true } }).find((i) => i.key === "hotline")).toMatchObject({ done: true });
  });
  it("counts an invitation not accepted yet for client users", () => {
    const items = buildChecklist({ ...ready, users: { members: 0, pendingInvitations: 1 } });
    expect(items.find((i) => i.key === "users")).toMatchObject({ done: true, pendingOnly: true });
  });
});

describe("client slug", () => {
  it("is made from the name like an agency's, but says client when it must fall back", () => {
    expect(clientSlugBase("Aurora Dental")).toBe("aurora-dental");
    expect(clientSlugBase("Ромашка")).toBe("romashka");
    expect(clientSlugBase("AB")).toBe("client-ab");
    expect(clientSlugBase("new")).toBe("client-new");
    for (const name of ["AB", "!!", "new", "Agency Plus", "x".repeat(90)]) expect(checkSlug(clientSlugBase(name)), name).toBeNull();
  });
});
