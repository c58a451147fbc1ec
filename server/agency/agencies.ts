import type { Db, Tx } from "../db";
import { audit } from "../audit";
import { hashPassword } from "../auth/password";
import type { SignUpInput } from "../auth/auth.schema";
import { AppError, isUniqueViolation } from "../lib/app-error";
import { slugCandidate, slugify } from "./slug";

/** A free slug for a new agency: the name's slug, else `-2`, `-3`... checked in one query. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.agency.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Creates an agency with `userId` as its OWNER. Retries on the rare race for the same slug. */
export async function createAgency(db: Db, userId: string, name: string, opts: { locale?: "en" | "ru" } = {}) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction((tx) => createAgencyIn(tx, userId, name, opts));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "conflict");
}

async function createAgencyIn(tx: Tx, userId: string, name: string, opts: { locale?: "en" | "ru" }) {
  const slug = await freeSlug(tx, name);
  const agency = await tx.agency.create({
    data: { slug, name, locale: opts.locale ?? "en", currency: opts.locale === "ru" ? "RUB" : "USD", timezone: opts.locale === "ru" ? "Europe/Moscow" : "UTC" },
    select: { id: true, slug: true, name: true },
  });
  const member = await tx.agencyMember.create({ data: { agencyId: agency.id, userId, role: "OWNER" }, select: { id: true } });
  await audit(tx, {
    agencyId: agency.id,
    actorId: userId,
    action: "agency.created",
    entityType: "AgencyMember",
    entityId: member.id,
    after: { agency: agency.name, slug: agency.slug, role: "OWNER" },
  });
  return agency;
}

/**
 * Sign-up: a new person and their agency, with them as OWNER, in one transaction. A taken e-mail is a
 * CONFLICT on the e-mail field and leaves nothing behind.
 */
export async function signUp(db: Db, input: SignUpInput, locale: "en" | "ru") {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", "emailTaken", { field: "email" });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, locale }, select: { id: true, email: true } });
        const agency = await createAgencyIn(tx, user.id, input.agencyName, { locale });
        return { userId: user.id, email: user.email, agencySlug: agency.slug };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either the e-mail was taken a moment ago, or another sign-up took the same slug: try again.
      if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", "emailTaken", { field: "email" });
      }
    }
  }
  throw new AppError("CONFLICT", "conflict");
}

/** The agencies a person belongs to, for the switcher in the header. */
export async function listMyAgencies(db: Db, userId: string) {
  const rows = await db.agencyMember.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, agency: { select: { slug: true, name: true } } },
  });
  return rows.map((r) => ({ slug: r.agency.slug, name: r.agency.name, role: r.role }));
}
