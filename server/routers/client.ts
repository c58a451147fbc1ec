import { router } from "../trpc/init";
import { agencyClientProcedure, agencyProcedure } from "../trpc/procedures";
import { clientChecklist } from "../clients/checklist-facts";
import { setClientStatus } from "../clients/client-status";
import { changeClientUserRole, inviteClientUser, listClientInvitations, listClientUsers, removeClientUser } from "../clients/client-users";
import { createClient, getClient, listClients, updateClient } from "../clients/clients";
import {
  changeClientRoleSchema,
  clientFieldsSchema,
  clientMemberIdSchema,
  inviteClientUserSchema,
  listClientsSchema,
  setStatusSchema,
} from "../clients/clients.schema";
import { revokeInvitation } from "../team/invitations";
import { invitationIdSchema } from "../team/team.schema";

/**
 * An agency's clients. Everyone in the agency may look (operators answer for these clients); ADMIN and
 * above create, edit, move the status and manage the client's portal users. There is deliberately no
 * delete: a client's history (calls, terms, documents) outlives the contract.
 */
export const clientRouter = router({
  list: agencyProcedure("OPERATOR")
    .input(listClientsSchema)
    .query(({ ctx, input }) => listClients(ctx.db, ctx.agency.id, input)),

  create: agencyProcedure("ADMIN")
    .input(clientFieldsSchema)
    .mutation(({ ctx, input }) => createClient(ctx.db, ctx.agency, ctx.user.id, input)),

  get: agencyClientProcedure("OPERATOR").query(async ({ ctx }) => ({ ...(await getClient(ctx.db, ctx.client)), role: ctx.member.role })),

  update: agencyClientProcedure("ADMIN")
    .input(clientFieldsSchema)
    .mutation(({ ctx, input }) => updateClient(ctx.db, ctx.client, ctx.user.id, input)),

  /** The onboarding checklist: what is done, what is required before going ACTIVE, and what comes later. */
  checklist: agencyClientProcedure("OPERATOR").query(({ ctx }) => clientChecklist(ctx.db, ctx.client)),

  setStatus: agencyClientProcedure("ADMIN")
    .input(setStatusSchema)
    .mutation(({ ctx, input }) => setClientStatus(ctx.db, ctx.client, { userId: ctx.user.id, locale: ctx.locale }, input.status)),

  users: agencyClientProcedure("ADMIN").query(({ ctx }) => listClientUsers(ctx.db, ctx.client)),

  invitations: agencyClientProcedure("ADMIN").query(({ ctx }) => listClientInvitations(ctx.db, ctx.client)),

  inviteUser: agencyClientProcedure("ADMIN")
    .input(inviteClientUserSchema)
    .mutation(async ({ ctx, input }) => {
      const actor = { userId: ctx.user.id, name: ctx.user.name, locale: ctx.locale };
      return (await inviteClientUser(ctx.db, ctx.agency, ctx.client, actor, input)).invitation;
    }),

  revokeInvitation: agencyClientProcedure("ADMIN")
    .input(invitationIdSchema)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.agency.id, ctx.user.id, input.invitationId, new Date(), ctx.client.id)),

  changeUserRole: agencyClientProcedure("ADMIN")
    .input(changeClientRoleSchema)
    .mutation(({ ctx, input }) => changeClientUserRole(ctx.db, ctx.client, ctx.user.id, input.memberId, input.role)),

  removeUser: agencyClientProcedure("ADMIN")
    .input(clientMemberIdSchema)
    .mutation(({ ctx, input }) => removeClientUser(ctx.db, ctx.client, ctx.user.id, input.memberId)),
});
