import type { Db } from "../db";
import { onCallAt as coveringAt } from "./roster";

/**
 * Who is on call for a client at an instant, in the order they are to be called (escalation order 1
 * first). For the desk and the message delivery: they call it with a client id they have already
 * looked up inside their tenant, so it does not check tenancy again.
 */
export async function onCallAt(db: Db, clientId: string, at: Date = new Date()) {
  const rows = await db.onCallEntry.findMany({
    where: { clientId, startsAt: { lte: at }, endsAt: { gt: at } },
    select: { id: true, personName: true, phone: true, email: true, startsAt: true, endsAt: true, escalationOrder: true, note: true },
  });
  return coveringAt(rows, at);
}

export type OnCallPerson = Awaited<ReturnType<typeof onCallAt>>[number];
