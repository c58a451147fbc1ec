import type { Db } from "../db";
import { audit } from "../audit";
import { addDays, mondayOf, shiftLocalDays } from "./local-time";
import { periodBounds } from "./roster";
import { entryTimesProblem } from "./rules";
import { AUDIT_ENTITY, auditSnapshot, editableClientSettings, entrySelect, lockRoster, overlappingEntry, type ClientScope, type OnCallActor } from "./entry-store";

/**
 * "Copy last week": every entry that starts in the week before `weekStart` is copied seven calendar
 * days on, at the same wall-clock times in the client's zone (so a DST change in between does not move
 * the shifts by an hour). A copy is skipped, not forced, when it would already be over, would start too
 * far in the past, would fall into a skipped hour, or would overlap someone with the same escalation
 * order (which also makes a second click harmless). Each copy is audited like a created entry.
 */
export async function copyPreviousWeek(db: Db, scope: ClientScope, actor: OnCallActor, week: string, now = new Date()) {
  const weekStart = mondayOf(week); // the schema asks for a Monday; any day of the week means its week
  const settings = await editableClientSettings(db, scope);
  const source = periodBounds({ from: addDays(weekStart, -7), days: 7, timeZone: settings.timeZone });
  return db.$transaction(async (tx) => {
    await lockRoster(tx, scope.id);
    const originals = await tx.onCallEntry.findMany({
      where: { clientId: scope.id, startsAt: { gte: source.startsAt, lt: source.endsAt } },
      orderBy: [{ startsAt: "asc" }, { escalationOrder: "asc" }, { id: "asc" }],
      select: entrySelect,
    });
    let copied = 0;
    for (const original of originals) {
      const startsAt = shiftLocalDays(original.startsAt, 7, settings.timeZone);
      const endsAt = shiftLocalDays(original.endsAt, 7, settings.timeZone);
      if (!startsAt || !endsAt || entryTimesProblem({ startsAt, endsAt }, { now })) continue;
      const candidate = { startsAt, endsAt, escalationOrder: original.escalationOrder };
      if (await overlappingEntry(tx, scope.id, candidate)) continue;
      const { id: _id, updatedAt: _updatedAt, ...fields } = original;
      const entry = await tx.onCallEntry.create({
        data: { ...fields, startsAt, endsAt, agencyId: scope.agencyId, clientId: scope.id },
        select: entrySelect,
      });
      await audit(tx, {
        agencyId: scope.agencyId,
        actorId: actor.userId,
        action: "oncall.copied",
        entityType: AUDIT_ENTITY,
        entityId: entry.id,
        after: auditSnapshot(scope.id, entry),
      });
      copied++;
    }
    return { copied, skipped: originals.length - copied, sourceCount: originals.length };
  });
}
