import type { Db } from "../db";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import { onCallEntrySchema, type OnCallEntryData, type OnCallEntryInput } from "./oncall.schema";
import { isEntryLocked } from "./rules";
import {
  AUDIT_ENTITY,
  auditSnapshot,
  editableClientSettings,
  entrySelect,
  findEntry,
  lockRoster,
  refuseOverlap,
  type ClientScope,
  type OnCallActor,
} from "./entry-store";

/*
 * Creating, changing and deleting roster entries. Input is what the form sends (wall-clock times in the
 * client's zone); it is validated here with the same schema the form used, so a ZodError thrown from
 * these functions is bad input (the router turns it into BAD_REQUEST with field errors). Every change is
 * written to the audit log with the entry before and after, in the same transaction.
 */

export async function createEntry(db: Db, scope: ClientScope, actor: OnCallActor, input: OnCallEntryInput, now = new Date()) {
  const settings = await editableClientSettings(db, scope);
  const data = onCallEntrySchema({ country: settings.country, timeZone: settings.timeZone, now }).parse(input);
  return db.$transaction(async (tx) => {
    await lockRoster(tx, scope.id);
    await refuseOverlap(tx, scope.id, data, { timeZone: settings.timeZone, locale: actor.locale });
    const entry = await tx.onCallEntry.create({ data: { ...data, agencyId: scope.agencyId, clientId: scope.id }, select: entrySelect });
    await audit(tx, {
      agencyId: scope.agencyId,
      actorId: actor.userId,
      action: "oncall.created",
      entityType: AUDIT_ENTITY,
      entityId: entry.id,
      after: auditSnapshot(scope.id, entry),
    });
    return entry;
  });
}

const FIELDS = ["personName", "phone", "email", "startsAt", "endsAt", "escalationOrder", "note"] as const;

function sameEntry(a: OnCallEntryData, b: OnCallEntryData): boolean {
  return FIELDS.every((f) => {
    const x = a[f];
    const y = b[f];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });
}

/** Changes an entry that has not ended yet. An entry under way may keep its (old) start. */
export async function updateEntry(db: Db, scope: ClientScope, actor: OnCallActor, entryId: string, input: OnCallEntryInput, now = new Date()) {
  const settings = await editableClientSettings(db, scope);
  return db.$transaction(async (tx) => {
    await lockRoster(tx, scope.id);
    const before = await findEntry(tx, scope, entryId);
    if (isEntryLocked(before, now)) throw new AppError("PRECONDITION_FAILED", "onCallEntryEnded");
    const data = onCallEntrySchema({ country: settings.country, timeZone: settings.timeZone, now, originalStartsAt: before.startsAt }).parse(input);
    if (sameEntry(before, data)) return before;
    await refuseOverlap(tx, scope.id, data, { timeZone: settings.timeZone, locale: actor.locale, except: before.id });
    const after = await tx.onCallEntry.update({ where: { id: before.id }, data, select: entrySelect });
    await audit(tx, {
      agencyId: scope.agencyId,
      actorId: actor.userId,
      action: "oncall.updated",
      entityType: AUDIT_ENTITY,
      entityId: before.id,
      before: auditSnapshot(scope.id, before),
      after: auditSnapshot(scope.id, after),
    });
    return after;
  });
}

/** Deletes an entry that has not ended yet (ended ones are the record of who was on call). */
export async function removeEntry(db: Db, scope: ClientScope, actor: OnCallActor, entryId: string, now = new Date()) {
  await editableClientSettings(db, scope);
  await db.$transaction(async (tx) => {
    await lockRoster(tx, scope.id);
    const before = await findEntry(tx, scope, entryId);
    if (isEntryLocked(before, now)) throw new AppError("PRECONDITION_FAILED", "onCallEntryEnded");
    await tx.onCallEntry.delete({ where: { id: before.id } });
    await audit(tx, {
      agencyId: scope.agencyId,
      actorId: actor.userId,
      action: "oncall.deleted",
      entityType: AUDIT_ENTITY,
      entityId: before.id,
      before: auditSnapshot(scope.id, before),
      after: null,
    });
  });
  return { id: entryId };
}
