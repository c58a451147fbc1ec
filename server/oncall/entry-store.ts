import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import type { AppLocale } from "../i18n/locale";
import { findOverlap, type Interval } from "./rules";

/**
 * Pieces the roster's services share: which client, what an entry looks like when read and when
 * audited, the per-client write lock and the overlap refusal.
 */
export type ClientScope = { id: string; agencyId: string };
export type OnCallActor = { userId: string; locale: AppLocale };

export const entrySelect = {
  id: true,
  personName: true,
  phone: true,
  email: true,
  startsAt: true,
  endsAt: true,
  escalationOrder: true,
  note: true,
  updatedAt: true,
} satisfies Prisma.OnCallEntrySelect;

export type StoredEntry = Prisma.OnCallEntryGetPayload<{ select: typeof entrySelect }>;

export const AUDIT_ENTITY = "OnCallEntry";

/**
 * The entry as the audit log keeps it. `clientId` is in it so a client's change history can be found
 * after the entry itself is deleted.
 */
export function auditSnapshot(clientId: string, e: Omit<StoredEntry, "id" | "updatedAt">) {
  return {
    clientId,
    personName: e.personName,
    phone: e.phone,
    email: e.email,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    escalationOrder: e.escalationOrder,
    note: e.note,
  };
}

/** The client's zone and country, read inside the tenant (another agency's client is not found). */
export async function clientSettings(db: Db | Tx, scope: ClientScope) {
  const client = await db.client.findFirst({
    where: { id: scope.id, agencyId: scope.agencyId },
    select: { name: true, timezone: true, country: true, status: true },
  });
  if (!client) throw new AppError("NOT_FOUND", "clientNotFound");
  return { name: client.name, timeZone: client.timezone, country: client.country, ended: client.status === "ENDED" };
}

/** The settings of a client whose roster may still change: an ENDED client's roster is history, read-only. */
export async function editableClientSettings(db: Db | Tx, scope: ClientScope) {
  const settings = await clientSettings(db, scope);
  if (settings.ended) throw new AppError("PRECONDITION_FAILED", "onCallClientEnded");
  return settings;
}

/**
 * Serialises the roster writes of one client (two people saving "escalation 1, tonight" at the same
 * moment must not both pass the overlap check). A row lock on the client, held to the end of the
 * transaction; NO KEY UPDATE so that inserts referencing the client elsewhere are not blocked.
 */
export async function lockRoster(tx: Tx, clientId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${clientId} FOR NO KEY UPDATE`;
}

export async function findEntry(tx: Tx, scope: ClientScope, entryId: string): Promise<StoredEntry> {
  const entry = await tx.onCallEntry.findFirst({ where: { id: entryId, clientId: scope.id, agencyId: scope.agencyId }, select: entrySelect });
  if (!entry) throw new AppError("NOT_FOUND", "onCallEntryNotFound");
  return entry;
}

/** The entries of the same order overlapping the candidate (the query narrows, the pure rule decides). */
export async function overlappingEntry(tx: Tx, clientId: string, candidate: Interval & { escalationOrder: number }, except?: string) {
  const rows = await tx.onCallEntry.findMany({
    where: { clientId, escalationOrder: candidate.escalationOrder, startsAt: { lt: candidate.endsAt }, endsAt: { gt: candidate.startsAt } },
    select: { id: true, personName: true, startsAt: true, endsAt: true, escalationOrder: true },
  });
  return findOverlap(rows, candidate, except);
}

/** Refuses a candidate that collides, naming who already holds that order then (times in the client's zone). */
export async function refuseOverlap(
  tx: Tx,
  clientId: string,
  candidate: Interval & { escalationOrder: number },
  ctx: { timeZone: string; locale: AppLocale; except?: string },
): Promise<void> {
  const hit = await overlappingEntry(tx, clientId, candidate, ctx.except);
  if (!hit) return;
  const format = new Intl.DateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.timeZone });
  throw new AppError("CONFLICT", "onCallOverlap", {
    field: "escalationOrder",
    values: { name: hit.personName, order: hit.escalationOrder, start: format.format(hit.startsAt), end: format.format(hit.endsAt) },
  });
}
