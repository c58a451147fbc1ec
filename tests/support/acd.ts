import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { Tenant } from "./tenants";
import { addMember, makeUser } from "@/server/seed/factories";
import { uid } from "./tenants";

/** An OPERATOR member with a profile: AVAILABLE (idle since `idleSince`) with skills, unless told otherwise. */
export async function makeOperator(
  t: Tenant,
  v: { skills?: { hotlineId?: string; clientId?: string; level?: number }[]; languages?: string[]; idleSince?: Date; presence?: "AVAILABLE" | "OFFLINE" | "BREAK"; heartbeat?: Date | null } = {},
) {
  const user = await makeUser(db, { email: `op-${uid()}@acd.test`, name: `Operator ${uid()}`, passwordHash: "not-a-login" });
  await addMember(db, t.agency.id, user.id, "OPERATOR");
  const presence = v.presence ?? "AVAILABLE";
  await db.operatorProfile.create({
    data: {
      agencyId: t.agency.id, userId: user.id, languages: v.languages ?? ["ru"], presence,
      idleSince: presence === "AVAILABLE" ? (v.idleSince ?? new Date()) : null,
      lastHeartbeatAt: v.heartbeat === undefined ? new Date() : v.heartbeat,
      skills: { create: (v.skills ?? []).map((s) => ({ agencyId: t.agency.id, hotlineId: s.hotlineId ?? null, clientId: s.clientId ?? null, level: s.level ?? 3 })) },
    },
  });
  return user.id;
}

/** A call waiting in the queue of `hotline` since `queuedAt` (with its RECEIVED and QUEUED events). */
export async function makeQueuedCall(hotline: { id: string; agencyId: string; clientId: string }, v: { queuedAt?: Date; language?: string } = {}) {
  const queuedAt = v.queuedAt ?? new Date();
  const call = await db.call.create({
    data: {
      agencyId: hotline.agencyId, clientId: hotline.clientId, hotlineId: hotline.id, provider: "EMULATOR", providerCallId: `CA${randomBytes(16).toString("hex")}`,
      fromNumber: "+79161234567", toNumber: "+74955550101", language: v.language ?? "ru", status: "QUEUED", route: "QUEUE", startedAt: new Date(queuedAt.getTime() - 5000), queuedAt,
    },
  });
  await db.callEvent.create({ data: { agencyId: hotline.agencyId, callId: call.id, type: "QUEUED", occurredAt: queuedAt, dedupeKey: "queued", data: {} } });
  return call;
}

export const profileOf = (agencyId: string, userId: string) => db.operatorProfile.findUniqueOrThrow({ where: { agencyId_userId: { agencyId, userId } } });
export const offersOf = (callId: string) => db.callOffer.findMany({ where: { callId }, orderBy: { offeredAt: "asc" } });
