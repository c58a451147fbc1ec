import { db } from "@/server/db";
import { addDays, localToday, mondayOf } from "@/server/oncall/local-time";
import type { OnCallEntryInput } from "@/server/oncall/oncall.schema";
import type { DomainCases } from "./world";

/** The on-call roster, agency side (onCall.agency.*) and portal side (onCall.portal.*). */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const zone = "Europe/Moscow"; // the world's clients keep the default zone
  const day = (n: number) => addDays(localToday(zone), n);
  const entry = await db.onCallEntry.create({
    data: {
      agencyId: victim.agency.id,
      clientId: victimClient.id,
      personName: "Victim on call",
      phone: "+79123456789",
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 2 * 86_400_000),
    },
    select: { id: true },
  });
  // Valid input, so that a refusal can only come from tenancy.
  const fields: OnCallEntryInput = {
    personName: "Intruder",
    phone: "+79990001122",
    email: "",
    startDate: day(5),
    startTime: "09:00",
    endDate: day(5),
    endTime: "18:00",
    escalationOrder: 4,
    note: "",
  };
  const weekStart = addDays(mondayOf(day(0)), 7);

  return {
    "onCall.agency.list": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.list(s) },
    "onCall.agency.history": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.history(s) },
    "onCall.agency.create": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.create({ ...s, ...fields }) },
    "onCall.agency.update": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.update({ ...s, ...fields, entryId: entry.id }) },
    "onCall.agency.remove": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.remove({ ...s, entryId: entry.id }) },
    "onCall.agency.copyWeek": { kind: "agency", withOwnSlug: true, call: (c, s) => c.onCall.agency.copyWeek({ ...s, weekStart }) },

    "onCall.portal.list": { kind: "portal", call: (c, s) => c.onCall.portal.list(s) },
    "onCall.portal.history": { kind: "portal", call: (c, s) => c.onCall.portal.history(s) },
    "onCall.portal.create": { kind: "portal", call: (c, s) => c.onCall.portal.create({ ...s, ...fields }) },
    "onCall.portal.update": { kind: "portal", call: (c, s) => c.onCall.portal.update({ ...s, ...fields, entryId: entry.id }) },
    "onCall.portal.remove": { kind: "portal", call: (c, s) => c.onCall.portal.remove({ ...s, entryId: entry.id }) },
    "onCall.portal.copyWeek": { kind: "portal", call: (c, s) => c.onCall.portal.copyWeek({ ...s, weekStart }) },
  };
};
