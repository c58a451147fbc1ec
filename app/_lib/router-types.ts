import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type TeamMember = Outputs["team"]["members"]["items"][number];
export type PendingInvitation = Outputs["team"]["invitations"][number];
export type AuditEntry = Outputs["audit"]["list"]["items"][number];
export type ClientListItem = Outputs["client"]["list"]["items"][number];
export type ClientDetail = Outputs["client"]["get"];
export type ClientChecklistItem = Outputs["client"]["checklist"][number];
export type ClientUser = Outputs["client"]["users"][number];
export type ClientInvitation = Outputs["client"]["invitations"][number];
export type PortalRef = Outputs["portal"]["mine"][number];
