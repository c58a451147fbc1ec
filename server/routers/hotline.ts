import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { hasAgencyRole } from "../auth/roles";
import { assignNumber, unassignNumber } from "../hotlines/hotline-numbers";
import { createHotline, setHotlineStatus, updateHotline } from "../hotlines/hotlines";
import { getHotline, listHotlines } from "../hotlines/hotlines-read";
import { hotlineFields, hotlineIdSchema, hotlineNumberSchema, hotlineStatusSchema, testCallFields, testCallStatusSchema } from "../hotlines/hotlines.schema";
import { placeTestCall, testCallStatus } from "../hotlines/test-call";
import { telephony, telephonyProvider } from "../telephony";
import { middleware, router } from "../trpc/init";
import { agencyClientProcedure } from "../trpc/procedures";

/**
 * A client's hotlines: SUPERVISOR+ read, ADMIN+ create, edit, pause, assign numbers and place test calls.
 * Every hotline id is looked up inside the client found by the procedure (itself inside the agency).
 */

// The services check phones in the client's country, which the input schema cannot know: the ZodError
// they throw is the caller's bad input, with field errors, not a fault of ours.
const zodErrorsAreBadInput = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError) {
    result.error = new TRPCError({ code: "BAD_REQUEST", message: "invalidInput", cause: result.error.cause });
  }
  return result;
});

const read = agencyClientProcedure("SUPERVISOR");
const manage = agencyClientProcedure("ADMIN").use(zodErrorsAreBadInput);
const actorOf = (ctx: { user: { id: string } }) => ({ userId: ctx.user.id });

export const hotlineRouter = router({
  list: read.query(async ({ ctx }) => ({ ...(await listHotlines(ctx.db, ctx.client)), canManage: hasAgencyRole(ctx.member.role, "ADMIN") })),
  get: read.input(hotlineIdSchema).query(async ({ ctx, input }) => ({
    ...(await getHotline(ctx.db, ctx.client, input.hotlineId)),
    client: { currency: ctx.client.currency, country: ctx.client.country, timezone: ctx.client.timezone, locale: ctx.client.locale },
    canManage: hasAgencyRole(ctx.member.role, "ADMIN"),
    carrier: telephonyProvider(),
  })),
  create: manage.input(hotlineFields).mutation(({ ctx, input }) => createHotline(ctx.db, ctx.client, actorOf(ctx), input)),
  update: manage
    .input(hotlineFields.extend(hotlineIdSchema.shape))
    .mutation(({ ctx, input }) => updateHotline(ctx.db, ctx.client, actorOf(ctx), input.hotlineId, input)),
  setStatus: manage.input(hotlineStatusSchema).mutation(({ ctx, input }) => setHotlineStatus(ctx.db, ctx.client, actorOf(ctx), input.hotlineId, input.status)),
  assignNumber: manage.input(hotlineNumberSchema).mutation(({ ctx, input }) => assignNumber(ctx.db, ctx.client, actorOf(ctx), input.hotlineId, input.numberId)),
  unassignNumber: manage.input(hotlineNumberSchema).mutation(({ ctx, input }) => unassignNumber(ctx.db, ctx.client, actorOf(ctx), input.hotlineId, input.numberId)),
  placeTestCall: manage
    .input(testCallFields.extend(hotlineIdSchema.shape))
    .mutation(({ ctx, input }) => placeTestCall(ctx.db, telephony, ctx.client, input.hotlineId, input)),
  testCall: read.input(testCallStatusSchema).query(({ ctx, input }) => testCallStatus(ctx.db, ctx.client, input.hotlineId, input.callSid)),
});
