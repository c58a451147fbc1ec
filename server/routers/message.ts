import { z } from "zod";
import { messagesOfCall, messagesOfClient } from "../messages/read";
import { router } from "../trpc/init";
import { agencyProcedure, clientPortalProcedure } from "../trpc/procedures";

/** The delivery trail: a call's messages on the agency's call page, a client's messages in its portal. */
export const messageRouter = router({
  byCall: agencyProcedure("SUPERVISOR")
    .input(z.object({ callId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => messagesOfCall(ctx.db, ctx.agency.id, input.callId)),
  list: clientPortalProcedure("CLIENT_VIEWER")
    .input(z.object({ page: z.number().int().min(1).max(10_000).default(1) }))
    .query(({ ctx, input }) => messagesOfClient(ctx.db, ctx.client, input.page)),
});
