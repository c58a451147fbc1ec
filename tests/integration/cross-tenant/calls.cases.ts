import { abandonedCallEvents, makeCallRow, makeHotlineRow } from "../../support/calls";
import type { DomainCases } from "./world";

/**
 * calls.* (the agency's call log, SUPERVISOR+). The victim has a call with events on its client's hotline;
 * the attacker asks with the victim's agency slug, and with its own slug but the victim's client and call.
 */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await makeHotlineRow(victim.agency.id, victimClient.id, "Victim line");
  const start = new Date(Date.now() - 3_600_000);
  const call = await makeCallRow(hotline, { status: "ABANDONED", startedAt: start, events: abandonedCallEvents(start) });

  return {
    "calls.list": { kind: "agency", withOwnSlug: true, call: (c, s) => c.calls.list({ agencySlug: s.agencySlug, client: s.clientSlug }) },
    "calls.filterOptions": { kind: "agency", call: (c, s) => c.calls.filterOptions({ agencySlug: s.agencySlug }) },
    "calls.get": { kind: "agency", withOwnSlug: true, call: (c, s) => c.calls.get({ agencySlug: s.agencySlug, callId: call.id }) },
  };
};
