import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import { db } from "@/server/db";
import { DEMO_PASSWORD, seedDemo } from "@/server/seed/demo";

describe("the demo seed", () => {
  it("makes the demo agency, its team and the two demo clients, once", async () => {
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemo(db)).toBe(false); // never into a database that holds data

    const agency = await db.agency.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true, name: true } });
    expect(agency.name).toBe("Northwind Answering");
    expect(await db.agencyMember.count({ where: { agencyId: agency.id } })).toBe(5);
    expect((await authenticate(db, "owner@demo.test", DEMO_PASSWORD)).ok).toBe(true);
    expect((await authenticate(db, "client@aurora.test", DEMO_PASSWORD)).ok).toBe(true);

    const aurora = await db.client.findUniqueOrThrow({ where: { slug: "aurora-dental" }, select: { id: true, country: true, timezone: true, currency: true, locale: true } });
    expect(aurora).toMatchObject({ country: "RU", timezone: "Europe/Moscow", currency: "RUB", locale: "ru" });
    const versions = await db.termsVersion.findMany({ where: { clientId: aurora.id }, orderBy: { number: "asc" }, select: { number: true, state: true, document: true } });
    expect(versions.map((v) => [v.number, v.state])).toEqual([[1, "SUPERSEDED"], [2, "APPROVED"], [3, "SUBMITTED"]]);
    const v2 = versions[1]!.document as { form: { fields: { key: string }[] }; outcomes: { code: string }[]; faq: unknown[]; script: unknown[] };
    expect(v2.form.fields.map((f) => f.key)).toEqual(["name", "phone", "reason", "preferred_date"]);
    expect(v2.outcomes.map((o) => o.code)).toEqual(["APPOINTMENT_BOOKED", "CALLBACK_REQUESTED", "URGENT"]);
    expect(v2.faq.length).toBeGreaterThan(0);
    expect(v2.script.length).toBeGreaterThan(1);
    expect(await db.clientMember.count({ where: { clientId: aurora.id, role: "CLIENT_ADMIN" } })).toBe(1);
    expect(await db.onCallEntry.count({ where: { clientId: aurora.id } })).toBeGreaterThan(0);

    const bluebird = await db.client.findUniqueOrThrow({ where: { slug: "bluebird-plumbing" }, select: { country: true, timezone: true, currency: true, locale: true } });
    expect(bluebird).toEqual({ country: "US", timezone: "America/Chicago", currency: "USD", locale: "en" });
  });

  it("gives the demo clients hotlines on the demo numbers and a month of past calls shaped like a working day", async () => {
    const numbers = await db.phoneNumber.findMany({ select: { e164: true, kind: true, hotline: { select: { client: { select: { slug: true } } } } }, orderBy: { e164: "asc" } });
    expect(numbers.map((n) => [n.e164, n.kind, n.hotline?.client.slug])).toEqual([
      ["+18005550199", "TOLL_FREE", "bluebird-plumbing"],
      ["+74955550101", "LOCAL", "aurora-dental"],
      ["+78005550100", "TOLL_FREE", "aurora-dental"],
    ]);
    const calls = await db.call.findMany({ select: { startedAt: true, status: true, route: true, clientId: true, waitSeconds: true } });
    expect(calls.length).toBeGreaterThan(200);
    expect(calls.length).toBeLessThan(1000);
    const oldest = Math.min(...calls.map((c) => c.startedAt.getTime()));
    expect(Date.now() - oldest).toBeLessThan(31 * 86_400_000);
    expect(new Set(calls.map((c) => c.status))).toEqual(new Set(["COMPLETED", "ABANDONED", "VOICEMAIL"]));
    // Aurora is closed at night (Moscow time): its night callers went to voicemail, never to the queue.
    const aurora = await db.client.findUniqueOrThrow({ where: { slug: "aurora-dental" }, select: { id: true } });
    const hourInMoscow = (d: Date) => Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Moscow", hour: "2-digit", hourCycle: "h23" }).format(d));
    const night = calls.filter((c) => c.clientId === aurora.id && (hourInMoscow(c.startedAt) < 9 || hourInMoscow(c.startedAt) >= 20));
    expect(night.length).toBeGreaterThan(0);
    expect(night.every((c) => c.route === "AFTER_HOURS")).toBe(true);
    // More calls in the late morning than before dawn.
    const byHour = (h: number) => calls.filter((c) => c.clientId === aurora.id && hourInMoscow(c.startedAt) === h).length;
    expect(byHour(10) + byHour(11)).toBeGreaterThan(3 * (byHour(3) + byHour(4) + 1));
    // The two demo operators can answer both lines, each with a level, languages and a hire date.
    const profiles = await db.operatorProfile.findMany({ include: { skills: true } });
    expect(profiles).toHaveLength(2);
    expect(profiles.every((p) => p.skills.length === 2 && p.hireDate && p.presence === "OFFLINE")).toBe(true);
    // Every call has its events, the first being its arrival.
    const withoutEvents = await db.call.count({ where: { events: { none: { type: "RECEIVED" } } } });
    expect(withoutEvents).toBe(0);
  });
});
