import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { audit } from "../audit";
import { AppError, isUniqueViolation } from "../lib/app-error";
import { refoldClientRollups } from "../reports/rollup-refold";
import type { ClientFields, ListClientsInput } from "./clients.schema";
import { freeClientSlug } from "./client-slug";
import { replaceContacts } from "./contacts";

type AgencyRef = { id: string };
type ClientRef = { id: string; agencyId: string };

const detailSelect = {
  id: true, slug: true, name: true, legalName: true, taxId: true, country: true, timezone: true, locale: true, currency: true,
  status: true, statusChangedAt: true, createdAt: true, updatedAt: true,
  contacts: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, role: true, email: true, phone: true } },
} satisfies Prisma.ClientSelect;

/** What the audit log keeps of a client: its fields, and its contacts as readable lines. */
type Auditable = Record<"name" | "country" | "timezone" | "locale" | "currency", string> &
  Record<"legalName" | "taxId", string | null> & { contacts: { name: string; email: string | null; phone: string | null }[] };

function snapshot(c: Auditable) {
  return {
    name: c.name, legalName: c.legalName, taxId: c.taxId, country: c.country, timezone: c.timezone, locale: c.locale, currency: c.currency,
    contacts: c.contacts.map((x) => [x.name, x.email, x.phone].filter(Boolean).join(" · ")),
  };
}

/** The client's own columns, picked one by one: the procedure's input also carries the slugs. */
function columns(f: ClientFields) {
  return { name: f.name, legalName: f.legalName, taxId: f.taxId, country: f.country, timezone: f.timezone, locale: f.locale, currency: f.currency };
}

/** Creates a client in ONBOARDING with its contacts; the slug comes from the name. Retries a slug race. */
export async function createClient(db: Db, agency: AgencyRef, actorId: string, fields: ClientFields) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const data = columns(fields);
        const slug = await freeClientSlug(data.name);
        const client = await tx.client.create({ data: { ...data, slug, agencyId: agency.id }, select: { id: true, slug: true, name: true, agencyId: true } });
        await replaceContacts(tx, client, fields.contacts);
        await audit(tx, {
          agencyId: agency.id,
          actorId,
          action: "client.created",
          entityType: "Client",
          entityId: client.id,
          after: { ...snapshot(fields), slug, status: "ONBOARDING" },
        });
        return client;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "conflict");
}

export async function getClient(db: Db | Tx, client: ClientRef) {
  return db.client.findFirstOrThrow({ where: { id: client.id, agencyId: client.agencyId }, select: detailSelect });
}

/**
 * Saves the details and replaces the contact list (existing contacts keep their ids). An ENDED client is
 * kept as it was when it ended: its details are read-only.
 */
export async function updateClient(db: Db, client: ClientRef, actorId: string, fields: ClientFields) {
  return db.$transaction(async (tx) => {
    const before = await getClient(tx, client);
    if (before.status === "ENDED") throw new AppError("PRECONDITION_FAILED", "clientEnded");
    await tx.client.update({ where: { id: client.id }, data: columns(fields) });
    // Its local days move with the zone: refolded in this transaction, after the update (see there why).
    if (fields.timezone !== before.timezone) await refoldClientRollups(tx, client);
    await replaceContacts(tx, client, fields.contacts);
    const after = await getClient(tx, client);
    const b = snapshot(before);
    const a = snapshot(after);
    // Only what changed, so the activity log reads "Legal name: — → Aurora LLC" and not the whole record.
    const changed = (Object.keys(a) as (keyof typeof a)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    if (changed.length > 0) {
      await audit(tx, {
        agencyId: client.agencyId,
        actorId,
        action: "client.updated",
        entityType: "Client",
        entityId: client.id,
        before: Object.fromEntries(changed.map((k) => [k, b[k]])),
        after: Object.fromEntries(changed.map((k) => [k, a[k]])),
      });
    }
    return after;
  });
}

/** One page of the agency's clients, by status and by a search over name, legal name and tax id. */
export async function listClients(db: Db, agencyId: string, q: ListClientsInput) {
  const where: Prisma.ClientWhereInput = { agencyId };
  if (q.status) where.status = q.status;
  if (q.search) {
    const contains = { contains: q.search, mode: "insensitive" as const };
    where.OR = [{ name: contains }, { legalName: contains }, { taxId: { contains: q.search.replace(/\s+/g, "") } }];
  }
  const [total, items] = await Promise.all([
    db.client.count({ where }),
    db.client.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true, slug: true, name: true, legalName: true, taxId: true, country: true, status: true, createdAt: true, _count: { select: { members: true } } },
    }),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, items: items.map(({ _count, ...c }) => ({ ...c, users: _count.members })) };
}
