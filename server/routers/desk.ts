import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { hangUp } from "../acd/call-control";
import { acceptOffer, declineOffer } from "../acd/offers";
import { heartbeat, setPresence } from "../acd/presence";
import { callIdSchema, historySchema, offerIdSchema, setPresenceSchema, submitSchema, transferSchema } from "../desk/desk.schema";
import { operatorHistory } from "../desk/history";
import { deskMe } from "../desk/me";
import { findOwnCallId } from "../desk/own-call";
import { screenPop } from "../desk/screen-pop";
import { submitCall } from "../desk/submit";
import { transferToEscalation } from "../desk/transfer";
import { voiceToken } from "../desk/voice-token";
import { middleware, router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

/**
 * The operator's desk (OPERATOR+, i.e. every member answers calls as themselves): presence, the offer
 * ringing for them, the screen pop of their own call, wrap-up and submit. Every action is on the signed-in
 * operator (ctx.user) inside ctx.agency; a call or offer id is looked up as theirs, else NOT_FOUND.
 */

// submitCall checks the form against the call's terms, which the input schema cannot know: its ZodError
// is the operator's bad input, with field errors at form.<key>, not a fault of ours.
const zodErrorsAreBadInput = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError) {
    result.error = new TRPCError({ code: "BAD_REQUEST", message: "invalidInput", cause: result.error.cause });
  }
  return result;
});

const operator = agencyProcedure("OPERATOR").use(zodErrorsAreBadInput);
const me = (ctx: { agency: { id: string }; user: { id: string } }) => ({ agencyId: ctx.agency.id, userId: ctx.user.id });

export const deskRouter = router({
  /** Presence, the ringing offer and the current call: what the desk polls as the live stream's fallback. */
  me: operator.query(({ ctx }) => deskMe(ctx.db, me(ctx))),
  /** AVAILABLE, BREAK (with a reason) or OFFLINE; ON_CALL and WRAP_UP are the ACD's to set. */
  setPresence: operator.input(setPresenceSchema).mutation(async ({ ctx, input }) => {
    const p = await setPresence(ctx.db, { ...me(ctx), state: input.state, reason: input.state === "BREAK" ? input.reason : undefined });
    return { state: p.presence, reason: p.presenceReason, since: p.presenceSince };
  }),
  /** Every 10 s from an open desk; without it for 30 s the operator goes OFFLINE. */
  heartbeat: operator.mutation(async ({ ctx }) => {
    const p = await heartbeat(ctx.db, me(ctx));
    return { state: p.presence, lastHeartbeatAt: p.lastHeartbeatAt };
  }),
  accept: operator.input(offerIdSchema).mutation(async ({ ctx, input }) => {
    const offer = await acceptOffer(ctx.db, { ...me(ctx), offerId: input.offerId });
    return { offerId: offer.id, callId: offer.callId };
  }),
  decline: operator.input(offerIdSchema).mutation(async ({ ctx, input }) => {
    const offer = await declineOffer(ctx.db, { ...me(ctx), offerId: input.offerId });
    return { offerId: offer.id };
  }),
  hangUp: operator.input(callIdSchema).mutation(async ({ ctx, input }) => {
    await findOwnCallId(ctx.db, { ...me(ctx), callId: input.callId });
    const p = await hangUp(ctx.db, { ...me(ctx), callId: input.callId });
    return { state: p.presence };
  }),
  /** Only to an escalation number of the call's terms, by its id. */
  transfer: operator.input(transferSchema).mutation(({ ctx, input }) => transferToEscalation(ctx.db, { ...me(ctx), ...input })),
  submit: operator.input(submitSchema).mutation(({ ctx, input }) => submitCall(ctx.db, { ...me(ctx), ...input })),
  /** The screen pop of the operator's own call (current or earlier); another operator's call is NOT_FOUND. */
  screenPop: operator.input(callIdSchema).query(({ ctx, input }) => screenPop(ctx.db, { ...me(ctx), callId: input.callId })),
  /** The operator's own recent calls. */
  history: operator.input(historySchema).query(({ ctx, input }) => operatorHistory(ctx.db, { ...me(ctx), limit: input.limit })),
  /** Twilio mode: a Voice SDK token for the browser phone; null in emulator mode (simulated audio). */
  voiceToken: operator.query(({ ctx }) => voiceToken(ctx.user.id)),
});
