import { makeCallRow, makeHotlineRow } from "../../support/calls";
import type { DomainCases } from "./world";

/** The client's reports: the victim client's dashboard, call log and a call, asked for by strangers. */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await makeHotlineRow(victim.agency.id, victimClient.id, "Victim report line");
  const call = await makeCallRow(hotline, { outcome: "RESOLVED" });
  return {
    "report.portal.dashboard": { kind: "portal", call: (c, s) => c.report.portal.dashboard({ ...s, period: "thisMonth" }) },
    "report.portal.calls": { kind: "portal", call: (c, s) => c.report.portal.calls(s) },
    "report.portal.callDetail": { kind: "portal", call: (c, s) => c.report.portal.callDetail({ ...s, callId: call.id }) },
  };
};
