import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";
import { inviteMember, revokeInvitation } from "../team/invitations";
import { changeMemberRole, listMembers, listPendingInvitations, removeMember } from "../team/members";
import { changeRoleSchema, invitationIdSchema, inviteSchema, listMembersSchema, memberIdSchema } from "../team/team.schema";

export const teamRouter = router({
  members: agencyProcedure("OPERATOR")
    .input(listMembersSchema)
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.agency.id, input)),

  invitations: agencyProcedure("ADMIN").query(({ ctx }) => listPendingInvitations(ctx.db, ctx.agency.id)),

  invite: agencyProcedure("ADMIN")
    .input(inviteSchema)
    .mutation(async ({ ctx, input }) => {
      const { invitation } = await inviteMember(
        ctx.db,
        ctx.agency,
        { userId: ctx.user.id, name: ctx.user.name, role: ctx.member.role, locale: ctx.locale },
        input,
      );
      return invitation;
    }),

  revokeInvitation: agencyProcedure("ADMIN")
    .input(invitationIdSchema)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.agency.id, ctx.user.id, input.invitationId)),

  changeRole: agencyProcedure("ADMIN")
    .input(changeRoleSchema)
    .mutation(({ ctx, input }) =>
      changeMemberRole(ctx.db, ctx.agency.id, { userId: ctx.user.id, role: ctx.member.role }, input.memberId, input.role),
    ),

  removeMember: agencyProcedure("ADMIN")
    .input(memberIdSchema)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.agency.id, { userId: ctx.user.id, role: ctx.member.role }, input.memberId)),
});
