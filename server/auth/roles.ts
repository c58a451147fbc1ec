import type { AgencyRole, ClientRole } from "../generated/prisma/enums";

/** Agency roles from the most to the least powerful. */
export const AGENCY_ROLES = ["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const satisfies readonly AgencyRole[];
/** Roles an invitation may carry: ownership is handed over by a role change, never by a link. */
export const INVITABLE_ROLES = ["ADMIN", "SUPERVISOR", "OPERATOR"] as const satisfies readonly AgencyRole[];
export const CLIENT_ROLES = ["CLIENT_ADMIN", "CLIENT_VIEWER"] as const satisfies readonly ClientRole[];

const agencyRank: Record<AgencyRole, number> = { OWNER: 4, ADMIN: 3, SUPERVISOR: 2, OPERATOR: 1 };
const clientRank: Record<ClientRole, number> = { CLIENT_ADMIN: 2, CLIENT_VIEWER: 1 };

/** True when `role` is at least as powerful as `min` on the agency ladder. */
export function hasAgencyRole(role: AgencyRole, min: AgencyRole): boolean {
  return agencyRank[role] >= agencyRank[min];
}

export function hasClientRole(role: ClientRole, min: ClientRole): boolean {
  return clientRank[role] >= clientRank[min];
}

/**
 * Whether `actor` may give `target` the role `next` (invite, promote or demote). Nobody grants a role above
 * their own, an ADMIN cannot touch an OWNER, and only OWNERs make OWNERs. The last-owner rule needs the
 * database and lives in the team service.
 */
export function canAssignRole(actor: AgencyRole, next: AgencyRole, targetCurrent?: AgencyRole): boolean {
  if (!hasAgencyRole(actor, "ADMIN")) return false;
  if (!hasAgencyRole(actor, next)) return false;
  if (targetCurrent && !hasAgencyRole(actor, targetCurrent)) return false;
  return true;
}

/** Whether `actor` may remove a member who holds `target`. */
export function canRemoveMember(actor: AgencyRole, target: AgencyRole): boolean {
  return hasAgencyRole(actor, "ADMIN") && hasAgencyRole(actor, target);
}
