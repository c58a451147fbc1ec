import { z } from "zod";
import type { Db, Tx } from "../db";
import type { Prisma, TermsState } from "../generated/prisma/client";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import { loadTermsClient, type ClientRef, type TermsClient } from "./client-context";
import { diffTerms } from "./diff";
import { guardImmutable } from "./immutable";
import { zonedLocalToInstant } from "./local-time";
import { notifyTermsEvent } from "./notifications";
import { canDo, nextState, OPEN_STATES, type TermsAction, type TermsActor } from "./rules";
import { emptyTermsDocument } from "./template";
import { termsDocumentSchema, termsDocumentSchemaFor, type TermsDocument } from "./terms.schema";

/**
 * The life of a terms version: DRAFT (edited by the agency's admins and the client's admins) ->
 * SUBMITTED (read-only) -> APPROVED by the client (or by the agency on its behalf) -> SUPERSEDED when a
 * later one is approved; "request changes" sends a SUBMITTED version back to DRAFT. Each transition locks
 * the client row, so two people acting at once are serialised, writes the audit log, and queues e-mails.
 */
export type Actor = TermsActor & { name: string };

/** An approval may be dated a little in the past (a slow form); older is a mistake, not a plan. */
const PAST_TOLERANCE_MS = 5 * 60_000;

