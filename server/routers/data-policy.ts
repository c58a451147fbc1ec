import { getDataPolicy, setRecordingRetention } from "../data/data-policy";
import { retentionInputSchema } from "../data/retention.schema";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

/** The agency's data rules (recording retention), ADMIN and above. */
export const dataPolicyRouter = router({
  get: agencyProcedure("ADMIN").query(({ ctx }) => getDataPolicy(ctx.db, ctx.agency.id)),
  setRetention: agencyProcedure("ADMIN")
    .input(retentionInputSchema)
    .mutation(({ ctx, input }) => setRecordingRetention(ctx.db, ctx.agency.id, ctx.user.id, input.recordingRetentionDays)),
});
