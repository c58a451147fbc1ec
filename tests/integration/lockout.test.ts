import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import { LOCKOUT_MAX_FAILURES } from "@/server/auth/lockout";
import { db } from "@/server/db";
import { makeTenant, PASSWORD } from "../support/tenants";

describe("sign-in lockout", () => {
  it("locks an e-mail after ten failures within 15 minutes, even for the right password, and only that e-mail", async () => {
    const t = await makeTenant("lock");
    const victim = t.users.OPERATOR.email;
    for (let i = 1; i < LOCKOUT_MAX_FAILURES; i++) {
      expect(await authenticate(db, victim, `wrong-${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const tenth = await authenticate(db, victim, "wrong-10");
    expect(tenth).toMatchObject({ ok: false, reason: "locked" });
    const until = (tenth as { until: Date }).until.getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // The right password does not get through while locked, and the failure is not counted again.
    expect(await authenticate(db, victim, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.signInAttempt.count({ where: { email: victim } })).toBe(LOCKOUT_MAX_FAILURES);
    // Upper case is the same e-mail.
    expect(await authenticate(db, victim.toUpperCase(), PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    // Another person is not affected.
    expect(await authenticate(db, t.users.ADMIN.email, PASSWORD)).toMatchObject({ ok: true });
  });

  it("the lock lives in PostgreSQL: it ends 15 minutes after the tenth failure, and success clears the count", async () => {
    const t = await makeTenant("lock2");
    const email = t.users.SUPERVISOR.email;
    const longAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInAttempt.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ email, createdAt: new Date(longAgo.getTime() - i * 1000) })) });
    expect(await authenticate(db, email, PASSWORD)).toMatchObject({ ok: true });
    expect(await db.signInAttempt.count({ where: { email } })).toBe(0);
  });

  it("an unknown e-mail fails like a wrong password", async () => {
    expect(await authenticate(db, "nobody@nowhere.test", "whatever-it-is")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, "not an email", "x")).toEqual({ ok: false, reason: "invalid" });
  });
});
