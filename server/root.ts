import { agencyRouter } from "./routers/agency";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { invitationRouter } from "./routers/invitation";
import { teamRouter } from "./routers/team";
import { createCallerFactory, router } from "./trpc/init";

export const appRouter = router({
  auth: authRouter,
  agency: agencyRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
