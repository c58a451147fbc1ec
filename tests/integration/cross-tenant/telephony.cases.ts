import { expect } from "vitest";
import { db } from "@/server/db";
import { hotlineInput, makeHotline, makeNumber, telephonySnapshot } from "../../support/hotlines";
import type { Caller } from "../../support/tenants";
import type { Case, DomainCases } from "./world";

/**
 * number.* (agency side, by agency slug and number ids) and hotline.* (by agency and client slug and
 * hotline ids). The shared tenant snapshot does not cover numbers and hotlines, so every call here also
 * proves the victim's numbers and hotlines are untouched.
 */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await makeHotline(victim.agency.id, victimClient.id);
  const assigned = await makeNumber(victim.agency.id, { hotlineId: hotline.id });
  const free = await makeNumber(victim.agency.id);
  const line = await db.phoneNumber.create({
    data: { agencyId: victim.agency.id, e164: "+74951230000", kind: "FORWARDED", provider: "CLIENT", forwardsToId: assigned.id },
    select: { id: true },
  });

  const guarded = (call: (c: Caller, s: { agencySlug: string; clientSlug: string }) => Promise<unknown>, withOwnSlug = true): Case => ({
    kind: "agency",
    withOwnSlug,
    call: async (c, s) => {
      const before = await telephonySnapshot(victim.agency.id);
      try {
        return await call(c, s);
      } finally {
        expect(await telephonySnapshot(victim.agency.id)).toEqual(before);
      }
    },
  });
  const h = { hotlineId: hotline.id };

  return {
    "number.list": guarded((c, s) => c.number.list({ agencySlug: s.agencySlug }), false),
    "number.search": guarded((c, s) => c.number.search({ agencySlug: s.agencySlug, country: "RU", kind: "LOCAL", contains: "" }), false),
    "number.buy": guarded((c, s) => c.number.buy({ agencySlug: s.agencySlug, e164: "+74955550123", friendlyName: "" }), false),
    "number.attach": guarded((c, s) => c.number.attach({ agencySlug: s.agencySlug, sid: free.providerSid!, friendlyName: "" }), false),
    "number.addForwarded": guarded((c, s) => c.number.addForwarded({ agencySlug: s.agencySlug, phone: "+74951239999", country: "RU", forwardsToId: assigned.id, friendlyName: "" })),
    "number.release": guarded((c, s) => c.number.release({ agencySlug: s.agencySlug, numberId: assigned.id })),
    "number.testForwarded": guarded((c, s) => c.number.testForwarded({ agencySlug: s.agencySlug, numberId: line.id })),

    "hotline.list": guarded((c, s) => c.hotline.list(s)),
    "hotline.get": guarded((c, s) => c.hotline.get({ ...s, ...h })),
    "hotline.create": guarded((c, s) => c.hotline.create({ ...s, ...hotlineInput({ name: "Hijacked" }) })),
    "hotline.update": guarded((c, s) => c.hotline.update({ ...s, ...h, ...hotlineInput({ name: "Hijacked" }) })),
    "hotline.setStatus": guarded((c, s) => c.hotline.setStatus({ ...s, ...h, status: "PAUSED" })),
    "hotline.assignNumber": guarded((c, s) => c.hotline.assignNumber({ ...s, ...h, numberId: free.id })),
    "hotline.unassignNumber": guarded((c, s) => c.hotline.unassignNumber({ ...s, ...h, numberId: assigned.id })),
    "hotline.placeTestCall": guarded((c, s) => c.hotline.placeTestCall({ ...s, ...h, from: "+79161234567", language: "ru", digits: "", staySeconds: 10 })),
    "hotline.testCall": guarded((c, s) => c.hotline.testCall({ ...s, ...h, callSid: `CA${"0".repeat(32)}` })),
  };
};
