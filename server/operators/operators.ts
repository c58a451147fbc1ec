import type { Db } from "../db";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import type { UpdateOperatorInput } from "./operators.schema";

type Agency = { id: string; timezone: string };

const profileInclude = { skills: { select: { hotlineId: true, clientId: true, level: true } } } as const;

/**
 * The agency's operators (members with the OPERATOR role, plus any member who already has a profile) with
 * their profile, skills (named) and presence. Missing profiles are created on the way, so every operator
 * can be edited and routed to.
 */
export async function listOperators(db: Db, agency: Agency) {
  const members = await db.agencyMember.findMany({
    where: { agencyId: agency.id },
    select: { userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  const existing = await db.operatorProfile.findMany({ where: { agencyId: agency.id }, select: { userId: true } });
  const withProfile = new Set(existing.map((p) => p.userId));
  const operators = members.filter((m) => m.role === "OPERATOR" || withProfile.has(m.userId));
  const missing = operators.filter((m) => !withProfile.has(m.userId));
  if (missing.length > 0) {
    await db.operatorProfile.createMany({ data: missing.map((m) => ({ agencyId: agency.id, userId: m.userId })), skipDuplicates: true });
  }
  const [profiles, hotlines, clients] = await Promise.all([
    db.operatorProfile.findMany({ where: { agencyId: agency.id, userId: { in: operators.map((m) => m.userId) } }, include: profileInclude }),
    db.hotline.findMany({ where: { agencyId: agency.id }, select: { id: true, name: true, client: { select: { name: true } } } }),
    db.client.findMany({ where: { agencyId: agency.id }, select: { id: true, name: true } }),
  ]);
  const hotlineName = new Map(hotlines.map((h) => [h.id, `${h.client.name} · ${h.name}`]));
  const clientName = new Map(clients.map((c) => [c.id, c.name]));
  const byUser = new Map(profiles.map((p) => [p.userId, p]));
  return operators
    .map((m) => {
      const p = byUser.get(m.userId)!;
      return {
        userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, languages: p.languages,
        hireDate: p.hireDate ? p.hireDate.toISOString().slice(0, 10) : null, presence: p.presence, presenceSince: p.presenceSince,
        skills: p.skills.map((s) =>
          s.hotlineId
            ? { target: "HOTLINE" as const, targetId: s.hotlineId, level: s.level, name: hotlineName.get(s.hotlineId) ?? "?" }
            : { target: "CLIENT" as const, targetId: s.clientId!, level: s.level, name: clientName.get(s.clientId!) ?? "?" },
        ),
      };
    })
    .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email));
}

/** What a skill can target: the agency's hotlines and clients, for the edit dialog. */
export async function skillTargets(db: Db, agencyId: string) {
  const [hotlines, clients] = await Promise.all([
    db.hotline.findMany({ where: { agencyId }, select: { id: true, name: true, client: { select: { name: true } } }, orderBy: { name: "asc" } }),
    db.client.findMany({ where: { agencyId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { hotlines: hotlines.map((h) => ({ id: h.id, name: `${h.client.name} · ${h.name}` })), clients };
}

/**
 * Replaces an operator's languages, hire date and skills. The operator must be a member of this agency
 * and every skill's hotline or client one of its own (another agency's id is refused at that skill's
 * field, as if it did not exist). Audited with before and after.
 */
export async function updateOperator(db: Db, agencyId: string, actorId: string, input: UpdateOperatorInput) {
  const member = await db.agencyMember.findFirst({ where: { agencyId, userId: input.userId }, select: { userId: true } });
  if (!member) throw new AppError("NOT_FOUND", "operators.notFound");
  const ids = (target: "HOTLINE" | "CLIENT") => input.skills.filter((s) => s.target === target).map((s) => s.targetId);
  const [hotlines, clients] = await Promise.all([
    db.hotline.findMany({ where: { agencyId, id: { in: ids("HOTLINE") } }, select: { id: true } }),
    db.client.findMany({ where: { agencyId, id: { in: ids("CLIENT") } }, select: { id: true } }),
  ]);
  const known = new Set([...hotlines.map((h) => `HOTLINE:${h.id}`), ...clients.map((c) => `CLIENT:${c.id}`)]);
  const unknown = input.skills.findIndex((s) => !known.has(`${s.target}:${s.targetId}`));
  if (unknown >= 0) throw new AppError("BAD_REQUEST", "operators.unknownTarget", { field: `skills.${unknown}.targetId` });

  return db.$transaction(async (tx) => {
    const before = await tx.operatorProfile.findUnique({ where: { agencyId_userId: { agencyId, userId: input.userId } }, include: profileInclude });
    const hireDate = input.hireDate ? new Date(`${input.hireDate}T00:00:00Z`) : null;
    const profile = await tx.operatorProfile.upsert({
      where: { agencyId_userId: { agencyId, userId: input.userId } },
      create: { agencyId, userId: input.userId, languages: input.languages, hireDate },
      update: { languages: input.languages, hireDate },
    });
    await tx.operatorSkill.deleteMany({ where: { operatorProfileId: profile.id } });
    await tx.operatorSkill.createMany({
      data: input.skills.map((s) => ({
        agencyId, operatorProfileId: profile.id, level: s.level,
        hotlineId: s.target === "HOTLINE" ? s.targetId : null, clientId: s.target === "CLIENT" ? s.targetId : null,
      })),
    });
    const after = { languages: input.languages, hireDate: input.hireDate || null, skills: input.skills };
    const beforeJson = before ? { languages: before.languages, hireDate: before.hireDate?.toISOString().slice(0, 10) ?? null, skills: before.skills } : null;
    await audit(tx, { agencyId, actorId, action: "operator.updated", entityType: "OperatorProfile", entityId: profile.id, before: beforeJson, after });
    return { userId: input.userId };
  });
}
