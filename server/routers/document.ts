import { hasAgencyRole, hasClientRole } from "../auth/roles";
import type { Db } from "../db";
import type { AgencyRole, ClientRole } from "../generated/prisma/enums";
import { listClientDocumentsNeedingAttention } from "../documents/attention";
import { createDocumentSchema, documentIdSchema, updateDocumentSchema } from "../documents/document.schema";
import { createDocument, deleteDocument, listDocuments, updateDocument } from "../documents/documents";
import { calendarDateIn } from "../documents/expiry";
import { fileStorage } from "../storage";
import { router } from "../trpc/init";
import { agencyClientProcedure, agencyProcedure, clientPortalProcedure } from "../trpc/procedures";

/** Badges and lists are judged on the agency's calendar (the same day the reminder job uses). */
const agencyToday = (timezone: string) => calendarDateIn(new Date(), timezone);
const agencyViewer = (role: AgencyRole) => {
  const admin = hasAgencyRole(role, "ADMIN");
  return { canAdd: admin, changes: admin ? "all" : "none" } as const;
};
const portalViewer = (role: ClientRole) => {
  const admin = hasClientRole(role, "CLIENT_ADMIN");
  return { canAdd: admin, changes: admin ? "clientAdded" : "none" } as const;
};
async function portalToday(db: Db, agencyId: string) {
  const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { timezone: true } });
  return agencyToday(agency.timezone);
}

/**
 * Compliance documents. Every member reads; agency ADMIN+ manages the agency's and its clients'
 * documents; in the portal every client user reads its client's, and its CLIENT_ADMIN adds documents and
 * changes the ones the client added. Files are uploaded first through POST /api/files/upload.
 */
export const documentRouter = router({
  list: agencyProcedure("OPERATOR").query(({ ctx }) => listDocuments(ctx.db, { agencyId: ctx.agency.id, clientId: null }, agencyToday(ctx.agency.timezone), agencyViewer(ctx.member.role))),

  attention: agencyProcedure("OPERATOR").query(({ ctx }) => listClientDocumentsNeedingAttention(ctx.db, ctx.agency.id, agencyToday(ctx.agency.timezone))),

  clientList: agencyClientProcedure("OPERATOR").query(({ ctx }) =>
    listDocuments(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id }, agencyToday(ctx.agency.timezone), agencyViewer(ctx.member.role)),
  ),

  create: agencyProcedure("ADMIN")
    .input(createDocumentSchema)
    .mutation(({ ctx, input }) => createDocument(ctx.db, { agencyId: ctx.agency.id, clientId: null }, ctx.user.id, input, agencyToday(ctx.agency.timezone))),

  createForClient: agencyClientProcedure("ADMIN")
    .input(createDocumentSchema)
    .mutation(({ ctx, input }) => createDocument(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id }, ctx.user.id, input, agencyToday(ctx.agency.timezone))),

  update: agencyProcedure("ADMIN")
    .input(updateDocumentSchema)
    .mutation(({ ctx, input }) =>
      updateDocument(ctx.db, fileStorage(), { agencyId: ctx.agency.id }, { userId: ctx.user.id }, input, agencyToday(ctx.agency.timezone)),
    ),

  delete: agencyProcedure("ADMIN")
    .input(documentIdSchema)
    .mutation(({ ctx, input }) => deleteDocument(ctx.db, fileStorage(), { agencyId: ctx.agency.id }, { userId: ctx.user.id }, input.documentId)),

  portalList: clientPortalProcedure("CLIENT_VIEWER").query(async ({ ctx }) =>
    listDocuments(
      ctx.db,
      { agencyId: ctx.client.agencyId, clientId: ctx.client.id },
      await portalToday(ctx.db, ctx.client.agencyId),
      portalViewer(ctx.clientMember.role),
    ),
  ),

  portalCreate: clientPortalProcedure("CLIENT_ADMIN")
    .input(createDocumentSchema)
    .mutation(async ({ ctx, input }) =>
      createDocument(ctx.db, { agencyId: ctx.client.agencyId, clientId: ctx.client.id }, ctx.user.id, input, await portalToday(ctx.db, ctx.client.agencyId)),
    ),

  portalUpdate: clientPortalProcedure("CLIENT_ADMIN")
    .input(updateDocumentSchema)
    .mutation(async ({ ctx, input }) =>
      updateDocument(
        ctx.db,
        fileStorage(),
        { agencyId: ctx.client.agencyId, clientId: ctx.client.id },
        { userId: ctx.user.id, clientAddedOnly: ctx.client.id },
        input,
        await portalToday(ctx.db, ctx.client.agencyId),
      ),
    ),

  portalDelete: clientPortalProcedure("CLIENT_ADMIN")
    .input(documentIdSchema)
    .mutation(({ ctx, input }) =>
      deleteDocument(ctx.db, fileStorage(), { agencyId: ctx.client.agencyId, clientId: ctx.client.id }, { userId: ctx.user.id, clientAddedOnly: ctx.client.id }, input.documentId),
    ),
});
