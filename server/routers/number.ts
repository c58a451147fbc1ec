import { hasAgencyRole } from "../auth/roles";
import { testForwardedLine } from "../numbers/forwarding-test-call";
import { addForwardedLine, attachNumber, buyNumber, releaseNumber, searchAvailable } from "../numbers/numbers";
import { attachNumberSchema, buyNumberSchema, forwardedLineSchema, numberIdSchema, numberSearchSchema } from "../numbers/numbers.schema";
import { listNumbers } from "../numbers/numbers-read";
import { telephony, telephonyProvider } from "../telephony";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

/**
 * The agency's phone numbers: SUPERVISOR+ see them, ADMIN+ search and buy, attach by SID, add a
 * client's forwarded line (and test it), release. Which hotline a number rings is set on the hotline.
 */
const read = agencyProcedure("SUPERVISOR");
const manage = agencyProcedure("ADMIN");
const actorOf = (ctx: { user: { id: string } }) => ({ userId: ctx.user.id });

export const numberRouter = router({
  list: read.query(async ({ ctx }) => ({
    numbers: await listNumbers(ctx.db, ctx.agency.id),
    canManage: hasAgencyRole(ctx.member.role, "ADMIN"),
    carrier: telephonyProvider(),
  })),
  search: manage.input(numberSearchSchema).query(({ ctx, input }) => searchAvailable(ctx.db, telephony, input)),
  buy: manage.input(buyNumberSchema).mutation(({ ctx, input }) => buyNumber(ctx.db, telephony, ctx.agency.id, actorOf(ctx), input)),
  attach: manage.input(attachNumberSchema).mutation(({ ctx, input }) => attachNumber(ctx.db, telephony, ctx.agency.id, actorOf(ctx), input)),
  addForwarded: manage.input(forwardedLineSchema).mutation(({ ctx, input }) => addForwardedLine(ctx.db, ctx.agency.id, actorOf(ctx), input)),
  release: manage.input(numberIdSchema).mutation(({ ctx, input }) => releaseNumber(ctx.db, telephony, ctx.agency.id, actorOf(ctx), input.numberId)),
  testForwarded: manage.input(numberIdSchema).mutation(({ ctx, input }) => testForwardedLine(ctx.db, telephony, ctx.agency.id, input.numberId)),
});
