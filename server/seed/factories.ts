import type { Tx } from "../db";
import type { AgencyRole } from "../generated/prisma/enums";
import { hashPassword } from "../auth/password";

/**
 * Building blocks shared by the demo seed and the tests, so both make data the way the product does.
 * Hashing is the slow part: callers pass a pre-computed hash when they make many users.
 */
export async function makeUser(db: Tx, v: { email: string; name: string; password?: string; passwordHash?: string; locale?: "en" | "ru" }) {
  const passwordHash = v.passwordHash ?? (await hashPassword(v.password ?? "switchboard-demo"));
  return db.user.create({
    data: { email: v.email.toLowerCase(), name: v.name, passwordHash, locale: v.locale },
    select: { id: true, email: true, name: true },
  });
}

export async function makeAgency(db: Tx, v: { slug: string; name: string; timezone?: string; currency?: string; locale?: "en" | "ru" }) {
  return db.agency.create({
    data: { slug: v.slug, name: v.name, timezone: v.timezone ?? "Europe/Moscow", currency: v.currency ?? "RUB", locale: v.locale ?? "en" },
    select: { id: true, slug: true, name: true },
  });
}

export async function addMember(db: Tx, agencyId: string, userId: string, role: AgencyRole) {
  return db.agencyMember.create({ data: { agencyId, userId, role }, select: { id: true, role: true, userId: true } });
}
