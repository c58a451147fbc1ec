import { db } from "@/server/db";
import type { DomainCases } from "./world";

/** Operators admin: another agency's operator, hotline or client is NOT_FOUND / refused. */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await db.hotline.create({ data: { agencyId: victim.agency.id, clientId: victimClient.id, name: "Victim line" }, select: { id: true } });
  const fields = { languages: ["ru"], hireDate: "2024-01-15", skills: [{ target: "HOTLINE" as const, targetId: hotline.id, level: 5 }] };
  return {
    "operator.list": { kind: "agency", call: (c, s) => c.operator.list({ agencySlug: s.agencySlug }) },
    "operator.targets": { kind: "agency", call: (c, s) => c.operator.targets({ agencySlug: s.agencySlug }) },
    // With its own slug the attacker names the victim's operator (NOT_FOUND) and the victim's hotline.
    "operator.update": { kind: "agency", withOwnSlug: true, call: (c, s) => c.operator.update({ agencySlug: s.agencySlug, userId: victim.users.OPERATOR.id, ...fields }) },
  };
};
