import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { expiryReminderKey, sendExpiryReminders } from "@/server/documents/expiry-reminders";
import { addDays, fromDateString } from "@/server/documents/expiry";
import { PrismaClient } from "@/server/generated/prisma/client";
import { startJobs } from "@/server/jobs/boss";
import { unseal } from "@/server/lib/tokens";
import { makeClient } from "./cross-tenant/world";
import { inDays } from "../support/documents";
import { makeTenant, type Tenant } from "../support/tenants";

/** A second app instance: its own connection pool to the same database. */
const otherInstance = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 3 }) });
afterAll(() => otherInstance.$disconnect());

const NOW = new Date("2031-03-01T06:00:00Z"); // 09:00 in Moscow, the test agencies' zone
const day = (offset: number) => addDays(fromDateString("2031-03-01")!, offset);

async function doc(t: Tenant, v: { validUntil: Date | null; clientId?: string; title?: string }) {
  return db.complianceDocument.create({
    data: { agencyId: t.agency.id, clientId: v.clientId ?? null, kind: "TELECOM_PERMIT", title: v.title ?? null, number: "77-1", validUntil: v.validUntil },
    select: { id: true },
  });
}

async function reminders(agencyId: string) {
  const rows = await db.outboxEvent.findMany({ where: { agencyId, dedupeKey: { startsWith: "doc-expiry:" } }, orderBy: { dedupeKey: "asc" } });
  return rows.map((r) => {
    const p = r.payload as { to: string; subject: string; sealedText: string };
    return { key: r.dedupeKey, to: p.to, subject: p.subject, text: unseal(p.sealedText, process.env.NEXTAUTH_SECRET!) };
  });
}

describe("document expiry reminders", () => {
  it("e-mails the owners and admins once at 30 days and once at 7 days, however often the job runs", async () => {
    const t = await makeTenant("remind");
    const client = await makeClient(t.agency.id, "remind-client");
    const ended = await makeClient(t.agency.id, "remind-ended");
    await db.client.update({ where: { id: ended.id }, data: { status: "ENDED" } });
    const permit = await doc(t, { validUntil: day(20), title: "Telecom permit" });
    const contract = await doc(t, { validUntil: day(5), clientId: client.id, title: "Service contract" });
    await doc(t, { validUntil: day(60) }); // not yet
    await doc(t, { validUntil: day(-2) }); // already expired: the badge says so, no e-mail
    await doc(t, { validUntil: null });
    await doc(t, { validUntil: day(5), clientId: ended.id });

    await sendExpiryReminders(db, NOW);
    const first = await reminders(t.agency.id);
    expect(first.map((r) => r.key)).toEqual(
      [expiryReminderKey(permit.id, 30, day(20)), expiryReminderKey(contract.id, 7, day(5))].sort(),
    );
    const permitMail = first.find((r) => r.key.startsWith(`doc-expiry:${permit.id}:30:2031-03-21`))!;
    expect(permitMail.to).toBe(`${t.users.OWNER.email}, ${t.users.ADMIN.email}`);
    expect(permitMail.subject).toBe(`Telecom permit No. 77-1 of ${t.agency.name} expires in 20 days`);
    expect(permitMail.text).toContain(`/a/${t.agency.slug}/documents`);
    const contractMail = first.find((r) => r.key.includes(contract.id))!;
    const { name: clientName } = await db.client.findUniqueOrThrow({ where: { id: client.id }, select: { name: true } });
    expect(contractMail.text).toContain(`The document "Service contract No. 77-1" of your client ${clientName} is valid until March 6, 2031: it expires in 5 days.`);
    expect(contractMail.text).toContain(`/a/${t.agency.slug}/clients/${client.slug}/documents`);

    // Again the same day, later days before the next threshold, and two instances at once: nothing new.
    await sendExpiryReminders(db, NOW);
    await Promise.all([sendExpiryReminders(db, addDays(NOW, 3)), sendExpiryReminders(otherInstance, addDays(NOW, 3))]);
    expect(await reminders(t.agency.id)).toHaveLength(2);

    // 13 days on, the permit has 7 days left: its second reminder, once.
    await Promise.all([sendExpiryReminders(db, addDays(NOW, 13)), sendExpiryReminders(otherInstance, addDays(NOW, 13)), sendExpiryReminders(db, addDays(NOW, 13))]);
    await sendExpiryReminders(otherInstance, addDays(NOW, 16));
    const after = await reminders(t.agency.id);
    expect(after.map((r) => r.key)).toEqual(
      [expiryReminderKey(permit.id, 30, day(20)), expiryReminderKey(permit.id, 7, day(20)), expiryReminderKey(contract.id, 7, day(5))].sort(),
    );
  });

  it("a renewed document is reminded again before its new expiry", async () => {
    const t = await makeTenant("renew");
    const permit = await doc(t, { validUntil: day(25) });
    await sendExpiryReminders(db, NOW);
    await db.complianceDocument.update({ where: { id: permit.id }, data: { validUntil: day(40) } });
    await sendExpiryReminders(db, addDays(NOW, 15)); // 25 days left of the new validity
    expect((await reminders(t.agency.id)).map((r) => r.key)).toEqual([expiryReminderKey(permit.id, 30, day(25)), expiryReminderKey(permit.id, 30, day(40))]);
  });

  it("writes in the agency's language, with the right plural", async () => {
    const t = await makeTenant("remind-ru");
    await db.agency.update({ where: { id: t.agency.id }, data: { locale: "ru" } });
    await doc(t, { validUntil: day(22), title: "Лицензия" });
    await doc(t, { validUntil: day(0), title: "Договор" });
    await sendExpiryReminders(db, NOW);
    expect((await reminders(t.agency.id)).map((r) => r.subject).sort()).toEqual([
      `Срок документа «Договор № 77-1» (${t.agency.name}) истекает сегодня`,
      `Срок документа «Лицензия № 77-1» (${t.agency.name}) истекает через 22 дня`,
    ]);
  });
});

describe("the pg-boss schedule", () => {
  it("one pg-boss per process schedules the job daily and runs it", async () => {
    const t = await makeTenant("boss");
    const permit = await doc(t, { validUntil: fromDateString(inDays(3)) });
    const jobs = await startJobs();
    try {
      expect(await startJobs()).toBe(jobs);
      const schedules = await jobs.boss.getSchedules();
      expect(schedules).toEqual(expect.arrayContaining([expect.objectContaining({ name: "documents.expiry-reminders", cron: "0 6 * * *", timezone: "UTC" })]));
      await jobs.boss.send("documents.expiry-reminders", {});
      const deadline = Date.now() + 15_000;
      while ((await reminders(t.agency.id)).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect((await reminders(t.agency.id)).map((r) => r.key)).toEqual([expiryReminderKey(permit.id, 7, fromDateString(inDays(3))!)]);
    } finally {
      await jobs.stop();
    }
  });
});
