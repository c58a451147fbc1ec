import { callFilterOptions, listCalls } from "../call-log/list-calls";
import { callIdSchema, listCallsSchema } from "../call-log/call-log.schema";
import { getCall } from "../call-log/get-call";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

// Supervisors and up review calls; operators get their own calls in the desk (issue 6), not the log.
const reader = agencyProcedure("SUPERVISOR");

/** The agency's calls: list with filters and a call page with its timeline. */
export const callRouter = router({
  /** Calls newest first, filtered (days in the agency's zone, client, hotline, status, route, caller). */
  list: reader.input(listCallsSchema).query(({ ctx, input }) => listCalls(ctx.db, ctx.agency, input)),
  /** The agency's clients and hotlines to filter by. */
  filterOptions: reader.query(({ ctx }) => callFilterOptions(ctx.db, ctx.agency.id)),
  /** One call with its header facts and its timeline of events. */
  get: reader.input(callIdSchema).query(({ ctx, input }) => getCall(ctx.db, ctx.agency.id, input.callId)),
});
