import { createHmac, timingSafeEqual } from "node:crypto";
import type { Tx } from "../db";
import type { MessageStatus } from "../generated/prisma/enums";
import { env } from "../env";
import { advanceStatus } from "./status";

/**
 * Appends one step to a message's trail and moves its status forward (never back: see status.ts). Call
 * inside a transaction that holds the message's row lock when the order matters.
 */
export async function recordMessageEvent(
  tx: Tx,
  message: { id: string; agencyId: string; status: MessageStatus },
  status: MessageStatus,
  detail?: string | null,
  extra: { sentAt?: Date; acknowledgedAt?: Date } = {},
): Promise<MessageStatus> {
  const next = advanceStatus(message.status, status);
  await tx.messageEvent.create({ data: { agencyId: message.agencyId, messageId: message.id, status, detail: detail ?? null } });
  if (next !== message.status || extra.sentAt || extra.acknowledgedAt) {
    await tx.message.update({ where: { id: message.id }, data: { status: next, ...extra } });
  }
  return next;
}

/** Locks a message row for a status change (concurrent pixel, callback, click and escalation). */
export async function lockMessage(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "Message" WHERE id = ${id} FOR UPDATE`;
  return tx.message.findUnique({ where: { id } });
}

/**
 * The open pixel's token: an HMAC of the message id, so the pixel URL needs no stored secret and a
 * guessed message id cannot mark a message opened.
 */
export function pixelToken(messageId: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`message-pixel:${messageId}`).digest("base64url").slice(0, 32);
}

export function isPixelToken(messageId: string, token: string): boolean {
  const expected = Buffer.from(pixelToken(messageId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
