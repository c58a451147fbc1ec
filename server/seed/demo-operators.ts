import type { Db } from "../db";

/**
 * The demo operators' profiles: who answers which line, how well, in which languages, and since when they
 * are employed (Oleg passes twelve months this winter: the tenure the staff report will show).
 */
export async function seedDemoOperators(db: Db, agencyId: string) {
  const operators = await db.agencyMember.findMany({
    where: { agencyId, role: "OPERATOR" },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { user: { email: "asc" } },
  });
  const hotlines = await db.hotline.findMany({ where: { agencyId }, select: { id: true, client: { select: { slug: true } } } });
  const line = (slug: string) => hotlines.find((h) => h.client.slug === slug)!.id;
  const plans: Record<string, { languages: string[]; hireDate: string; skills: [string, number][] }> = {
    "operator1@demo.test": { languages: ["ru", "en"], hireDate: "2025-12-15", skills: [["aurora-dental", 4], ["bluebird-plumbing", 2]] },
    "operator2@demo.test": { languages: ["en", "ru"], hireDate: "2026-06-01", skills: [["bluebird-plumbing", 5], ["aurora-dental", 3]] },
  };
  for (const op of operators) {
    const plan = plans[op.user.email];
    if (!plan) continue;
    await db.operatorProfile.create({
      data: {
        agencyId, userId: op.userId, languages: plan.languages, hireDate: new Date(`${plan.hireDate}T00:00:00Z`),
        skills: { create: plan.skills.map(([slug, level]) => ({ agencyId, hotlineId: line(slug), level })) },
      },
    });
  }
}
