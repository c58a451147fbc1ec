import type { Db } from "../db";
import { localToday } from "./local-time";
import { onCallAt } from "./on-call-at";
import { periodBounds } from "./roster";
import { isEntryLocked } from "./rules";
import { clientSettings, entrySelect, type ClientScope } from "./entry-store";

/**
 * The roster for a period of whole days in the client's zone (default: from today, four weeks): the
 * entries touching it, who is on call right now (whatever period is shown), and the client's zone and
 * country, which the page needs to show times and the form to read what is typed.
 */
export async function listRoster(db: Db, scope: ClientScope, q: { from?: string; weeks: number }, now = new Date()) {
  const settings = await clientSettings(db, scope);
  const from = q.from ?? localToday(settings.timeZone, now);
  const days = q.weeks * 7;
  const bounds = periodBounds({ from, days, timeZone: settings.timeZone });
  const [rows, current] = await Promise.all([
    db.onCallEntry.findMany({
      where: { clientId: scope.id, agencyId: scope.agencyId, startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } },
      orderBy: [{ startsAt: "asc" }, { escalationOrder: "asc" }, { id: "asc" }],
      take: 2000,
      select: entrySelect,
    }),
    onCallAt(db, scope.id, now),
  ]);
  return {
    client: settings,
    period: { from, days, today: localToday(settings.timeZone, now) },
    now,
    entries: rows.map((e) => ({ ...e, locked: isEntryLocked(e, now) })),
    current,
  };
}
