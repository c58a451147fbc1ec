import { ensureOperatorProfile, setPresence } from "../acd/presence";
import { audit } from "../audit";
import type { Db } from "../db";
import { env } from "../env";
import { AppError } from "../lib/app-error";
import { publishLive } from "../live/publish";
import { telephonyProvider } from "../telephony";
import type { z } from "zod";
import type { forcePresenceSchema, simulateTrafficSchema } from "./wallboard.schema";

type Actor = { agencyId: string; actorId: string };

/** A supervisor changes an operator's presence (e.g. signs off someone who left without doing it). */
export async function forcePresence(db: Db, actor: Actor, input: z.output<typeof forcePresenceSchema>) {
  const member = await db.agencyMember.findFirst({ where: { agencyId: actor.agencyId, userId: input.userId }, select: { userId: true } });
  if (!member) throw new AppError("NOT_FOUND", "wallboard.operatorNotFound");
  const profile = await setPresence(db, { agencyId: actor.agencyId, userId: member.userId, state: input.state, reason: input.reason || undefined, changedBy: actor.actorId });
  return { userId: profile.userId, presence: profile.presence };
}

/** Demo only: the carrier emulator places calls at the agency's numbers as a Poisson process. */
export async function simulateTraffic(db: Db, actor: Actor, input: z.output<typeof simulateTrafficSchema>) {
  if (telephonyProvider() !== "EMULATOR") throw new AppError("PRECONDITION_FAILED", "wallboard.emulatorOnly");
  // Chosen hotlines are looked up inside the agency: another agency's id is not found, not "no numbers".
  const found = await db.hotline.count({ where: { agencyId: actor.agencyId, id: { in: input.hotlineIds } } });
  if (found !== new Set(input.hotlineIds).size) throw new AppError("NOT_FOUND", "wallboard.hotlineNotFound", { field: "hotlineIds" });
  const numbers = await db.phoneNumber.findMany({
    where: { agencyId: actor.agencyId, hotlineId: input.hotlineIds.length ? { in: input.hotlineIds } : { not: null }, hotline: { status: "ACTIVE" } },
    select: { e164: true },
  });
  if (numbers.length === 0) throw new AppError("BAD_REQUEST", "wallboard.noNumbers", { field: "hotlineIds" });
  const response = await fetch(`${env().CARRIER_EMULATOR_URL.replace(/\/$/, "")}/emulator/traffic`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      numbers: numbers.map((n) => n.e164),
      callsPerMinute: input.callsPerMinute,
      maxCalls: Math.min(5000, Math.ceil(input.callsPerMinute * input.minutes)),
      maxSeconds: input.minutes * 60,
      staySeconds: { min: 30, max: 180 },
    }),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { id?: string } | null;
  if (!response?.ok || !body?.id) throw new AppError("PRECONDITION_FAILED", "wallboard.emulatorDown");
  await db.$transaction((tx) => audit(tx, { agencyId: actor.agencyId, actorId: actor.actorId, action: "wallboard.traffic", entityType: "Agency", entityId: actor.agencyId, after: { runId: body.id!, ...input } }));
  return { runId: body.id, numbers: numbers.length };
}

/** Demo only: bots answer the offers of the agency's operators (server/wallboard/bots.ts). */
export async function setBots(db: Db, actor: Actor, on: boolean) {
  if (telephonyProvider() !== "EMULATOR") throw new AppError("PRECONDITION_FAILED", "wallboard.emulatorOnly");
  const operators = await db.agencyMember.findMany({ where: { agencyId: actor.agencyId, role: "OPERATOR" }, select: { userId: true } });
  for (const { userId } of operators) await ensureOperatorProfile(db, actor.agencyId, userId);
  const { count } = await db.$transaction(async (tx) => {
    const result = await tx.operatorProfile.updateMany({ where: { agencyId: actor.agencyId, userId: { in: operators.map((o) => o.userId) } }, data: { bot: on } });
    await audit(tx, { agencyId: actor.agencyId, actorId: actor.actorId, action: on ? "wallboard.bots.on" : "wallboard.bots.off", entityType: "Agency", entityId: actor.agencyId, after: { operators: result.count } });
    await publishLive(tx, { agencyId: actor.agencyId, type: "wallboard.changed", payload: { bots: on } });
    return result;
  });
  // Bots sign themselves in (and out): an offline bot answers nothing. One on a call finishes it first.
  for (const { userId } of operators) {
    await setPresence(db, { agencyId: actor.agencyId, userId, state: on ? "AVAILABLE" : "OFFLINE", reason: on ? "bot" : undefined, changedBy: actor.actorId }).catch(() => undefined);
  }
  return { operators: count };
}
