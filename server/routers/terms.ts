import type { AgencyRole } from "../generated/prisma/enums";
import { approveSchema, diffSchema, requestChangesSchema, saveDraftSchema, versionNumberSchema } from "../terms/inputs.schema";
import type { Actor } from "../terms/versions";
import { approveVersion, createDraft, requestChanges, saveDraft, submitVersion } from "../terms/versions";
import { diffVersions, getVersion, listVersions } from "../terms/versions-read";
import { router } from "../trpc/init";
import { agencyClientProcedure } from "../trpc/procedures";
import { termsPortalRouter } from "./terms-portal";
import { documentErrors, termsContext } from "./terms-shared";

/**
 * Terms of reference. The agency's side (/a/<agency>/clients/<client>/terms): every member reads (operators
 * answer by them); ADMIN+ edit drafts, submit, send back, and approve on the client's behalf. The client's
 * side is `terms.portal.*`.
 */
const read = agencyClientProcedure("OPERATOR");
const write = agencyClientProcedure("ADMIN").use(documentErrors);

type Ctx = { user: { id: string; name: string }; member: { role: AgencyRole } };
const actorOf = (ctx: Ctx): Actor => ({ side: "agency", userId: ctx.user.id, role: ctx.member.role, name: ctx.user.name });

export const termsRouter = router({
  list: read.query(async ({ ctx }) => ({ ...(await listVersions(ctx.db, ctx.client)), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  get: read
    .input(versionNumberSchema)
    .query(async ({ ctx, input }) => ({ version: await getVersion(ctx.db, ctx.client, input.number), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  diff: read.input(diffSchema).query(async ({ ctx, input }) => ({ ...(await diffVersions(ctx.db, ctx.client, input.a, input.b)), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  createDraft: write.mutation(({ ctx }) => createDraft(ctx.db, ctx.client, actorOf(ctx))),
  saveDraft: write.input(saveDraftSchema).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.client, actorOf(ctx), input)),
  submit: write.input(versionNumberSchema).mutation(({ ctx, input }) => submitVersion(ctx.db, ctx.client, actorOf(ctx), input.number)),
  approveOnBehalf: write.input(approveSchema).mutation(({ ctx, input }) => approveVersion(ctx.db, ctx.client, actorOf(ctx), input)),
  requestChanges: write.input(requestChangesSchema).mutation(({ ctx, input }) => requestChanges(ctx.db, ctx.client, actorOf(ctx), input)),
  portal: termsPortalRouter,
});
