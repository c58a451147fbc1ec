import { db } from "@/server/db";
import { makeAnsweredCall } from "../../support/desk";
import type { DomainCases } from "./world";

/**
 * desk.* (the operator's own desk, OPERATOR+). The victim's operator has an answered call and a ringing
 * offer; the attacker asks with the victim's agency slug, and with its own slug but the victim's call and
 * offer ids (NOT_FOUND: a call or offer is looked up as the caller's own, inside their agency).
 */
export const cases: DomainCases = async ({ victim }) => {
  const { call, line } = await makeAnsweredCall(victim, victim.users.OPERATOR.id, { current: false });
  const ringing = await makeAnsweredCall(victim, victim.users.SUPERVISOR.id, { current: false, line });
  await db.callOffer.updateMany({ where: { callId: ringing.call.id }, data: { status: "RINGING", expiresAt: new Date(Date.now() + 3_600_000) } });
  const offer = await db.callOffer.findFirstOrThrow({ where: { callId: ringing.call.id } });
  const form = { name: "Anna", phone: "+79161234567" };

  return {
    "desk.me": { kind: "agency", call: (c, s) => c.desk.me({ agencySlug: s.agencySlug }) },
    "desk.setPresence": { kind: "agency", call: (c, s) => c.desk.setPresence({ agencySlug: s.agencySlug, state: "AVAILABLE" }) },
    "desk.heartbeat": { kind: "agency", call: (c, s) => c.desk.heartbeat({ agencySlug: s.agencySlug }) },
    "desk.voiceToken": { kind: "agency", call: (c, s) => c.desk.voiceToken({ agencySlug: s.agencySlug }) },
    "desk.history": { kind: "agency", call: (c, s) => c.desk.history({ agencySlug: s.agencySlug, limit: 10 }) },
    "desk.accept": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.accept({ agencySlug: s.agencySlug, offerId: offer.id }) },
    "desk.decline": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.decline({ agencySlug: s.agencySlug, offerId: offer.id }) },
    "desk.hangUp": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.hangUp({ agencySlug: s.agencySlug, callId: call.id }) },
    "desk.transfer": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.transfer({ agencySlug: s.agencySlug, callId: call.id, escalationId: "emergency" }) },
    "desk.submit": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.submit({ agencySlug: s.agencySlug, callId: call.id, outcome: "RESOLVED", form }) },
    "desk.screenPop": { kind: "agency", withOwnSlug: true, call: (c, s) => c.desk.screenPop({ agencySlug: s.agencySlug, callId: call.id }) },
  };
};
