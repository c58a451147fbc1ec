import type { Db } from "../db";
import { withoutTenant } from "../tenant-db";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import { formatPhone, toE164 } from "../lib/phone";
import type { TelephonyPort } from "../telephony/port";
import { viaCarrier } from "./carrier-errors";
import { kindOfNumber } from "./number-kind";
import type { AttachNumberInput, BuyNumberInput, ForwardedLineInput, NumberSearchInput } from "./numbers.schema";
import { findActiveNumber } from "./numbers-read";

/*
 * Buying, attaching, adding and releasing the agency's numbers. The carrier is asked first and the row
 * written after, so a refusal at the carrier leaves nothing behind; buying is idempotent at the carrier
 * (the port lists by number first), so a retry after a failed write does not buy twice.
 */
export type NumberActor = { userId: string };
const ENTITY = "PhoneNumber";

const snapshot = (n: { e164: string; kind: string; friendlyName: string | null; hotlineId?: string | null; providerSid?: string | null }) => ({
  e164: n.e164,
  kind: n.kind,
  friendlyName: n.friendlyName,
  hotlineId: n.hotlineId ?? null,
  providerSid: n.providerSid ?? null,
});

// A number belongs to one agency at most, so whether it is taken is asked of every agency's numbers: system reads,
// outside the row-level security that limits the rest of a procedure to its agency (server/tenant-db.ts).
async function refuseTaken(db: Db, e164: string, field: string) {
  const taken = await withoutTenant(() => db.phoneNumber.findFirst({ where: { e164, releasedAt: null }, select: { id: true } }));
  if (taken) throw new AppError("CONFLICT", "numbers.taken", { field, values: { number: formatPhone(e164) } });
}

/** Numbers the carrier offers, without those any agency here already owns. */
export async function searchAvailable(db: Db, port: () => TelephonyPort, input: NumberSearchInput) {
  const found = await viaCarrier(() => port().searchNumbers({ country: input.country, kind: input.kind, contains: input.contains || undefined, limit: 20 }));
  const owned = await withoutTenant(() => db.phoneNumber.findMany({ where: { e164: { in: found.map((n) => n.e164) }, releasedAt: null }, select: { e164: true } }));
  const ownedSet = new Set(owned.map((o) => o.e164));
  return { provider: port().provider, numbers: found.filter((n) => !ownedSet.has(n.e164)) };
}

async function record(db: Db, agencyId: string, actor: NumberActor, action: string, data: { e164: string; providerSid: string; friendlyName: string | null; provider: "TWILIO" | "EMULATOR" }) {
  return db.$transaction(async (tx) => {
    const row = await tx.phoneNumber.create({
      data: { agencyId, e164: data.e164, kind: kindOfNumber(data.e164), provider: data.provider, providerSid: data.providerSid, friendlyName: data.friendlyName },
      select: { id: true, e164: true, kind: true, friendlyName: true, providerSid: true },
    });
    await audit(tx, { agencyId, actorId: actor.userId, action, entityType: ENTITY, entityId: row.id, after: snapshot(row) });
    return row;
  });
}

/** Buys `e164` with our webhooks set on it (the port does that) and records it for the agency. */
export async function buyNumber(db: Db, port: () => TelephonyPort, agencyId: string, actor: NumberActor, input: BuyNumberInput) {
  await refuseTaken(db, input.e164, "e164");
  const owned = await viaCarrier(() => port().buyNumber(input.e164, input.friendlyName || formatPhone(input.e164)), "e164");
  return record(db, agencyId, actor, "number.bought", { e164: owned.e164, providerSid: owned.sid, friendlyName: input.friendlyName || null, provider: port().provider });
}

/** Takes over a number the account already owns at the carrier, by its PN… SID. */
export async function attachNumber(db: Db, port: () => TelephonyPort, agencyId: string, actor: NumberActor, input: AttachNumberInput) {
  const sid = input.sid.replace(/^pn/i, "PN");
  const existing = await withoutTenant(() => db.phoneNumber.findFirst({ where: { providerSid: sid, releasedAt: null }, select: { e164: true } }));
  if (existing) throw new AppError("CONFLICT", "numbers.taken", { field: "sid", values: { number: formatPhone(existing.e164) } });
  const owned = await viaCarrier(() => port().attachNumber(sid, input.friendlyName || sid), "sid");
  await refuseTaken(db, owned.e164, "sid");
  return record(db, agencyId, actor, "number.attached", { e164: owned.e164, providerSid: owned.sid, friendlyName: input.friendlyName || owned.friendlyName, provider: port().provider });
}

/** The client's own line, forwarded by its carrier to one of our (bought or attached) numbers. */
export async function addForwardedLine(db: Db, agencyId: string, actor: NumberActor, input: ForwardedLineInput) {
  const e164 = toE164(input.phone, input.country);
  if (!e164) throw new AppError("BAD_REQUEST", "numbers.phoneInvalid", { field: "phone" });
  const target = await findActiveNumber(db, agencyId, input.forwardsToId);
  if (!target || target.kind === "FORWARDED") throw new AppError("NOT_FOUND", "numbers.targetNotFound", { field: "forwardsToId" });
  await refuseTaken(db, e164, "phone");
  return db.$transaction(async (tx) => {
    const row = await tx.phoneNumber.create({
      data: { agencyId, e164, kind: "FORWARDED", provider: "CLIENT", forwardsToId: target.id, friendlyName: input.friendlyName || null },
      select: { id: true, e164: true, kind: true, friendlyName: true },
    });
    await audit(tx, { agencyId, actorId: actor.userId, action: "number.forwarded_added", entityType: ENTITY, entityId: row.id, after: { ...snapshot(row), forwardsTo: target.e164 } });
    return row;
  });
}

/**
 * Gives a number back to the carrier (a forwarded line is only forgotten) and unassigns it from its
 * hotline. A number that forwarded lines point at is kept until they are removed: they would go silent.
 */
export async function releaseNumber(db: Db, port: () => TelephonyPort, agencyId: string, actor: NumberActor, numberId: string) {
  const number = await findActiveNumber(db, agencyId, numberId);
  if (!number) throw new AppError("NOT_FOUND", "numbers.notFound");
  const lines = await db.phoneNumber.count({ where: { forwardsToId: number.id, releasedAt: null } });
  if (lines > 0) throw new AppError("PRECONDITION_FAILED", "numbers.hasForwardedLines", { values: { count: lines } });
  if (number.kind !== "FORWARDED" && number.providerSid) {
    const sid = number.providerSid;
    await viaCarrier(() => port().releaseNumber(sid));
  }
  return db.$transaction(async (tx) => {
    const released = await tx.phoneNumber.update({ where: { id: number.id }, data: { releasedAt: new Date(), hotlineId: null }, select: { id: true, releasedAt: true } });
    await audit(tx, { agencyId, actorId: actor.userId, action: "number.released", entityType: ENTITY, entityId: number.id, before: snapshot(number), after: null });
    return released;
  });
}
