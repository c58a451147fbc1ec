import type { Db } from "../db";
import { versionInForce } from "../terms/versions-read";

/** The client portals a person may open (the header's switcher, and `/` for someone who is only a client user). */
export async function listMyPortals(db: Db, userId: string) {
  const rows = await db.clientMember.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, client: { select: { slug: true, name: true, status: true, agency: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ slug: r.client.slug, name: r.client.name, status: r.client.status, agencyName: r.client.agency.name, role: r.role }));
}

/**
 * What a client user sees first in the portal: their client, who serves it, the terms of reference in
 * force and what awaits them, and a few counts. Only the client's own rows; nothing of the agency's
 * internals (its team, its other clients, its own documents).
 */
export async function portalOverview(db: Db, client: { id: string; agencyId: string }, now = new Date()) {
  const [row, inForce, upcoming, submitted, users, contacts, documents, onCall] = await Promise.all([
    db.client.findFirstOrThrow({
      where: { id: client.id, agencyId: client.agencyId },
      select: { slug: true, name: true, status: true, timezone: true, locale: true, agency: { select: { name: true } } },
    }),
    versionInForce(db, client.id, now),
    // Approved to take effect later ("a new script from Monday").
    db.termsVersion.findFirst({
      where: { clientId: client.id, state: "APPROVED", effectiveFrom: { gt: now } },
      orderBy: { number: "desc" },
      select: { number: true, effectiveFrom: true },
    }),
    db.termsVersion.findFirst({ where: { clientId: client.id, state: "SUBMITTED" }, orderBy: { number: "desc" }, select: { number: true, submittedAt: true } }),
    db.clientMember.count({ where: { clientId: client.id } }),
    db.clientContact.count({ where: { clientId: client.id } }),
    db.complianceDocument.count({ where: { clientId: client.id, agencyId: client.agencyId } }),
    db.onCallEntry.count({ where: { clientId: client.id, endsAt: { gt: now } } }),
  ]);
  return {
    client: { slug: row.slug, name: row.name, status: row.status, timezone: row.timezone },
    agencyName: row.agency.name,
    terms: {
      inForce: inForce ? { number: inForce.number, effectiveFrom: inForce.effectiveFrom } : null,
      upcoming: upcoming ? { number: upcoming.number, effectiveFrom: upcoming.effectiveFrom! } : null,
      awaitingApproval: submitted ? { number: submitted.number, submittedAt: submitted.submittedAt } : null,
    },
    counts: { users, contacts, documents, upcomingOnCall: onCall },
  };
}
