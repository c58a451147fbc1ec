import { describe, expect, it } from "vitest";
import { pickInForce } from "@/server/terms/versions-read";
import { canDo, nextState, type TermsAction, type TermsActor } from "@/server/terms/rules";

const actors: [TermsActor, boolean][] = [
  [{ side: "agency", userId: "u", role: "OWNER" }, true],
  [{ side: "agency", userId: "u", role: "ADMIN" }, true],
  [{ side: "agency", userId: "u", role: "SUPERVISOR" }, false],
  [{ side: "agency", userId: "u", role: "OPERATOR" }, false],
  [{ side: "client", userId: "u", role: "CLIENT_ADMIN" }, true],
  [{ side: "client", userId: "u", role: "CLIENT_VIEWER" }, false],
];
const actions: TermsAction[] = ["createDraft", "edit", "submit", "approve", "requestChanges"];

describe("who may act on terms versions", () => {
  it.each(actors)("%o may manage: %s (viewers only read)", (actor, allowed) => {
    for (const action of actions) expect(canDo(actor, action), action).toBe(allowed);
  });
});

describe("the state machine", () => {
  it.each([
    ["DRAFT", "edit", "DRAFT"],
    ["DRAFT", "submit", "SUBMITTED"],
    ["SUBMITTED", "approve", "APPROVED"],
    ["SUBMITTED", "requestChanges", "DRAFT"],
  ] as const)("%s --%s--> %s", (from, action, to) => {
    expect(nextState(from, action)).toEqual({ ok: true, state: to });
  });
  it.each([
    ["APPROVED", "edit", "approvedImmutable"],
    ["SUPERSEDED", "edit", "approvedImmutable"],
    ["SUBMITTED", "edit", "termsNotDraft"],
    ["SUBMITTED", "submit", "termsNotDraft"],
    ["APPROVED", "submit", "termsNotDraft"],
    ["DRAFT", "approve", "termsNotSubmitted"],
    ["APPROVED", "approve", "termsNotSubmitted"],
    ["DRAFT", "requestChanges", "termsNotSubmitted"],
    ["SUPERSEDED", "requestChanges", "termsNotSubmitted"],
  ] as const)("%s cannot %s (%s)", (from, action, error) => {
    expect(nextState(from, action)).toEqual({ ok: false, error });
  });
});

describe("the version in force", () => {
  const d = (iso: string) => new Date(iso);
  const versions = [
    { number: 1, state: "SUPERSEDED" as const, effectiveFrom: d("2026-01-01T00:00:00Z") },
    { number: 2, state: "SUPERSEDED" as const, effectiveFrom: d("2026-06-01T00:00:00Z") },
    { number: 3, state: "APPROVED" as const, effectiveFrom: d("2026-03-01T00:00:00Z") },
    { number: 4, state: "DRAFT" as const, effectiveFrom: null },
  ];
  it("is none before the first approval takes effect", () => {
    expect(pickInForce(versions, d("2025-12-31T23:59:59Z"))).toBeNull();
  });
  it("is the latest approved version already in effect", () => {
    expect(pickInForce(versions, d("2026-02-01T00:00:00Z"))?.number).toBe(1);
    expect(pickInForce(versions, d("2026-03-01T00:00:00Z"))?.number).toBe(3);
  });
  it("lets a later approval win over an earlier one scheduled further ahead", () => {
    // v2 was scheduled for June, but v3 was approved after it and took effect in March.
    expect(pickInForce(versions, d("2026-07-01T00:00:00Z"))?.number).toBe(3);
  });
});
