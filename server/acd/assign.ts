import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../lib/app-error";
import { LIVE_CHANNEL } from "../live/publish";
import { compareCalls, rankOperators, type WaitingCall } from "./ordering";

export type MadeOffer = { offerId: string; callId: string; operatorUserId: string; agencyId: string; expiresAt: Date };

/** How long an offer rings on the desk before it goes to the next operator. */
export const RING_SECONDS = 20;
/** How many waiting calls (best first) one batch considers, and how many idle operators it locks. */
const CALL_WINDOW = 100;
const OPERATOR_WINDOW = 2000;

type WaitingRow = WaitingCall & { agencyId: string };
type OperatorRow = { id: string; userId: string; agencyId: string; languages: string[]; idleSince: Date; presence: string; currentCallId: string | null };

/**
 * Offers waiting calls to operators until no waiting call has an eligible operator (or `limit` offers were
 * made). Each batch is ONE transaction: it locks the best waiting calls and the idle operators with
 * FOR UPDATE SKIP LOCKED (so parallel assigners in any number of processes pass each other by instead of
 * waiting or doubling up), matches them with the pure order of ordering.ts (hotline priority, longest wait;
 * then skill level for the hotline or its client, longest idle), and writes every offer of the batch in a
 * few set-based statements: the RINGING offers, the calls marked "offered to" (Call.operatorUserId), the
 * operators marked "ringing" (idleSince null), OFFERED on each call, and "offer.created" to each operator
 * plus "wallboard.changed". The partial unique indexes on CallOffer are the last wall against a double.
 */
export async function assignWaitingCalls(db: Db, options: { agencyId?: string; limit?: number; ringSeconds?: number } = {}): Promise<MadeOffer[]> {
  const made: MadeOffer[] = [];
  const limit = options.limit ?? 1000;
  let conflicts = 0;
  while (made.length < limit) {
    try {
      const batch = await assignBatch(db, options.agencyId ?? null, options.ringSeconds ?? RING_SECONDS, Math.min(CALL_WINDOW, limit - made.length));
      if (!batch.length) break;
      made.push(...batch);
    } catch (error) {
      // The partial unique indexes refused a second live offer (a row changed between snapshot and lock):
      // the whole batch rolled back; try again with a fresh snapshot, but never spin forever.
      if (!isUniqueViolation(error) && !isRawUniqueViolation(error)) throw error;
      if (++conflicts > 10) break;
    }
  }
  return made;
}

const isRawUniqueViolation = (error: unknown) => String((error as { message?: string })?.message ?? "").includes("23505");

async function assignBatch(db: Db, agencyId: string | null, ringSeconds: number, max: number): Promise<MadeOffer[]> {
  return db.$transaction(async (tx) => {
    const inAgency = agencyId ? Prisma.sql`AND c."agencyId" = ${agencyId}` : Prisma.empty;
    const calls = await tx.$queryRaw<WaitingRow[]>`
      SELECT c.id, c."agencyId", c."hotlineId", c."clientId", c.language, h.priority, c."queuedAt"
      FROM "Call" c JOIN "Hotline" h ON h.id = c."hotlineId"
      WHERE c.status IN ('QUEUED', 'OFFERED') AND c."operatorUserId" IS NULL AND c."endedAt" IS NULL AND c."queuedAt" IS NOT NULL ${inAgency}
        AND NOT EXISTS (SELECT 1 FROM "CallEvent" e WHERE e."callId" = c.id AND e."dedupeKey" = 'enqueue-result')
      ORDER BY h.priority DESC, c."queuedAt" ASC, c.id
      LIMIT ${CALL_WINDOW}
      FOR UPDATE OF c SKIP LOCKED`;
    if (!calls.length) return [];
    const agencies = [...new Set(calls.map((c) => c.agencyId))];
    const operators = await tx.$queryRaw<OperatorRow[]>`
      SELECT o.id, o."userId", o."agencyId", o.languages, o."idleSince", o.presence::text AS presence, o."currentCallId"
      FROM "OperatorProfile" o
      WHERE o."agencyId" = ANY(${agencies}) AND o.presence = 'AVAILABLE' AND o."idleSince" IS NOT NULL AND o."currentCallId" IS NULL
      ORDER BY o."idleSince" ASC
      LIMIT ${OPERATOR_WINDOW}
      FOR UPDATE OF o SKIP LOCKED`;
    if (!operators.length) return [];
    const [skills, refusals] = await Promise.all([
      tx.operatorSkill.findMany({ where: { operatorProfileId: { in: operators.map((o) => o.id) } }, select: { operatorProfileId: true, hotlineId: true, clientId: true, level: true } }),
      tx.callOffer.findMany({ where: { callId: { in: calls.map((c) => c.id) }, status: { in: ["DECLINED", "EXPIRED"] } }, select: { callId: true, operatorUserId: true } }),
    ]);
    const pairs = matchCalls(calls, operators, skills, refusals).slice(0, max);
    if (!pairs.length) return [];
    return writeOffers(tx, pairs, ringSeconds);
  });
}

