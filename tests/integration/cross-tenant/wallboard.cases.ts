import { makeHotlineRow } from "../../support/calls";
import type { DomainCases } from "./world";

/**
 * wallboard.* (SUPERVISOR+). The victim has a hotline and an operator; the attacker asks with the
 * victim's agency slug, and with its own slug but the victim's operator or hotline ids.
 */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await makeHotlineRow(victim.agency.id, victimClient.id, "Victim wall line");
  const operatorId = victim.users.OPERATOR.id;
  return {
    "wallboard.snapshot": { kind: "agency", call: (c, s) => c.wallboard.snapshot({ agencySlug: s.agencySlug }) },
    "wallboard.forcePresence": {
      kind: "agency",
      withOwnSlug: true,
      call: (c, s) => c.wallboard.forcePresence({ agencySlug: s.agencySlug, userId: operatorId, state: "OFFLINE" }),
    },
    "wallboard.simulateTraffic": {
      kind: "agency",
      withOwnSlug: true,
      call: (c, s) => c.wallboard.simulateTraffic({ agencySlug: s.agencySlug, hotlineIds: [hotline.id], callsPerMinute: 5, minutes: 1 }),
    },
    "wallboard.setBots": { kind: "agency", call: (c, s) => c.wallboard.setBots({ agencySlug: s.agencySlug, on: true }) },
  };
};
