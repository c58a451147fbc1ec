import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { PresenceState } from "@/server/generated/prisma/enums";
import type { TermsDocument } from "@/server/terms/terms.schema";
import { makeHotline } from "./telephony";
import { termsWithHours } from "./telephony-terms";
import type { Tenant } from "./tenants";

/** The template's terms in English, always open, with a branch in the script, an FAQ and an escalation number. */
export function deskTerms(): TermsDocument {
  const doc = termsWithHours("en", { alwaysOpen: true }, "Thank you for calling Bluebird, this is …");
  return {
    ...doc,
    faq: [{ id: "parking", question: "Is there parking?", answer: "Free parking behind the building." }],
    escalation: [{ id: "emergency", when: "A burst pipe or flooding", transferTo: "+14155550123" }],
  };
}

/**
 * A call the operator accepted, shaped as the ACD leaves it: an ACCEPTED offer, the CONNECTED event, and
 * the operator's profile in `presence` (with the call as current unless `current: false`).
 */
export async function makeAnsweredCall(t: Tenant, operatorUserId: string, opts: { presence?: PresenceState; current?: boolean; from?: string; line?: Awaited<ReturnType<typeof makeHotline>> } = {}) {
  const line = opts.line ?? (await makeHotline(t, { terms: deskTerms(), locale: "en" }));
  const startedAt = new Date(Date.now() - 90_000);
  const connectedAt = new Date(Date.now() - 60_000);
  const call = await db.call.create({
    data: {
      agencyId: t.agency.id, clientId: line.client.id, hotlineId: line.hotline.id, phoneNumberId: line.number.id, provider: "EMULATOR",
      providerCallId: `CA${randomBytes(16).toString("hex")}`, fromNumber: opts.from ?? "+79161234567", toNumber: line.number.e164, language: "en",
      status: "CONNECTED", route: "QUEUE", startedAt, queuedAt: startedAt, connectedAt, termsVersionId: line.version?.id, termsVersionNumber: line.version?.number,
    },
  });
  await db.callEvent.createMany({
    data: [
      { agencyId: t.agency.id, callId: call.id, type: "QUEUED", occurredAt: startedAt, dedupeKey: "queued", data: {} },
      { agencyId: t.agency.id, callId: call.id, type: "CONNECTED", occurredAt: connectedAt, dedupeKey: "connected", data: {} },
    ],
  });
  await db.callOffer.create({ data: { agencyId: t.agency.id, callId: call.id, operatorUserId, status: "ACCEPTED", offeredAt: startedAt, expiresAt: connectedAt, respondedAt: connectedAt } });
  const presence = opts.presence ?? "WRAP_UP";
  await db.operatorProfile.upsert({
    where: { agencyId_userId: { agencyId: t.agency.id, userId: operatorUserId } },
    create: { agencyId: t.agency.id, userId: operatorUserId, presence, currentCallId: opts.current === false ? null : call.id },
    update: { presence, currentCallId: opts.current === false ? null : call.id },
  });
  return { call, line };
}

/** What a refused desk action must leave as it was: the call row, its events, offers and messages. */
export async function deskSnapshot(agencyId: string) {
  const [calls, events, offers, messages] = await Promise.all([
    db.call.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.callEvent.count({ where: { agencyId } }),
    db.callOffer.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.message.count({ where: { agencyId } }),
  ]);
  return { calls, events, offers, messages };
}

/** A queued call ringing for `operatorUserId` (an offer as the ACD makes it), the operator AVAILABLE. */
export async function makeRingingOffer(t: Tenant, operatorUserId: string, opts: { expiresInMs?: number; line?: Awaited<ReturnType<typeof makeHotline>> } = {}) {
  const line = opts.line ?? (await makeHotline(t, { terms: deskTerms(), locale: "en" }));
  const queuedAt = new Date(Date.now() - 20_000);
  const call = await db.call.create({
    data: {
      agencyId: t.agency.id, clientId: line.client.id, hotlineId: line.hotline.id, phoneNumberId: line.number.id, provider: "EMULATOR",
      providerCallId: `CA${randomBytes(16).toString("hex")}`, fromNumber: "+79167654321", toNumber: line.number.e164, language: "en",
      status: "OFFERED", route: "QUEUE", startedAt: queuedAt, queuedAt, termsVersionId: line.version?.id, termsVersionNumber: line.version?.number,
    },
  });
  await db.callEvent.createMany({
    data: [
      { agencyId: t.agency.id, callId: call.id, type: "QUEUED", occurredAt: queuedAt, dedupeKey: "queued", data: {} },
      { agencyId: t.agency.id, callId: call.id, type: "OFFERED", occurredAt: new Date(), dedupeKey: "offered:1", data: {} },
    ],
  });
  const offer = await db.callOffer.create({ data: { agencyId: t.agency.id, callId: call.id, operatorUserId, status: "RINGING", expiresAt: new Date(Date.now() + (opts.expiresInMs ?? 20_000)) } });
  await db.operatorProfile.upsert({
    where: { agencyId_userId: { agencyId: t.agency.id, userId: operatorUserId } },
    create: { agencyId: t.agency.id, userId: operatorUserId, presence: "AVAILABLE", lastHeartbeatAt: new Date(), idleSince: new Date() },
    update: { presence: "AVAILABLE", currentCallId: null, lastHeartbeatAt: new Date() },
  });
  return { call, offer, line };
}
