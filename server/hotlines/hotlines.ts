import type { Db } from "../db";
import { audit } from "../audit";
import { Prisma } from "../generated/prisma/client";
import { hotlineSchema, type HotlineData, type HotlineInput } from "./hotlines.schema";
import { findHotline, hotlineSelect, type ClientScope, type HotlineRow } from "./hotlines-read";

/*
 * Creating and changing a client's hotlines. Input is what the form sends; it is validated here with the
 * same schema the form used, in the client's country (a ZodError from here is bad input: the router
 * turns it into BAD_REQUEST with field errors). Every change is audited with before and after.
 */
export type HotlineActor = { userId: string };
const ENTITY = "Hotline";

function toRow(d: HotlineData) {
  return { ...d, menu: d.menu ?? Prisma.DbNull };
}

/** What the audit log keeps of a hotline: its settings without the numbers (those have their own entries). */
function auditView(h: Omit<HotlineRow, "callerPricePerMinute"> & { callerPricePerMinute: { toString(): string } | null }) {
  const { id: _id, numbers: _numbers, createdAt: _c, updatedAt: _u, callerPricePerMinute, ...rest } = h;
  return JSON.parse(JSON.stringify({ ...rest, callerPricePerMinute: callerPricePerMinute?.toString() ?? null })) as Prisma.InputJsonValue;
}

export async function createHotline(db: Db, client: ClientScope & { country: string }, actor: HotlineActor, input: HotlineInput) {
  const data = hotlineSchema(client.country).parse(input);
  return db.$transaction(async (tx) => {
    const h = await tx.hotline.create({ data: { ...toRow(data), agencyId: client.agencyId, clientId: client.id }, select: hotlineSelect });
    await audit(tx, { agencyId: client.agencyId, actorId: actor.userId, action: "hotline.created", entityType: ENTITY, entityId: h.id, after: auditView(h) });
    return { id: h.id, name: h.name };
  });
}

export async function updateHotline(db: Db, client: ClientScope & { country: string }, actor: HotlineActor, hotlineId: string, input: HotlineInput) {
  const before = await findHotline(db, client, hotlineId);
  const data = hotlineSchema(client.country).parse(input);
  return db.$transaction(async (tx) => {
    const h = await tx.hotline.update({ where: { id: before.id }, data: toRow(data), select: hotlineSelect });
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "hotline.updated",
      entityType: ENTITY,
      entityId: h.id,
      before: auditView(before),
      after: auditView(h),
    });
    return { id: h.id, name: h.name };
  });
}

/** Pauses (callers hear a polite message) or resumes a hotline. Setting the same status is a no-op. */
export async function setHotlineStatus(db: Db, client: ClientScope, actor: HotlineActor, hotlineId: string, status: "ACTIVE" | "PAUSED") {
  const before = await findHotline(db, client, hotlineId);
  if (before.status === status) return { id: before.id, status };
  return db.$transaction(async (tx) => {
    await tx.hotline.update({ where: { id: before.id }, data: { status } });
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "hotline.status_changed",
      entityType: ENTITY,
      entityId: before.id,
      before: { name: before.name, status: before.status },
      after: { name: before.name, status },
    });
    return { id: before.id, status };
  });
}
