import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startMailSink, type MailSink } from "../../scripts/lib/mail-sink";
import { db } from "@/server/db";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import { inviteMember } from "@/server/team/invitations";
import { makeTenant, uid } from "../support/tenants";

type SinkMail = { subject: string; to: { address: string }[]; text: string; html: string; headers: Record<string, string> };

let sink: MailSink;
const inbox = async (): Promise<SinkMail[]> => (await fetch(`${sink.webUrl}/api/email`)).json() as Promise<SinkMail[]>;

beforeAll(async () => {
  sink = await startMailSink({ smtpPort: await freePort(0), webPort: await freePort(0) });
  // Set before anything reads the environment (server/env.ts reads it once, lazily).
  process.env.SMTP_URL = sink.smtpUrl;
});
afterAll(async () => sink.stop());

describe("outbox e-mail delivery", () => {
  it("delivers the invitation e-mail once, with a link that works, then forgets the link", async () => {
    const t = await makeTenant("mail");
    const email = `mail-${uid()}@example.test`;
    const { token, invitation } = await inviteMember(db, t.agency, { userId: t.users.OWNER.id, name: "Olga", role: "OWNER", locale: "ru" }, { email, role: "OPERATOR" });

    expect(await deliverDueOutbox(db)).toBe(1);
    expect(await deliverDueOutbox(db)).toBe(0); // nothing left: not sent twice

    const mails = (await inbox()).filter((m) => m.to.some((to) => to.address === email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(t.agency.name);
    expect(mails[0]!.subject).toMatch(/Приглашение/); // the inviter's language
    expect(mails[0]!.text).toContain(`/invite/${token}`);

    const row = await db.outboxEvent.findUniqueOrThrow({ where: { dedupeKey: `invitation:${invitation.id}` } });
    expect(row.status).toBe("SENT");
    expect(row.payload).toEqual({ to: email, subject: mails[0]!.subject, redacted: true });
  });

  it("keeps the e-mail and retries with backoff while the SMTP server is down", async () => {
    const t = await makeTenant("smtpdown");
    const email = `down-${uid()}@example.test`;
    await sink.stop();
    const { invitation } = await inviteMember(db, t.agency, { userId: t.users.OWNER.id, name: "Olga", role: "OWNER", locale: "en" }, { email, role: "OPERATOR" });
    expect(await deliverDueOutbox(db)).toBe(0);
    const failed = await db.outboxEvent.findUniqueOrThrow({ where: { dedupeKey: `invitation:${invitation.id}` } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.lastError).toBeTruthy();
    expect(failed.availableAt.getTime()).toBeGreaterThan(Date.now());

    sink = await startMailSink({ smtpPort: sink.smtpPort, webPort: sink.webPort });
    await db.outboxEvent.update({ where: { id: failed.id }, data: { availableAt: new Date() } }); // let the backoff pass
    expect(await deliverDueOutbox(db)).toBe(1);
    expect((await inbox()).filter((m) => m.to.some((to) => to.address === email))).toHaveLength(1);
  });

  it("sends once when recording the send fails for a while (the database restarting right after the send)", async () => {
    const t = await makeTenant("recfail");
    const email = `rec-${uid()}@example.test`;
    const { invitation } = await inviteMember(db, t.agency, { userId: t.users.OWNER.id, name: "Olga", role: "OWNER", locale: "en" }, { email, role: "OPERATOR" });
    // The first two writes of SENT fail, as they would while PostgreSQL restarts; the e-mail is already out by then.
    // (A sequence counts them: nextval survives the failed statement's rollback.)
    await db.$executeRawUnsafe(`CREATE SEQUENCE rec_fail`);
    await db.$executeRawUnsafe(`CREATE FUNCTION rec_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'SENT' AND nextval('rec_fail') <= 2 THEN RAISE EXCEPTION 'the database is restarting'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER rec_fail BEFORE UPDATE ON "OutboxEvent" FOR EACH ROW EXECUTE FUNCTION rec_fail()`);
    try {
      expect(await deliverDueOutbox(db)).toBe(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER rec_fail ON "OutboxEvent"`);
    }
    expect(await deliverDueOutbox(db)).toBe(0);
    const row = await db.outboxEvent.findUniqueOrThrow({ where: { dedupeKey: `invitation:${invitation.id}` } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect((await inbox()).filter((m) => m.to.some((to) => to.address === email))).toHaveLength(1);
  });
});
