import { describe, expect, it } from "vitest";
import { INVITATION_TTL_MS, invitationExpiry, invitationState } from "@/server/team/invitation-rules";

describe("invitation expiry", () => {
  const created = new Date("2026-11-01T10:00:00Z");
  const expiresAt = invitationExpiry(created);

  it("lasts seven days", () => {
    expect(expiresAt.toISOString()).toBe("2026-11-08T10:00:00.000Z");
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 3600 * 1000);
  });
  it("is valid until the last millisecond, expired from then on", () => {
    expect(invitationState({ status: "PENDING", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("valid");
    expect(invitationState({ status: "PENDING", expiresAt }, expiresAt)).toBe("expired");
  });
  it("says used or revoked whatever the date", () => {
    expect(invitationState({ status: "ACCEPTED", expiresAt }, created)).toBe("used");
    expect(invitationState({ status: "REVOKED", expiresAt }, created)).toBe("revoked");
    expect(invitationState({ status: "ACCEPTED", expiresAt }, new Date("2030-01-01"))).toBe("used");
  });
});