async function lockClient(tx: Tx, client: ClientRef): Promise<TermsClient> {
  await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${client.id} AND "agencyId" = ${client.agencyId} FOR UPDATE`;
  return loadTermsClient(tx, client);
}

async function loadVersion(tx: Tx, client: ClientRef, number: number) {
  const version = await tx.termsVersion.findFirst({
    where: { clientId: client.id, agencyId: client.agencyId, number },
    select: { id: true, number: true, state: true, document: true, updatedAt: true, effectiveFrom: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "termsVersionNotFound");
  return version;
}

function allow(actor: TermsActor, action: TermsAction) {
  if (!canDo(actor, action)) throw new AppError("FORBIDDEN", "forbidden");
}

function move(state: TermsState, action: Exclude<TermsAction, "createDraft">): TermsState {
  const next = nextState(state, action);
  if (!next.ok) throw new AppError("CONFLICT", next.error);
  return next.state;
}

/** The document checked against its client; a failure is a ZodError whose paths start with "document". */
function validDocument(raw: unknown, client: TermsClient): TermsDocument {
  const schema = z.object({ document: termsDocumentSchemaFor({ locale: client.locale, contactIds: client.contacts.map((c) => c.id) }) });
  const parsed = schema.safeParse({ document: raw });
  if (!parsed.success) throw parsed.error;
  return parsed.data.document;
}

/** When an approval takes effect: the moment asked for (not in the past), else now. */
function effectiveMoment(input: { effectiveFrom?: Date; effectiveFromLocal?: string }, timezone: string, now: Date): Date {
  const field = input.effectiveFromLocal !== undefined ? "effectiveFromLocal" : "effectiveFrom";
  const asked = input.effectiveFromLocal ? zonedLocalToInstant(input.effectiveFromLocal, timezone) : input.effectiveFrom;
  if (input.effectiveFromLocal && !asked) throw new AppError("BAD_REQUEST", "termsEffectiveInvalid", { field });
  if (!asked) return now;
  if (asked.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw new AppError("BAD_REQUEST", "termsEffectiveInPast", { field });
  return asked > now ? asked : now;
}

const json = (doc: TermsDocument) => doc as unknown as Prisma.InputJsonValue;
const stateOf = (v: { number: number; state: TermsState }) => ({ number: v.number, state: v.state });

/**
 * Opens a new draft, a copy of the latest version (or a starting template for the first one). Only one
 * version is open (DRAFT or SUBMITTED) at a time: another open one is a CONFLICT naming it.
 */
export async function createDraft(db: Db, clientRef: ClientRef, actor: Actor) {
  allow(actor, "createDraft");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientRef);
    const open = await tx.termsVersion.findFirst({ where: { clientId: client.id, state: { in: [...OPEN_STATES] } }, select: { number: true } });
    if (open) throw new AppError("CONFLICT", "termsOpenVersionExists", { values: { number: open.number } });
    const latest = await tx.termsVersion.findFirst({ where: { clientId: client.id }, orderBy: { number: "desc" }, select: { number: true, document: true } });
    const document = latest?.document ?? json(emptyTermsDocument(client.locale, { hotlineName: client.name }));
    const created = await tx.termsVersion.create({
      data: { agencyId: client.agencyId, clientId: client.id, number: (latest?.number ?? 0) + 1, document, createdById: actor.userId, updatedById: actor.userId },
      select: { id: true, number: true, state: true },
    });
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "terms.draft_created",
      entityType: "TermsVersion",
      entityId: created.id,
      after: { ...stateOf(created), copiedFrom: latest?.number ?? null },
    });
    return { number: created.number };
  });
}

/**
 * Saves a draft's document. `baseUpdatedAt` is when the editor loaded it: if someone saved since (the
 * agency and the client may edit at once), the save is refused rather than silently overwriting theirs.
 */
export async function saveDraft(db: Db, clientRef: ClientRef, actor: Actor, input: { number: number; document: unknown; baseUpdatedAt?: Date }) {
  allow(actor, "edit");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientRef);
    const version = await loadVersion(tx, client, input.number);
    move(version.state, "edit");
    if (input.baseUpdatedAt && input.baseUpdatedAt.getTime() !== version.updatedAt.getTime()) {
      throw new AppError("CONFLICT", "termsDraftChangedElsewhere");
    }
    const document = validDocument(input.document, client);
    const previous = termsDocumentSchema.safeParse(version.document);
    const changed = previous.success ? diffTerms(previous.data, document).map((s) => s.section) : null;
    const saved = await guardImmutable(() =>
      tx.termsVersion.update({ where: { id: version.id }, data: { document: json(document), updatedById: actor.userId }, select: { updatedAt: true } }),
    );
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "terms.draft_saved",
      entityType: "TermsVersion",
      entityId: version.id,
      before: stateOf(version),
      after: { ...stateOf(version), changedSections: changed },
    });
    return { number: version.number, updatedAt: saved.updatedAt };
  });
}

/** Submits a draft for the client's approval: it becomes read-only and the client's admins are e-mailed. */
export async function submitVersion(db: Db, clientRef: ClientRef, actor: Actor, number: number, now = new Date()) {
  allow(actor, "submit");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientRef);
    const version = await loadVersion(tx, client, number);
    const state = move(version.state, "submit");
    // Contacts may have changed since the last save: check again against the client as it is now.
    validDocument(version.document, client);
    await guardImmutable(() =>
      tx.termsVersion.update({ where: { id: version.id }, data: { state, submittedAt: now, submittedById: actor.userId, updatedById: actor.userId } }),
    );
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "terms.submitted",
      entityType: "TermsVersion",
      entityId: version.id,
      before: stateOf(version),
      after: { number, state },
    });
    await notifyTermsEvent(tx, "submitted", { client, version, actor, at: now });
    return { number, state };
  });
}

/**
 * Approves a submitted version, from `effectiveFrom` (an instant, or `effectiveFromLocal`: a
 * "YYYY-MM-DDTHH:MM" wall-clock time in the client's time zone; default now; the past is refused). The
 * versions approved before it become SUPERSEDED; the one in force stays in force until the new one's
 * effective moment (see versionInForce). An agency approval is recorded as made on the client's behalf.
 */
export async function approveVersion(
  db: Db,
  clientRef: ClientRef,
  actor: Actor,
  input: { number: number; effectiveFrom?: Date; effectiveFromLocal?: string },
  now = new Date(),
) {
  allow(actor, "approve");
  const onBehalf = actor.side === "agency";
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientRef);
    const version = await loadVersion(tx, client, input.number);
    const state = move(version.state, "approve");
    const effectiveFrom = effectiveMoment(input, client.timezone, now);
    const earlier = await tx.termsVersion.findMany({ where: { clientId: client.id, state: "APPROVED", number: { lt: version.number } }, select: { id: true, number: true, state: true } });
    for (const old of earlier) {
      await guardImmutable(() => tx.termsVersion.update({ where: { id: old.id }, data: { state: "SUPERSEDED", supersededAt: now } }));
      await audit(tx, {
        agencyId: client.agencyId,
        actorId: actor.userId,
        action: "terms.superseded",
        entityType: "TermsVersion",
        entityId: old.id,
        before: stateOf(old),
        after: { number: old.number, state: "SUPERSEDED", supersededBy: version.number },
      });
    }
    await guardImmutable(() =>
      tx.termsVersion.update({
        where: { id: version.id },
        data: { state, approvedAt: now, approvedById: actor.userId, approvedOnBehalf: onBehalf, effectiveFrom, updatedById: actor.userId },
      }),
    );
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: onBehalf ? "terms.approved_on_behalf" : "terms.approved",
      entityType: "TermsVersion",
      entityId: version.id,
      before: stateOf(version),
      after: { number: version.number, state, effectiveFrom: effectiveFrom.toISOString(), approvedOnBehalf: onBehalf },
    });
    await notifyTermsEvent(tx, "approved", { client, version, actor, at: now, effectiveFrom });
    return { number: version.number, state, effectiveFrom, approvedOnBehalf: onBehalf };
  });
}

/** Sends a submitted version back to DRAFT with a comment saying what to change. */
export async function requestChanges(db: Db, clientRef: ClientRef, actor: Actor, input: { number: number; comment: string }, now = new Date()) {
  allow(actor, "requestChanges");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientRef);
    const version = await loadVersion(tx, client, input.number);
    const state = move(version.state, "requestChanges");
    await guardImmutable(() =>
      tx.termsVersion.update({
        where: { id: version.id },
        // updatedAt = changesRequestedAt tells the page that the last change was this request, not an edit.
        data: { state, submittedAt: null, changesRequestedComment: input.comment, changesRequestedAt: now, changesRequestedById: actor.userId, updatedAt: now },
      }),
    );
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "terms.changes_requested",
      entityType: "TermsVersion",
      entityId: version.id,
      before: stateOf(version),
      after: { number: version.number, state, comment: input.comment },
    });
    await notifyTermsEvent(tx, "changesRequested", { client, version, actor, at: now, comment: input.comment });
    return { number: version.number, state };
  });
}
