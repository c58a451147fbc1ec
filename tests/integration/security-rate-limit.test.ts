import { describe, expect, it } from "vitest";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { POST as twilioVoice } from "@/app/api/telephony/twilio/voice/route";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { hit, LIMITS, pruneRateLimits, windowStart, type RateLimit } from "@/server/security/rate-limit";
import { expectTrpcError, makeTenant, PASSWORD, tenantSnapshot, uid } from "../support/tenants";

/** Fills `subject`'s current window up to its limit, as if that many requests had just come. */
async function exhaust(rule: RateLimit, subject: string) {
  await db.rateLimitBucket.create({ data: { key: `${rule.name}:${subject}`, windowStart: windowStart(new Date(), rule.windowMs), hits: rule.limit } });
}

const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${uid()}`;

describe("rate limits in PostgreSQL", () => {
  it("counts concurrent hits atomically: exactly `limit` pass, whatever the interleaving", async () => {
    const rule = { name: `t-${uid()}`, limit: 7, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(db, rule, "s")));
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it("a new window starts from zero, and the prune job removes windows a day old", async () => {
    const rule = { name: `t-${uid()}`, limit: 1, windowMs: 60_000 };
    const t0 = new Date("2026-01-01T10:00:10Z");
    expect((await hit(db, rule, "s", t0)).ok).toBe(true);
    expect((await hit(db, rule, "s", t0)).ok).toBe(false);
    expect((await hit(db, rule, "s", new Date("2026-01-01T10:01:00Z"))).ok).toBe(true);
    const pruned = await pruneRateLimits(db, new Date("2026-01-02T10:00:30Z"));
    expect(pruned.deleted).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.count({ where: { key: `${rule.name}:s` } })).toBe(1); // 10:01 is less than a day old
  });

  it("the Stripe webhook answers 429 JSON with Retry-After to an IP over its limit, and others go on", async () => {
    const flooder = ip();
    await exhaust(LIMITS.stripeWebhookPerIp, flooder);
    const post = (from: string) =>
      stripeWebhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "x-forwarded-for": from, "stripe-signature": "t=1,v1=x" }, body: "{}" }));
    const refused = await post(flooder);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "TOO_MANY_REQUESTS" } });
    expect((await post(ip())).status).not.toBe(429);
    // This machine (the emulator, benchmarks) is not limited, nor counted.
    await exhaust(LIMITS.stripeWebhookPerIp, "127.0.0.1");
    expect((await post("127.0.0.1")).status).not.toBe(429);
  });

  it("the Twilio webhooks answer 429 to an IP over its limit before reading the body", async () => {
    const flooder = ip();
    await exhaust(LIMITS.twilioWebhookPerIp, flooder);
    const post = (from: string) =>
      twilioVoice(new Request("http://localhost/api/telephony/twilio/voice", { method: "POST", headers: { "x-forwarded-for": from, "content-type": "application/x-www-form-urlencoded" }, body: "CallSid=CA1" }));
    const refused = await post(flooder);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await post(ip())).status).toBe(403); // unsigned: refused for that, not for the rate
  });

  it("invitations per agency: over the limit is TOO_MANY_REQUESTS and nothing is written; another agency is unaffected", async () => {
    const t = await makeTenant("ratelimit");
    const other = await makeTenant("ratelimit2");
    await exhaust(LIMITS.invitationsPerAgency, t.agency.id);
    const before = await tenantSnapshot(t.agency.id);
    await expectTrpcError(t.as("ADMIN").team.invite({ agencySlug: t.agency.slug, email: `x-${uid()}@example.test`, role: "OPERATOR" }), "TOO_MANY_REQUESTS");
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
    await other.as("ADMIN").team.invite({ agencySlug: other.agency.slug, email: `y-${uid()}@example.test`, role: "OPERATOR" });
  });

  it("sign-in per IP: over the limit even the right password is refused with the time it ends; another IP signs in", async () => {
    const t = await makeTenant("signinip");
    const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: unknown, req: unknown) => Promise<unknown> } };
    const authorize = (from: string) => provider.options.authorize({ email: t.users.ADMIN.email, password: PASSWORD }, { headers: { "x-forwarded-for": from } });
    const flooder = ip();
    await exhaust(LIMITS.signInPerIp, flooder);
    await expect(authorize(flooder)).rejects.toThrow(/^LOCKED:\d{4}-/);
    expect(await db.signInAttempt.count({ where: { email: t.users.ADMIN.email } })).toBe(0); // the e-mail is not charged for it
    expect(await authorize(ip())).toMatchObject({ id: t.users.ADMIN.id });
  });
});
