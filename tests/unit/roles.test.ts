import { describe, expect, it } from "vitest";
import { AGENCY_ROLES, canAssignRole, canRemoveMember, hasAgencyRole, hasClientRole } from "@/server/auth/roles";

describe("the agency role ladder", () => {
  // Row: the member's role; columns: the minimum asked for, in ladder order OWNER, ADMIN, SUPERVISOR, OPERATOR.
  const table = {
    OWNER: [true, true, true, true],
    ADMIN: [false, true, true, true],
    SUPERVISOR: [false, false, true, true],
    OPERATOR: [false, false, false, true],
  } as const;
  for (const role of AGENCY_ROLES) {
    it(`${role} meets exactly the minimums at or below it`, () => {
      expect(AGENCY_ROLES.map((min) => hasAgencyRole(role, min))).toEqual(table[role]);
    });
  }

  it("client roles: an admin is also a viewer, not the other way round", () => {
    expect(hasClientRole("CLIENT_ADMIN", "CLIENT_VIEWER")).toBe(true);
    expect(hasClientRole("CLIENT_VIEWER", "CLIENT_ADMIN")).toBe(false);
  });
});

describe("who may assign which role", () => {
  it("an owner may make anyone anything, another owner included", () => {
    for (const next of AGENCY_ROLES) for (const current of AGENCY_ROLES) expect(canAssignRole("OWNER", next, current)).toBe(true);
  });
  it("an admin cannot make an owner, nor change an owner's role", () => {
    expect(canAssignRole("ADMIN", "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "OPERATOR", "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "ADMIN", "OPERATOR")).toBe(true);
    expect(canAssignRole("ADMIN", "SUPERVISOR", "ADMIN")).toBe(true);
  });
  it("supervisors and operators assign nothing", () => {
    for (const actor of ["SUPERVISOR", "OPERATOR"] as const) {
      for (const next of AGENCY_ROLES) expect(canAssignRole(actor, next)).toBe(false);
    }
  });
  it("removal follows the same ladder", () => {
    expect(canRemoveMember("OWNER", "OWNER")).toBe(true);
    expect(canRemoveMember("ADMIN", "OWNER")).toBe(false);
    expect(canRemoveMember("ADMIN", "OPERATOR")).toBe(true);
    expect(canRemoveMember("SUPERVISOR", "OPERATOR")).toBe(false);
  });
});
