import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type TeamMember = Outputs["team"]["members"]["items"][number];
export type PendingInvitation = Outputs["team"]["invitations"][number];
export type AuditEntry = Outputs["audit"]["list"]["items"][number];
