import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import { db } from "@/server/db";
import { callerAs, expectTrpcError, uid } from "../support/tenants";

const anonymous = callerAs(null);
const input = (over: Partial<{ name: string; email: string; password: string; agencyName: string }> = {}) => ({
  name: "Irina Petrova",
  email: `irina-${uid()}@example.test`,
  password: "a long enough pass phrase",
  agencyName: "Call Masters",
  ...over,
});

describe("sign-up", () => {
  it("creates the person, an agency with a unique slug, and makes them its OWNER", async () => {
    const name = `Колл-центр ${uid()}`;
    const first = await anonymous.auth.signUp(input({ agencyName: name }));
    const second = await anonymous.auth.signUp(input({ agencyName: name }));
    expect(first.agencySlug).toMatch(/^koll-tsentr-[a-z0-9]+$/);
    expect(second.agencySlug).toBe(`${first.agencySlug}-2`);

    const member = await db.agencyMember.findFirst({ where: { userId: first.userId }, select: { role: true, agency: { select: { slug: true, name: true } } } });
    expect(member).toEqual({ role: "OWNER", agency: { slug: first.agencySlug, name } });
    const user = await db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.auditLog.count({ where: { actorId: first.userId, action: "agency.created" } })).toBe(1);

    // The new owner can sign in and reach the agency.
    expect((await authenticate(db, first.email, "a long enough pass phrase")).ok).toBe(true);
    expect(await callerAs(first.userId).agency.get({ agencySlug: first.agencySlug })).toMatchObject({ role: "OWNER", name });
  });

  it("refuses a taken e-mail on the e-mail field and creates nothing", async () => {
    const taken = input();
    await anonymous.auth.signUp(taken);
    const [users, agencies] = [await db.user.count(), await db.agency.count()];
    const error = await expectTrpcError(anonymous.auth.signUp({ ...taken, email: taken.email.toUpperCase(), agencyName: "Other" }), "CONFLICT");
    expect(error.message).toBe("emailTaken");
    expect([await db.user.count(), await db.agency.count()]).toEqual([users, agencies]);
  });

  it.each([
    ["a weak password", { password: "password123" }, "password"],
    ["a short password", { password: "short" }, "password"],
    ["an invalid e-mail", { email: "not-an-email" }, "email"],
    ["a blank name", { name: "   " }, "name"],
    ["a one-letter agency name", { agencyName: "x" }, "agencyName"],
  ])("refuses %s with BAD_REQUEST and changes nothing", async (_label, over, field) => {
    const before = await db.user.count();
    const error = await expectTrpcError(anonymous.auth.signUp(input(over)), "BAD_REQUEST");
    expect(error.cause?.name).toBe("ZodError");
    expect(JSON.stringify(error.cause)).toContain(field);
    expect(await db.user.count()).toBe(before);
  });
});
