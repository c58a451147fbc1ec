import type { Db } from "../../db";

/** Everything the voice webhook needs about the number called, its hotline, client and terms in force. */
export type NumberRoute = {
  numberId: string;
  agencyId: string;
  provider: "TWILIO" | "EMULATOR" | "CLIENT";
  hotlineId: string | null;
  hotlineName: string | null;
  clientId: string | null;
  clientStatus: string | null;
  timezone: string | null;
  locale: string | null;
  currency: string | null;
  hotlineStatus: "ACTIVE" | "PAUSED" | null;
  languages: string[] | null;
  maxWaitSeconds: number;
  maxQueueSize: number;
  overflowAction: "VOICEMAIL" | "FORWARD";
  overflowForwardTo: string | null;
  afterHoursMode: "FROM_TERMS" | "VOICEMAIL" | "FORWARD";
  afterHoursForwardTo: string | null;
  recordingEnabled: boolean;
  recordingConsent: unknown;
  menu: unknown;
  callerPricing: "FREE" | "PER_MINUTE";
  callerPricePerMinute: string | null;
  termsVersionId: string | null;
  termsVersionNumber: number | null;
  /** Callers of the hotline in its queue now (stale rows older than a day do not count). */
  queueSize: number;
  /** The client's own line this call was forwarded from, when it is one of the agency's FORWARDED numbers. */
  forwardedLineId: string | null;
  forwardedLineVerifiedAt: Date | null;
};

/**
 * ONE query for the hot path: the active number by E.164 with its hotline, client, the terms version in
 * force now (id and number only: the immutable document comes from a cache by id), the queue size, and
 * the forwarded line. Everything joins on the number's own agency, so no row of another tenant can match.
 */
export async function findNumberRoute(db: Db, to: string, forwardedFrom: string | null, now: Date): Promise<NumberRoute | null> {
  const rows = await db.$queryRaw<NumberRoute[]>`
    SELECT n."id" AS "numberId", n."agencyId", n."provider"::text AS "provider",
      h."id" AS "hotlineId", h."name" AS "hotlineName", c."id" AS "clientId", c."status"::text AS "clientStatus",
      c."timezone", c."locale"::text AS "locale", c."currency",
      h."status"::text AS "hotlineStatus", h."languages", h."maxWaitSeconds", h."maxQueueSize",
      h."overflowAction"::text AS "overflowAction", h."overflowForwardTo", h."afterHoursMode"::text AS "afterHoursMode",
      h."afterHoursForwardTo", h."recordingEnabled", h."recordingConsent", h."menu", h."callerPricing"::text AS "callerPricing",
      h."callerPricePerMinute"::text AS "callerPricePerMinute",
      v."id" AS "termsVersionId", v."number" AS "termsVersionNumber",
      CASE WHEN h."id" IS NULL THEN 0 ELSE (
        SELECT count(*)::int FROM "Call" q
        WHERE q."hotlineId" = h."id" AND q."status" = 'QUEUED' AND q."startedAt" > ${now}::timestamptz - interval '1 day'
      ) END AS "queueSize",
      fw."id" AS "forwardedLineId", fw."forwardingVerifiedAt" AS "forwardedLineVerifiedAt"
    FROM "PhoneNumber" n
    LEFT JOIN "Hotline" h ON h."id" = n."hotlineId" AND h."agencyId" = n."agencyId"
    LEFT JOIN "Client" c ON c."id" = h."clientId" AND c."agencyId" = n."agencyId"
    LEFT JOIN LATERAL (
      SELECT t."id", t."number" FROM "TermsVersion" t
      WHERE t."clientId" = c."id" AND t."agencyId" = n."agencyId" AND t."state" IN ('APPROVED', 'SUPERSEDED') AND t."effectiveFrom" <= ${now}::timestamptz
      ORDER BY t."number" DESC LIMIT 1
    ) v ON true
    LEFT JOIN "PhoneNumber" fw ON ${forwardedFrom}::text IS NOT NULL AND fw."e164" = ${forwardedFrom}::text AND fw."kind" = 'FORWARDED'
      AND fw."forwardsToId" = n."id" AND fw."agencyId" = n."agencyId" AND fw."releasedAt" IS NULL
    WHERE n."e164" = ${to} AND n."releasedAt" IS NULL AND n."kind" <> 'FORWARDED'
    LIMIT 1`;
  return rows[0] ?? null;
}
