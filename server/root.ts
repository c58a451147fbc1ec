import { agencyRouter } from "./routers/agency";
import { callRouter } from "./routers/call";
import { deskRouter } from "./routers/desk";
import { messageRouter } from "./routers/message";
import { operatorRouter } from "./routers/operator";
import { wallboardRouter } from "./routers/wallboard";
import { hotlineRouter } from "./routers/hotline";
import { numberRouter } from "./routers/number";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { clientRouter } from "./routers/client";
import { documentRouter } from "./routers/document";
import { onCallRouter } from "./routers/on-call";
import { portalRouter } from "./routers/portal";
import { reportRouter } from "./routers/report";
import { termsRouter } from "./routers/terms";
import { invitationRouter } from "./routers/invitation";
import { teamRouter } from "./routers/team";
import { agencyReportRouter } from "./routers/agency-report";
import { digestRouter } from "./routers/digest";
import { billingRouter } from "./routers/billing";
import { dataPolicyRouter } from "./routers/data-policy";
import { createCallerFactory, router } from "./trpc/init";

export const appRouter = router({
  auth: authRouter,
  agency: agencyRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  client: clientRouter,
  terms: termsRouter,
  document: documentRouter,
  onCall: onCallRouter,
  portal: portalRouter,
  report: reportRouter,
  agencyReport: agencyReportRouter,
  digest: digestRouter,
  number: numberRouter,
  hotline: hotlineRouter,
  // Not "call": tRPC reserves it (a router is callable), so the call log is `calls`.
  calls: callRouter,
  operator: operatorRouter,
  desk: deskRouter,
  wallboard: wallboardRouter,
  message: messageRouter,
  billing: billingRouter,
  dataPolicy: dataPolicyRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
