import type { Db } from "../db";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import { formatPhone } from "../lib/phone";
import { findHotline, type ClientScope } from "./hotlines-read";
import type { HotlineActor } from "./hotlines";

/*
 * Which numbers ring a hotline. A number routes to at most one hotline: assigning one that already
 * routes elsewhere is refused (unassign it there first), and the write only takes a number that is still
 * free, so two people assigning the same number at once cannot both win.
 */
const ENTITY = "PhoneNumber";

async function findAgencyNumber(db: Db, agencyId: string, numberId: string) {
  const number = await db.phoneNumber.findFirst({
    where: { id: numberId, agencyId, releasedAt: null },
    select: { id: true, e164: true, kind: true, hotlineId: true },
  });
  if (!number) throw new AppError("NOT_FOUND", "numbers.notFound", { field: "numberId" });
  return number;
}

export async function assignNumber(db: Db, client: ClientScope, actor: HotlineActor, hotlineId: string, numberId: string) {
  const hotline = await findHotline(db, client, hotlineId);
  const number = await findAgencyNumber(db, client.agencyId, numberId);
  // A forwarded line rings through the number it forwards to; that one is what gets assigned.
  if (number.kind === "FORWARDED") throw new AppError("BAD_REQUEST", "hotlines.forwardedNotAssignable", { field: "numberId" });
  if (number.hotlineId === hotline.id) return { id: number.id, hotlineId: hotline.id };
  const conflict = () => new AppError("CONFLICT", "hotlines.numberRoutesElsewhere", { field: "numberId", values: { number: formatPhone(number.e164) } });
  if (number.hotlineId) throw conflict();
  return db.$transaction(async (tx) => {
    const { count } = await tx.phoneNumber.updateMany({ where: { id: number.id, hotlineId: null, releasedAt: null }, data: { hotlineId: hotline.id } });
    if (count === 0) throw conflict();
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "number.assigned",
      entityType: ENTITY,
      entityId: number.id,
      before: { e164: number.e164, hotlineId: null },
      after: { e164: number.e164, hotlineId: hotline.id, hotline: hotline.name },
    });
    return { id: number.id, hotlineId: hotline.id };
  });
}

export async function unassignNumber(db: Db, client: ClientScope, actor: HotlineActor, hotlineId: string, numberId: string) {
  const hotline = await findHotline(db, client, hotlineId);
  const number = await findAgencyNumber(db, client.agencyId, numberId);
  if (number.hotlineId !== hotline.id) throw new AppError("NOT_FOUND", "numbers.notFound", { field: "numberId" });
  return db.$transaction(async (tx) => {
    await tx.phoneNumber.update({ where: { id: number.id }, data: { hotlineId: null } });
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "number.unassigned",
      entityType: ENTITY,
      entityId: number.id,
      before: { e164: number.e164, hotlineId: hotline.id, hotline: hotline.name },
      after: { e164: number.e164, hotlineId: null },
    });
    return { id: number.id, hotlineId: null };
  });
}
