import type { Db, Tx } from "../db";
import { isLoopback } from "./client-ip";

/**
 * Fixed-window rate limits kept in PostgreSQL (RateLimitBucket), so every app instance counts together.
 * One atomic upsert per hit: concurrent requests cannot both read "under the limit" and both pass.
 */
export type RateLimit = { name: string; limit: number; windowMs: number };

/** The limits in one place, so the numbers are reviewed together. */
export const LIMITS = {
  /**
   * Sign-in attempts per client IP, on top of the per-e-mail lockout: stops one address trying many
   * e-mails. Every attempt counts (an office behind one NAT signs in together at shift start: hence 100).
   */
  signInPerIp: { name: "signin:ip", limit: 100, windowMs: 15 * 60_000 },
  /** Invitation e-mails an agency may send: an invite form is also a way to send mail to strangers. */
  invitationsPerAgency: { name: "invite:agency", limit: 50, windowMs: 60 * 60_000 },
  /** Webhooks per source IP: generous (a busy agency's carrier traffic), bounding a flood of forged ones. */
  twilioWebhookPerIp: { name: "webhook:twilio:ip", limit: 3000, windowMs: 60_000 },
  stripeWebhookPerIp: { name: "webhook:stripe:ip", limit: 600, windowMs: 60_000 },
} satisfies Record<string, RateLimit>;

export type RateLimitResult = { ok: true; hits: number } | { ok: false; hits: number; retryAfterSeconds: number };

/** Pure: the start of the window `now` falls in. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Pure: the verdict for the hit count of the current window. */
export function verdict(hits: number, rule: RateLimit, now: Date): RateLimitResult {
  if (hits <= rule.limit) return { ok: true, hits };
  const end = windowStart(now, rule.windowMs).getTime() + rule.windowMs;
  return { ok: false, hits, retryAfterSeconds: Math.max(1, Math.ceil((end - now.getTime()) / 1000)) };
}

/** Counts one hit for `subject` under `rule` and says whether it is allowed. */
export async function hit(db: Db | Tx, rule: RateLimit, subject: string, now = new Date()): Promise<RateLimitResult> {
  const key = `${rule.name}:${subject}`;
  const start = windowStart(now, rule.windowMs);
  const [row] = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", hits) VALUES (${key}, ${start}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET hits = "RateLimitBucket".hits + 1
    RETURNING hits`;
  return verdict(row!.hits, rule, now);
}

/** A per-IP limit: loopback (this machine: the emulator, benchmarks, e2e) is not counted. */
export async function hitPerIp(db: Db | Tx, rule: RateLimit, ip: string, now = new Date()): Promise<RateLimitResult> {
  if (isLoopback(ip)) return { ok: true, hits: 0 };
  return hit(db, rule, ip, now);
}

/** 429 JSON with Retry-After, for route handlers. */
export function tooManyRequests(result: { retryAfterSeconds: number }): Response {
  return Response.json(
    { error: { code: "TOO_MANY_REQUESTS", message: "Too many requests", retryAfterSeconds: result.retryAfterSeconds } },
    { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
  );
}

/** Deletes windows that ended more than a day ago (the longest window is an hour). Run by a scheduled job. */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<{ deleted: number }> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  return { deleted: count };
}
