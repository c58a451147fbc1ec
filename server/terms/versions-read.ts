import type { Db, Tx } from "../db";
import type { TermsState } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import type { ClientRef } from "./client-context";
import { diffTerms } from "./diff";
import { APPROVED_STATES, OPEN_STATES } from "./rules";
import { termsDocumentSchema, type TermsDocument } from "./terms.schema";

const metaSelect = {
  id: true,
  number: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  approvedAt: true,
  approvedOnBehalf: true,
  effectiveFrom: true,
  supersededAt: true,
  changesRequestedAt: true,
  changesRequestedComment: true,
  createdById: true,
  updatedById: true,
  submittedById: true,
  approvedById: true,
  changesRequestedById: true,
} as const;

type VersionLike = { number: number; state: TermsState; effectiveFrom: Date | null };

/**
 * The version in force at `at` among a client's versions: of those ever approved and already effective,
 * the latest approved (the highest number: approvals happen in number order, since one version at a time
 * is open). So a later approval wins even when an earlier one was scheduled further ahead; and until a
 * future-dated approval takes effect, the previous version stays in force though already SUPERSEDED.
 */
export function pickInForce<T extends VersionLike>(versions: readonly T[], at: Date): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (!(APPROVED_STATES as readonly string[]).includes(v.state) || !v.effectiveFrom || v.effectiveFrom > at) continue;
    if (!best || v.number > best.number) best = v;
  }
  return best;
}

/** The version an operator follows at an instant (later issues record it on every call); null before any approval. */
export async function versionInForce(db: Db | Tx, clientId: string, at: Date = new Date()) {
  const version = await db.termsVersion.findFirst({
    where: { clientId, state: { in: [...APPROVED_STATES] }, effectiveFrom: { lte: at } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, effectiveFrom: true, document: true },
  });
  return version ? { ...version, effectiveFrom: version.effectiveFrom!, document: version.document as unknown as TermsDocument } : null;
}

/** For the client's onboarding checklist: is there an approved version, and where is the newest one. */
export async function termsChecklistStatus(db: Db | Tx, clientId: string) {
  const [latest, approved] = await Promise.all([
    db.termsVersion.findFirst({ where: { clientId }, orderBy: { number: "desc" }, select: { number: true, state: true } }),
    db.termsVersion.findFirst({ where: { clientId, state: { in: [...APPROVED_STATES] } }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  return {
    hasApproved: approved !== null,
    latestState: (latest?.state ?? null) as TermsState | null,
    latestNumber: latest?.number ?? null,
    approvedNumber: approved?.number ?? null,
  };
}

async function peopleNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = wanted.length ? await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return (id: string | null) => (id ? (names.get(id) ?? null) : null);
}

type People = { createdById: string | null; updatedById: string | null; submittedById: string | null; approvedById: string | null; changesRequestedById: string | null };

function withNames<T extends People>(v: T, name: (id: string | null) => string | null) {
  const { createdById, updatedById, submittedById, approvedById, changesRequestedById, ...rest } = v;
  return {
    ...rest,
    createdBy: name(createdById),
    updatedBy: name(updatedById),
    submittedBy: name(submittedById),
    approvedBy: name(approvedById),
    changesRequestedBy: name(changesRequestedById),
  };
}

/** All versions of a client, newest first, with which one is in force now and which one is open. */
export async function listVersions(db: Db, client: ClientRef, now = new Date()) {
  const rows = await db.termsVersion.findMany({
    where: { clientId: client.id, agencyId: client.agencyId },
    orderBy: { number: "desc" },
    select: metaSelect,
  });
  const name = await peopleNames(db, rows.flatMap((r) => [r.approvedById, r.submittedById, r.updatedById]));
  return {
    versions: rows.map((r) => withNames(r, name)),
    inForceNumber: pickInForce(rows, now)?.number ?? null,
    openNumber: rows.find((r) => (OPEN_STATES as readonly string[]).includes(r.state))?.number ?? null,
  };
}

async function findVersion(db: Db, client: ClientRef, number: number) {
  const row = await db.termsVersion.findFirst({
    where: { clientId: client.id, agencyId: client.agencyId, number },
    select: { ...metaSelect, document: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "termsVersionNotFound");
  return row;
}

/** A stored document as the current schema reads it; one written by an older schema is shown as stored. */
function readDocument(raw: unknown): TermsDocument {
  const parsed = termsDocumentSchema.safeParse(raw);
  return parsed.success ? parsed.data : (raw as TermsDocument);
}

/** One version with its document and the names of the people who moved it along. */
export async function getVersion(db: Db, client: ClientRef, number: number, now = new Date()) {
  const row = await findVersion(db, client, number);
  const name = await peopleNames(db, [row.createdById, row.updatedById, row.submittedById, row.approvedById, row.changesRequestedById]);
  const inForce = await versionInForce(db, client.id, now);
  const { document, ...meta } = row;
  return { ...withNames(meta, name), inForce: inForce?.number === row.number, document: readDocument(document) };
}

/** Two versions compared section by section (`a` is the older side of the view, whatever the numbers). */
export async function diffVersions(db: Db, client: ClientRef, a: number, b: number) {
  const [left, right] = await Promise.all([findVersion(db, client, a), findVersion(db, client, b)]);
  const docA = readDocument(left.document);
  const docB = readDocument(right.document);
  const pick = (v: typeof left) => ({ number: v.number, state: v.state, effectiveFrom: v.effectiveFrom, approvedAt: v.approvedAt, updatedAt: v.updatedAt });
  return { a: pick(left), b: pick(right), sections: diffTerms(docA, docB) };
}
