import { approveSchema, diffSchema, requestChangesSchema, saveDraftSchema, versionNumberSchema } from "../terms/inputs.schema";
import type { Actor } from "../terms/versions";
import { approveVersion, createDraft, requestChanges, saveDraft, submitVersion } from "../terms/versions";
import { diffVersions, getVersion, listVersions } from "../terms/versions-read";
import { router } from "../trpc/init";
import { clientPortalProcedure } from "../trpc/procedures";
import { documentErrors, termsContext } from "./terms-shared";

/** The client's side (/portal/<client>/terms): viewers read; CLIENT_ADMINs edit drafts, submit, approve, send back. */
const read = clientPortalProcedure("CLIENT_VIEWER");
const write = clientPortalProcedure("CLIENT_ADMIN").use(documentErrors);

type Ctx = { user: { id: string; name: string }; clientMember: { role: "CLIENT_ADMIN" | "CLIENT_VIEWER" } };
const actorOf = (ctx: Ctx): Actor => ({ side: "client", userId: ctx.user.id, role: ctx.clientMember.role, name: ctx.user.name });

export const termsPortalRouter = router({
  list: read.query(async ({ ctx }) => ({ ...(await listVersions(ctx.db, ctx.client)), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  get: read
    .input(versionNumberSchema)
    .query(async ({ ctx, input }) => ({ version: await getVersion(ctx.db, ctx.client, input.number), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  diff: read.input(diffSchema).query(async ({ ctx, input }) => ({ ...(await diffVersions(ctx.db, ctx.client, input.a, input.b)), ...(await termsContext(ctx.db, ctx.client, actorOf(ctx))) })),
  createDraft: write.mutation(({ ctx }) => createDraft(ctx.db, ctx.client, actorOf(ctx))),
  saveDraft: write.input(saveDraftSchema).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.client, actorOf(ctx), input)),
  submit: write.input(versionNumberSchema).mutation(({ ctx, input }) => submitVersion(ctx.db, ctx.client, actorOf(ctx), input.number)),
  approve: write.input(approveSchema).mutation(({ ctx, input }) => approveVersion(ctx.db, ctx.client, actorOf(ctx), input)),
  requestChanges: write.input(requestChangesSchema).mutation(({ ctx, input }) => requestChanges(ctx.db, ctx.client, actorOf(ctx), input)),
});
