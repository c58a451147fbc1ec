import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { hourlySums } from "./rollup-day-sql";

/**
 * A client's local-day layer (CallRollupDay) refolded from its 15-minute rows, which do not depend on any zone:
 * what a change of the client's time zone needs, since its local days (and the hours in them) move with it. Run in
 * the transaction that changes the zone, AFTER updating the client row: hooks read the client row FOR SHARE when
 * they claim calls (claimCalls), so a hook that claims meanwhile waits for this transaction and then uses the new
 * zone; the table locks (the rebuild's, in the hooks' order) make the hooks that claimed before wait here until
 * their increments are in the 15-minute rows this folds. Every offset in use is a multiple of 15 minutes, so each
 * bucket lies in one local hour and one local day.
 */
export async function refoldClientRollups(tx: Tx, client: { id: string; agencyId: string }): Promise<void> {
  await tx.$executeRaw`LOCK TABLE "CallRollup", "CallRollupDay" IN EXCLUSIVE MODE`;
  await tx.$executeRaw`DELETE FROM "CallRollupDay" WHERE "clientId" = ${client.id} AND "agencyId" = ${client.agencyId}`;
  const buckets = Prisma.sql`
    SELECT r.*, (r."bucketStart" AT TIME ZONE cl."timezone")::date AS d, date_part('hour', r."bucketStart" AT TIME ZONE cl."timezone")::int AS hr
    FROM "CallRollup" r JOIN "Client" cl ON cl."id" = r."clientId"
    WHERE r."clientId" = ${client.id} AND r."agencyId" = ${client.agencyId}`;
  await tx.$executeRaw`
    INSERT INTO "CallRollupDay" ("agencyId", "clientId", "hotlineId", "day", ${COLUMNS}, "outcomes", "hourlyCalls")
    SELECT "agencyId", "clientId", "hotlineId", d, ${SUMS}, ${mergedOutcomes}, ${hourlySums(Prisma.sql`"offered" + "afterHours"`)}
    FROM (${buckets}) b GROUP BY 1, 2, 3, 4`;
}

const COLUMNS = Prisma.raw(`"offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail", "afterHours",
  "answerWaitSeconds", "maxWaitSeconds", "talkSeconds", "wrapUpSeconds"`);
const SUMS = Prisma.raw(`sum("offered"), sum("answered"), sum("abandoned"), sum("shortAbandoned"), sum("answeredInSla"), sum("voicemail"),
  sum("afterHours"), sum("answerWaitSeconds"), max("maxWaitSeconds"), sum("talkSeconds"), sum("wrapUpSeconds")`);
/** The group's outcome counts added up ({} when none): the aggregate is the outer query's, expanded here. */
const mergedOutcomes = Prisma.raw(`(SELECT COALESCE(jsonb_object_agg(e.key, e.n), '{}'::jsonb) FROM (
    SELECT o.key, sum(o.value::int)::int AS n FROM jsonb_array_elements(jsonb_agg(b."outcomes")) x, jsonb_each_text(x) o GROUP BY o.key) e)`);
