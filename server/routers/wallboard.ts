import { telephonyProvider } from "../telephony";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";
import { forcePresence, setBots, simulateTraffic } from "../wallboard/actions";
import { wallboardSnapshot } from "../wallboard/snapshot";
import { forcePresenceSchema, setBotsSchema, simulateTrafficSchema } from "../wallboard/wallboard.schema";

// The wall screen and its actions are the supervisors' (and up).
const supervisor = agencyProcedure("SUPERVISOR");
const actor = (ctx: { agency: { id: string }; user: { id: string } }) => ({ agencyId: ctx.agency.id, actorId: ctx.user.id });

export const wallboardRouter = router({
  /** Per-hotline figures for today (client's zone), operators with state and time in it, live calls. */
  snapshot: supervisor.query(async ({ ctx }) => ({
    ...(await wallboardSnapshot(ctx.db, ctx.agency.id)),
    demo: telephonyProvider() === "EMULATOR",
  })),
  /** Puts an operator AVAILABLE, on BREAK or OFFLINE (recorded with who did it). */
  forcePresence: supervisor.input(forcePresenceSchema).mutation(({ ctx, input }) => forcePresence(ctx.db, actor(ctx), input)),
  /** Emulator only: generated calls at the agency's numbers. */
  simulateTraffic: supervisor.input(simulateTrafficSchema).mutation(({ ctx, input }) => simulateTraffic(ctx.db, actor(ctx), input)),
  /** Emulator only: bots answer for the agency's operators. */
  setBots: supervisor.input(setBotsSchema).mutation(({ ctx, input }) => setBots(ctx.db, actor(ctx), input.on)),
});
