import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../lib/app-error";
import { LIVE_CHANNEL } from "../live/publish";

export type MadeOffer = { offerId: string; callId: string; operatorUserId: string; agencyId: string; expiresAt: Date };

/** How long an offer rings on the desk before it goes to the next operator. */
export const RING_SECONDS = 20;
/** How many of the first waiting calls one assignment looks at for one with an eligible operator. */
const CALL_WINDOW = 50;

/**
 * Offers waiting calls to operators until no waiting call has an eligible operator (or `limit` offers were
 * made). Each offer is ONE SQL statement, hence one transaction: it locks the best waiting call and the best
 * operator for it with FOR UPDATE SKIP LOCKED (so parallel assigners in any number of processes pass each
 * other by instead of waiting or doubling up), inserts the RINGING offer, marks the call "offered to"
 * (Call.operatorUserId) and the operator "ringing" (idleSince null), appends OFFERED to the call, and
 * publishes "offer.created" to the operator and "wallboard.changed" to the agency. The order is that of
 * ordering.ts: hotline priority, longest wait; then skill level for the hotline or its client, longest idle.
 */
export async function assignWaitingCalls(db: Db, options: { agencyId?: string; limit?: number; ringSeconds?: number } = {}): Promise<MadeOffer[]> {
  const made: MadeOffer[] = [];
  const limit = options.limit ?? 1000;
  let conflicts = 0;
  while (made.length < limit) {
    try {
      const offer = await assignOne(db, options.agencyId ?? null, options.ringSeconds ?? RING_SECONDS);
      if (!offer) break;
      made.push(offer);
    } catch (error) {
      // The partial unique indexes refused a second live offer (a row changed between snapshot and lock):
      // nothing was written; try again with a fresh snapshot, but never spin forever.
      if (!isUniqueViolation(error) && !isRawUniqueViolation(error)) throw error;
      if (++conflicts > 10) break;
    }
  }
  return made;
}

const isRawUniqueViolation = (error: unknown) => String((error as { message?: string })?.message ?? "").includes("23505");

async function assignOne(db: Db, agencyId: string | null, ringSeconds: number): Promise<MadeOffer | null> {
  const offerId = `off_${randomUUID()}`;
  const inAgency = agencyId ? Prisma.sql`AND c."agencyId" = ${agencyId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ offerId: string; callId: string; operatorUserId: string; agencyId: string; expiresAt: Date; notified: bigint }[]>`
    WITH pick AS (
      SELECT c.id AS "callId", c."agencyId", op.id AS "profileId", op."userId"
      FROM (
        SELECT c.id, c."agencyId", c."hotlineId", c."clientId", c.language
        FROM "Call" c JOIN "Hotline" h ON h.id = c."hotlineId"
        WHERE c.status IN ('QUEUED', 'OFFERED') AND c."operatorUserId" IS NULL AND c."endedAt" IS NULL AND c."queuedAt" IS NOT NULL ${inAgency}
          AND NOT EXISTS (SELECT 1 FROM "CallEvent" e WHERE e."callId" = c.id AND e.type = 'LEFT_QUEUE')
        ORDER BY h.priority DESC, c."queuedAt" ASC, c.id
        LIMIT ${CALL_WINDOW}
        FOR UPDATE OF c SKIP LOCKED
      ) c
      CROSS JOIN LATERAL (
        SELECT o.id, o."userId"
        FROM "OperatorProfile" o
        WHERE o."agencyId" = c."agencyId" AND o.presence = 'AVAILABLE' AND o."idleSince" IS NOT NULL AND o."currentCallId" IS NULL
          AND c.language = ANY (o.languages)
          AND EXISTS (SELECT 1 FROM "OperatorSkill" s WHERE s."operatorProfileId" = o.id AND (s."hotlineId" = c."hotlineId" OR s."clientId" = c."clientId"))
          AND NOT EXISTS (SELECT 1 FROM "CallOffer" x WHERE x."callId" = c.id AND x."operatorUserId" = o."userId" AND x.status IN ('DECLINED', 'EXPIRED'))
        ORDER BY (SELECT max(s.level) FROM "OperatorSkill" s WHERE s."operatorProfileId" = o.id AND (s."hotlineId" = c."hotlineId" OR s."clientId" = c."clientId")) DESC,
          o."idleSince" ASC, o."userId"
        LIMIT 1
        FOR UPDATE OF o SKIP LOCKED
      ) op
      LIMIT 1
    ), offer AS (
      INSERT INTO "CallOffer" (id, "agencyId", "callId", "operatorUserId", status, "offeredAt", "expiresAt")
      SELECT ${offerId}, "agencyId", "callId", "userId", 'RINGING', clock_timestamp(), clock_timestamp() + make_interval(secs => ${ringSeconds})
      FROM pick
      RETURNING id, "agencyId", "callId", "operatorUserId", "offeredAt", "expiresAt"
    ), ringing AS (
      UPDATE "OperatorProfile" SET "idleSince" = NULL, "updatedAt" = clock_timestamp() WHERE id = (SELECT "profileId" FROM pick) RETURNING id
    ), offered AS (
      UPDATE "Call" SET "operatorUserId" = (SELECT "userId" FROM pick),
        status = CASE WHEN status = 'QUEUED' THEN 'OFFERED'::"CallStatus" ELSE status END,
        "offeredAt" = COALESCE("offeredAt", clock_timestamp()), "updatedAt" = clock_timestamp()
      WHERE id = (SELECT "callId" FROM pick) RETURNING id
    ), event AS (
      INSERT INTO "CallEvent" ("agencyId", "callId", type, "occurredAt", "dedupeKey", data)
      SELECT "agencyId", "callId", 'OFFERED', "offeredAt", 'offer:' || id, jsonb_build_object('offerId', id, 'operatorUserId', "operatorUserId")
      FROM offer
      ON CONFLICT DO NOTHING RETURNING id
    ), live AS (
      INSERT INTO "LiveEvent" ("agencyId", "userId", type, payload)
      SELECT "agencyId", "operatorUserId", 'offer.created', jsonb_build_object('offerId', id, 'callId', "callId", 'expiresAt', to_char("expiresAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) FROM offer
      UNION ALL
      SELECT "agencyId", NULL, 'wallboard.changed', jsonb_build_object('reason', 'offer.created', 'callId', "callId") FROM offer
      RETURNING id, "agencyId"
    )
    SELECT o.id AS "offerId", o."callId", o."operatorUserId", o."agencyId", o."expiresAt",
      (SELECT count(*) FROM ringing) + (SELECT count(*) FROM offered) + (SELECT count(*) FROM event)
        + (SELECT count(pg_notify(${LIVE_CHANNEL}, l."agencyId" || ':' || l.id)) FROM live l) AS notified
    FROM offer o`;
  const row = rows[0];
  return row ? { offerId: row.offerId, callId: row.callId, operatorUserId: row.operatorUserId, agencyId: row.agencyId, expiresAt: row.expiresAt } : null;
}
