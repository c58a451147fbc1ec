/** An invitation link works for seven days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationState = "valid" | "expired" | "revoked" | "used";

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_MS);
}

/** What a person opening the link should be told, from the stored row and the clock. */
export function invitationState(inv: { status: "PENDING" | "ACCEPTED" | "REVOKED"; expiresAt: Date }, now: Date): InvitationState {
  if (inv.status === "ACCEPTED") return "used";
  if (inv.status === "REVOKED") return "revoked";
  return inv.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}
