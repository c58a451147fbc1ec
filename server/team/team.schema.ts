import { z } from "zod";
import { emailSchema, passwordSchema, personNameSchema } from "../auth/auth.schema";
import { AGENCY_ROLES, INVITABLE_ROLES } from "../auth/roles";

export const inviteSchema = z.object({ email: emailSchema, role: z.enum(INVITABLE_ROLES) });
export type InviteInput = z.infer<typeof inviteSchema>;

export const changeRoleSchema = z.object({ memberId: z.string().min(1).max(64), role: z.enum(AGENCY_ROLES) });
export const memberIdSchema = z.object({ memberId: z.string().min(1).max(64) });
export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(64) });

export const listMembersSchema = z.object({
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});

// A malformed token is simply not found (the page says the link is not valid), not a validation error.
export const invitationTokenSchema = z.object({ token: z.string().min(1).max(200) });
export const acceptAsNewUserSchema = z.object({
  token: z.string().min(1).max(200),
  name: personNameSchema,
  password: passwordSchema,
});
