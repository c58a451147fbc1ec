import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { hasAgencyRole, hasClientRole } from "../auth/roles";
import { copyPreviousWeek } from "../oncall/copy-week";
import { createEntry, removeEntry, updateEntry } from "../oncall/entries";
import { rosterHistory } from "../oncall/history";
import { listRoster } from "../oncall/list";
import { copyWeekSchema, entryIdSchema, historyQuerySchema, listPeriodSchema, onCallEntryFields } from "../oncall/oncall.schema";
import { middleware, router } from "../trpc/init";
import { agencyClientProcedure, clientPortalProcedure } from "../trpc/procedures";

/**
 * The client's on-call roster, from both sides: agency staff (SUPERVISOR+ read, ADMIN+ edit) and the
 * client's own users in the portal (CLIENT_VIEWER reads, CLIENT_ADMIN edits). Both call the same
 * services with the client found by the procedure (inside the agency, or by the portal membership).
 */

// The services check an entry against the client's zone and country, which the input schema cannot know:
// the ZodError they throw is the caller's bad input, with field errors, not a fault of ours.
const zodErrorsAreBadInput = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError) {
    result.error = new TRPCError({ code: "BAD_REQUEST", message: "invalidInput", cause: result.error.cause });
  }
  return result;
});

type Ctx = { client: { id: string; agencyId: string }; user: { id: string }; locale: "en" | "ru" };
const scopeOf = (ctx: Ctx) => ({ id: ctx.client.id, agencyId: ctx.client.agencyId });
const actorOf = (ctx: Ctx) => ({ userId: ctx.user.id, locale: ctx.locale });

const updateInput = onCallEntryFields.extend(entryIdSchema.shape);

const agencyRead = agencyClientProcedure("SUPERVISOR");
const agencyEdit = agencyClientProcedure("ADMIN").use(zodErrorsAreBadInput);
const portalRead = clientPortalProcedure("CLIENT_VIEWER");
const portalEdit = clientPortalProcedure("CLIENT_ADMIN").use(zodErrorsAreBadInput);

export const onCallRouter = router({
  agency: router({
    /** The roster for a period, who is on call now, and whether the caller may edit. */
    list: agencyRead
      .input(listPeriodSchema)
      .query(async ({ ctx, input }) => {
        const roster = await listRoster(ctx.db, scopeOf(ctx), input);
        return { ...roster, canEdit: !roster.client.ended && hasAgencyRole(ctx.member.role, "ADMIN") };
      }),
    history: agencyRead.input(historyQuerySchema).query(({ ctx, input }) => rosterHistory(ctx.db, scopeOf(ctx), input)),
    create: agencyEdit.input(onCallEntryFields).mutation(({ ctx, input }) => createEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input)),
    update: agencyEdit.input(updateInput).mutation(({ ctx, input }) => updateEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input.entryId, input)),
    remove: agencyEdit.input(entryIdSchema).mutation(({ ctx, input }) => removeEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input.entryId)),
    copyWeek: agencyEdit.input(copyWeekSchema).mutation(({ ctx, input }) => copyPreviousWeek(ctx.db, scopeOf(ctx), actorOf(ctx), input.weekStart)),
  }),

  portal: router({
    list: portalRead
      .input(listPeriodSchema)
      .query(async ({ ctx, input }) => {
        const roster = await listRoster(ctx.db, scopeOf(ctx), input);
        return { ...roster, canEdit: !roster.client.ended && hasClientRole(ctx.clientMember.role, "CLIENT_ADMIN") };
      }),
    history: portalRead.input(historyQuerySchema).query(({ ctx, input }) => rosterHistory(ctx.db, scopeOf(ctx), input)),
    create: portalEdit.input(onCallEntryFields).mutation(({ ctx, input }) => createEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input)),
    update: portalEdit.input(updateInput).mutation(({ ctx, input }) => updateEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input.entryId, input)),
    remove: portalEdit.input(entryIdSchema).mutation(({ ctx, input }) => removeEntry(ctx.db, scopeOf(ctx), actorOf(ctx), input.entryId)),
    copyWeek: portalEdit.input(copyWeekSchema).mutation(({ ctx, input }) => copyPreviousWeek(ctx.db, scopeOf(ctx), actorOf(ctx), input.weekStart)),
  }),
});
