import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import { appendCallEvents, type AppendResult } from "./append-events";
import type { NewCallEvent } from "./call-events";
import { projectCall } from "./projection";

/** The columns of a new Call that no event changes: who called which number of which tenant. */
export type NewCall = {
  agencyId: string;
  clientId: string;
  hotlineId: string;
  phoneNumberId: string;
  provider: "TWILIO" | "EMULATOR" | "CLIENT";
  providerCallId: string;
  fromNumber: string;
  toNumber: string;
  callerName: string | null;
  forwardedFrom: string | null;
  language: string;
  termsVersionId: string | null;
  termsVersionNumber: number | null;
  /** Decimal as a string ("49.0000"), premium lines only. */
  callerPricePerMinute: string | null;
};

/** A cuid-like id (Prisma's @default(cuid()) is client-side, and this insert is raw SQL). */
function newCallId(): string {
  return `c${Date.now().toString(36)}${randomBytes(9).toString("base64url").replace(/[-_]/g, "0").toLowerCase()}`;
}

/**
 * Writes a new call and its first events in ONE statement (the voice webhook's hot path: one round trip
 * instead of a transaction of five). When the CallSid already exists (Twilio retried the voice webhook,
 * or a replay) nothing is inserted there and the events go through the idempotent append instead.
 */
export async function openCall(db: Db, call: NewCall, events: readonly NewCallEvent[]): Promise<AppendResult & { created: boolean }> {
  const p = projectCall(events, { startedAt: events[0]?.occurredAt ?? new Date(), language: call.language });
  const rows = JSON.stringify(events.map((e) => ({ type: e.type, occurredAt: e.occurredAt.toISOString(), dedupeKey: e.dedupeKey, data: e.data })));
  const created = await db.$queryRaw<{ callId: string }[]>`
    WITH c AS (
      INSERT INTO "Call" ("id", "agencyId", "clientId", "hotlineId", "phoneNumberId", "provider", "providerCallId", "fromNumber", "toNumber",
        "callerName", "forwardedFrom", "status", "route", "language", "termsVersionId", "termsVersionNumber", "startedAt", "menuAt", "queuedAt",
        "callerPricePerMinute", "updatedAt")
      VALUES (${newCallId()}, ${call.agencyId}, ${call.clientId}, ${call.hotlineId}, ${call.phoneNumberId}, ${call.provider}::"TelephonyProvider",
        ${call.providerCallId}, ${call.fromNumber}, ${call.toNumber}, ${call.callerName}, ${call.forwardedFrom}, ${p.status}::"CallStatus",
        ${p.route}::"CallRoute", ${p.language}, ${call.termsVersionId}, ${call.termsVersionNumber}, ${p.startedAt}, ${p.menuAt}, ${p.queuedAt},
        ${call.callerPricePerMinute}::numeric, now())
      ON CONFLICT ("providerCallId") DO NOTHING
      RETURNING "id", "agencyId"
    )
    INSERT INTO "CallEvent" ("agencyId", "callId", "type", "occurredAt", "dedupeKey", "data")
    SELECT c."agencyId", c."id", e."type", e."occurredAt", e."dedupeKey", e."data"
    FROM c CROSS JOIN jsonb_to_recordset(${rows}::jsonb) AS e("type" text, "occurredAt" timestamptz, "dedupeKey" text, "data" jsonb)
    RETURNING "callId"`;
  if (created[0]) {
    return { callId: created[0].callId, agencyId: call.agencyId, hotlineId: call.hotlineId, inserted: created.length, projection: p, created: true };
  }
  const appended = await appendCallEvents(db, call.providerCallId, events);
  if (!appended) throw new Error(`call ${call.providerCallId} neither inserted nor found`);
  return { ...appended, created: false };
}