/** The batch's matching, in the order of ordering.ts; each operator takes at most one call. */
function matchCalls(calls: WaitingRow[], operators: OperatorRow[], skills: { operatorProfileId: string; hotlineId: string | null; clientId: string | null; level: number }[], refusals: { callId: string; operatorUserId: string }[]) {
  const skillsOf = new Map<string, typeof skills>();
  for (const s of skills) skillsOf.set(s.operatorProfileId, [...(skillsOf.get(s.operatorProfileId) ?? []), s]);
  const refused = new Map<string, Set<string>>();
  for (const r of refusals) refused.set(r.callId, (refused.get(r.callId) ?? new Set()).add(r.operatorUserId));
  const pool = new Map(operators.map((o) => [o.userId, { ...o, skills: skillsOf.get(o.id) ?? [] }]));
  const pairs: { call: WaitingRow; operator: OperatorRow }[] = [];
  for (const call of [...calls].sort(compareCalls)) {
    if (!pool.size) break;
    const candidates = [...pool.values()].filter((o) => o.agencyId === call.agencyId);
    const best = rankOperators(candidates, call, refused.get(call.id))[0];
    if (!best) continue;
    pool.delete(best.userId);
    pairs.push({ call, operator: best });
  }
  return pairs;
}

async function writeOffers(tx: Tx, pairs: { call: WaitingRow; operator: OperatorRow }[], ringSeconds: number): Promise<MadeOffer[]> {
  const offerIds = pairs.map(() => `off_${randomUUID()}`);
  const callIds = pairs.map((p) => p.call.id);
  const agencyIds = pairs.map((p) => p.call.agencyId);
  const userIds = pairs.map((p) => p.operator.userId);
  const profileIds = pairs.map((p) => p.operator.id);
  const offers = await tx.$queryRaw<{ id: string; callId: string; operatorUserId: string; agencyId: string; offeredAt: Date; expiresAt: Date }[]>`
    INSERT INTO "CallOffer" (id, "agencyId", "callId", "operatorUserId", status, "offeredAt", "expiresAt")
    SELECT v.id, v.agency, v.call, v.usr, 'RINGING', clock_timestamp(), clock_timestamp() + make_interval(secs => ${ringSeconds})
    FROM unnest(${offerIds}::text[], ${agencyIds}::text[], ${callIds}::text[], ${userIds}::text[]) AS v(id, agency, call, usr)
    RETURNING id, "callId", "operatorUserId", "agencyId", "offeredAt", "expiresAt"`;
  await tx.$executeRaw`UPDATE "OperatorProfile" SET "idleSince" = NULL, "updatedAt" = clock_timestamp() WHERE id = ANY(${profileIds}::text[])`;
  await tx.$executeRaw`
    UPDATE "Call" c SET "operatorUserId" = v.usr,
      status = CASE WHEN c.status = 'QUEUED' THEN 'OFFERED'::"CallStatus" ELSE c.status END,
      "offeredAt" = COALESCE(c."offeredAt", clock_timestamp()), "updatedAt" = clock_timestamp()
    FROM unnest(${callIds}::text[], ${userIds}::text[]) AS v(call, usr) WHERE c.id = v.call`;
  await tx.$executeRaw`
    INSERT INTO "CallEvent" ("agencyId", "callId", type, "occurredAt", "dedupeKey", data)
    SELECT o."agencyId", o."callId", 'OFFERED', o."offeredAt", 'offer:' || o.id, jsonb_build_object('offerId', o.id, 'operatorUserId', o."operatorUserId")
    FROM "CallOffer" o WHERE o.id = ANY(${offerIds}::text[])
    ON CONFLICT DO NOTHING`;
  await tx.$queryRaw`
    WITH live AS (
      INSERT INTO "LiveEvent" ("agencyId", "userId", type, payload)
      SELECT o."agencyId", o."operatorUserId", 'offer.created',
        jsonb_build_object('offerId', o.id, 'callId', o."callId", 'expiresAt', to_char(o."expiresAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      FROM "CallOffer" o WHERE o.id = ANY(${offerIds}::text[])
      UNION ALL
      SELECT DISTINCT ON (o."agencyId") o."agencyId", NULL, 'wallboard.changed', jsonb_build_object('reason', 'offer.created')
      FROM "CallOffer" o WHERE o.id = ANY(${offerIds}::text[])
      RETURNING id, "agencyId"
    )
    SELECT count(pg_notify(${LIVE_CHANNEL}, l."agencyId" || ':' || l.id))::int AS n FROM live l`;
  return offers.map((o) => ({ offerId: o.id, callId: o.callId, operatorUserId: o.operatorUserId, agencyId: o.agencyId, expiresAt: o.expiresAt }));
}
