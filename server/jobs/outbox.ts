import type { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";
import { env } from "../env";
import { sendMail } from "../email/mailer";
import { seal, unseal } from "../lib/tokens";
import { logger } from "../logger";
import { messageOutboxHandlers } from "../messages/outbox-handlers";
import { telephonyOutboxHandlers } from "../acd/outbox-handlers";
import { billingOutboxHandlers } from "../billing/stripe/outbox-handlers";
import { dataOutboxHandlers } from "../data/outbox-handlers";

/**
 * The transactional outbox: a side effect that leaves the process (an e-mail now; Stripe usage and
 * webhooks later) is written as a row in the same transaction as the change that causes it, then
 * delivered by a worker with retries. `dedupeKey` makes enqueueing idempotent; delivery is
 * at-least-once, and each handler passes the event id on so the receiver can drop a repeat.
 */
export const OUTBOX_CHANNEL = "switchboard_outbox";
const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = 20;

export type EmailPayload = { to: string; subject: string; sealedText: string; sealedHtml: string };

/** Delivers one event's payload; throwing means "retry later". `eventId` lets the receiver drop a repeat. */
export type OutboxHandler = (payload: never, eventId: string) => Promise<void>;

const emailHandlers = {
  async email(payload: EmailPayload, eventId: string) {
    const secret = env().NEXTAUTH_SECRET;
    await sendMail({
      to: payload.to,
      subject: payload.subject,
      text: unseal(payload.sealedText, secret),
      html: unseal(payload.sealedHtml, secret),
      messageId: `<${eventId}@switchboard.outbox>`,
    });
  },
};

// Each domain keeps its kinds in its own file: telephony (redirect, end a call) and messages (call summaries).
const handlers = { ...emailHandlers, ...telephonyOutboxHandlers, ...messageOutboxHandlers, ...billingOutboxHandlers, ...dataOutboxHandlers } as Record<string, (payload: unknown, eventId: string) => Promise<void>>;
export type OutboxKind = keyof typeof emailHandlers | keyof typeof telephonyOutboxHandlers | keyof typeof messageOutboxHandlers | keyof typeof billingOutboxHandlers | keyof typeof dataOutboxHandlers;

export async function enqueueEmail(
  tx: Tx,
  args: { agencyId: string | null; dedupeKey: string; to: string; subject: string; text: string; html: string },
): Promise<void> {
  const secret = env().NEXTAUTH_SECRET;
  const payload: EmailPayload = { to: args.to, subject: args.subject, sealedText: seal(args.text, secret), sealedHtml: seal(args.html, secret) };
  await enqueue(tx, { agencyId: args.agencyId, kind: "email", dedupeKey: args.dedupeKey, payload });
}

/**
 * Queues a side effect in the caller's transaction. `availableAt` delays it (an escalation that fires only
 * if nobody acknowledged in time); `dedupeKey` makes a repeated enqueue a no-op.
 */
export async function enqueueOutbox(tx: Tx, args: { agencyId: string | null; kind: OutboxKind; dedupeKey: string; payload: Prisma.InputJsonValue; availableAt?: Date }) {
  await enqueue(tx, args);
}

async function enqueue(tx: Tx, args: { agencyId: string | null; kind: OutboxKind; dedupeKey: string; payload: Prisma.InputJsonValue; availableAt?: Date }) {
  await tx.outboxEvent.upsert({
    where: { dedupeKey: args.dedupeKey },
    create: { agencyId: args.agencyId, kind: args.kind, dedupeKey: args.dedupeKey, payload: args.payload, ...(args.availableAt ? { availableAt: args.availableAt } : {}) },
    update: {},
  });
  // Delivered at commit, so the worker never wakes for a row it cannot see yet.
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
}

/** Backoff after the n-th failed attempt: 2, 4, 8 ... seconds, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** Math.max(1, attempts), 3600);
}

/**
 * Claims due events with a lease (FOR UPDATE SKIP LOCKED, so instances never take the same row), delivers
 * them, and records the outcome. A crash mid-delivery leaves the lease to expire and the event is retried.
 * Returns the number delivered.
 */
export async function deliverDueOutbox(db: Db, limit = 20): Promise<number> {
  const claimed = await db.$queryRaw<{ id: string; kind: string; payload: unknown; attempts: number }[]>`
    UPDATE "OutboxEvent" SET "availableAt" = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxEvent" WHERE status = 'PENDING' AND "availableAt" <= now()
      ORDER BY "availableAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, attempts`;
  let delivered = 0;
  for (const event of claimed) {
    let sent = false;
    let failure: string | undefined;
    try {
      const handler = handlers[event.kind];
      if (!handler) throw new Error(`no handler for outbox kind ${event.kind}`);
      await handler(event.payload, event.id);
      sent = true;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      logger.warn({ eventId: event.id, kind: event.kind, attempts: event.attempts, err: failure }, "outbox delivery failed");
    }
    const dead = event.attempts >= MAX_ATTEMPTS;
    // Recorded with retries: a side effect that happened but was not recorded is done again once the lease
    // ends — an e-mail sent twice (same Message-ID) when PostgreSQL restarts right after the send.
    await recordOutcome(() =>
      db.outboxEvent.update({
        where: { id: event.id },
        data: sent
          ? // A sealed e-mail body may hold a secret link: keep only what an operator needs to see it was sent.
            { status: "SENT", sentAt: new Date(), lastError: null, ...(event.kind === "email" ? { payload: redact(event.payload) } : {}) }
          : { status: dead ? "FAILED" : "PENDING", lastError: failure!.slice(0, 1000), availableAt: new Date(Date.now() + retryDelaySeconds(event.attempts) * 1000) },
      }),
    );
    if (sent) delivered++;
  }
  return delivered;
}

/** How long recording a delivery's outcome is retried: well inside the lease, so no other worker takes the event meanwhile. */
export const RECORD_RETRY_MS = (LEASE_SECONDS - 30) * 1000;

/** Retries `write` with backoff (0.25 s doubling to 10 s) until it succeeds or RECORD_RETRY_MS has passed. */
async function recordOutcome(write: () => Promise<unknown>, deadline = Date.now() + RECORD_RETRY_MS): Promise<void> {
  for (let delay = 250; ; delay = Math.min(delay * 2, 10_000)) {
    try {
      await write();
      return;
    } catch (error) {
      if (Date.now() + delay > deadline) throw error;
      logger.warn({ err: error instanceof Error ? error.message : String(error), retryInMs: delay }, "outbox: recording a delivery failed, retrying");
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function redact(payload: unknown): Prisma.InputJsonValue {
  const p = payload as Partial<EmailPayload>;
  return { to: p.to ?? null, subject: p.subject ?? null, redacted: true };
}
