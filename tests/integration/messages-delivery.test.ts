import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startMailSink, type MailSink } from "../../scripts/lib/mail-sink";
import { db } from "@/server/db";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import { acknowledgeByToken } from "@/server/messages/ack";
import { deliverOutcome } from "@/server/messages/deliver";
import { escalateMessage } from "@/server/messages/escalate";
import { GET as pixelRoute } from "@/app/api/messages/[id]/opened.gif/route";
import { messagingFixture } from "../support/messages";
import { makeTenant } from "../support/tenants";

type SinkMail = { subject: string; to: { address: string }[]; text: string; html: string; headers: Record<string, string> };

let sink: MailSink;
const inbox = async (address: string): Promise<SinkMail[]> =>
  ((await (await fetch(`${sink.webUrl}/api/email`)).json()) as SinkMail[]).filter((m) => m.to.some((to) => to.address === address));
const ackTokenIn = (mail: SinkMail) => /\/ack\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
const messagesOf = (callId: string) => db.message.findMany({ where: { callId }, orderBy: [{ escalationStep: "asc" }, { createdAt: "asc" }], include: { events: { orderBy: { id: "asc" } } } });
/** Lets every pending escalation's deadline pass. */
const passDeadlines = () => db.outboxEvent.updateMany({ where: { kind: "message.escalate", status: "PENDING" }, data: { availableAt: new Date(Date.now() - 1000) } });

async function deliver(f: Awaited<ReturnType<typeof messagingFixture>>, agencyId: string) {
  return db.$transaction((tx) => deliverOutcome(tx, { call: f.call, outcomeCode: "CALLBACK", terms: f.terms, clientId: f.client.id, agencyId }));
}

beforeAll(async () => {
  sink = await startMailSink({ smtpPort: await freePort(0), webPort: await freePort(0) });
  process.env.SMTP_URL = sink.smtpUrl;
});
afterAll(async () => sink.stop());

describe("call summary delivery by e-mail", () => {
  it("sends to the listed contact and to the first person on call, marked urgent, with an ack link that works once", async () => {
    const t = await makeTenant("msgmail");
    const f = await messagingFixture(t.agency.id, { recipients: ["anna", "ON_CALL"], channel: "EMAIL", urgent: true, requiresAck: true });
    const ids = await deliver(f, t.agency.id);
    expect(ids).toHaveLength(2);
    expect(await deliver(f, t.agency.id)).toEqual(ids); // a repeated submit adds nothing

    await deliverDueOutbox(db);
    const [toAnna] = await inbox(f.anna.email!);
    const [toOlga] = await inbox(f.onCall[0]!.email!);
    expect(await inbox(f.onCall[1]!.email!)).toHaveLength(0); // only the first on call
    expect(toAnna!.subject).toMatch(/^\[URGENT\] Aurora .*: Call back — call from \+79161234567$/);
    expect(toAnna!.headers.priority).toBe("high"); // X-Priority 1 / Importance: high
    expect(toAnna!.text).toContain("Name: Ivan");
    expect(toAnna!.text).toContain("Tooth ache");
    expect(toOlga!.subject).toBe(toAnna!.subject);

    const rows = await messagesOf(f.call.id);
    expect(rows.map((m) => [m.recipientName, m.status])).toEqual([["Anna Contact", "SENT"], ["Olga First", "SENT"]]);
    expect(rows[0]!.events.map((e) => e.status)).toEqual(["QUEUED", "SENT"]);

    const first = await acknowledgeByToken(db, ackTokenIn(toAnna!));
    expect(first).toMatchObject({ state: "acknowledged", recipientName: "Anna Contact" });
    const second = await acknowledgeByToken(db, ackTokenIn(toAnna!));
    expect(second).toMatchObject({ state: "already" });
    expect(await acknowledgeByToken(db, "not-a-real-token-but-long-enough")).toEqual({ state: "invalid" });
    const acked = await db.message.findUniqueOrThrow({ where: { id: rows[0]!.id }, include: { events: true } });
    expect(acked.status).toBe("ACKNOWLEDGED");
    expect(acked.events.filter((e) => e.status === "ACKNOWLEDGED")).toHaveLength(1);

    // Anna took it: at the deadline nobody is escalated to, for either message.
    await passDeadlines();
    await deliverDueOutbox(db);
    expect(await messagesOf(f.call.id)).toHaveLength(2);
    expect(await inbox(f.onCall[1]!.email!)).toHaveLength(0);
  });

  it("the open pixel marks the message OPENED once, and a wrong token marks nothing", async () => {
    const t = await makeTenant("msgpixel");
    const f = await messagingFixture(t.agency.id, { recipients: ["anna"], channel: "EMAIL", urgent: false, requiresAck: false });
    const [id] = await deliver(f, t.agency.id);
    await deliverDueOutbox(db);
    const [mail] = await inbox(f.anna.email!);
    expect(mail!.subject.startsWith("[URGENT]")).toBe(false);
    expect(mail!.text).not.toContain("/ack/");
    const src = /src="([^"]*opened\.gif[^"]*)"/.exec(mail!.html)![1]!.replace(/&#38;/g, "&");
    const url = new URL(src);
    const hit = (u: string) => pixelRoute(new Request(u), { params: Promise.resolve({ id: id! }) });

    const wrong = await hit(`${url.origin}${url.pathname}?t=wrong`);
    expect(wrong.headers.get("content-type")).toBe("image/gif");
    expect((await db.message.findUniqueOrThrow({ where: { id: id! } })).status).toBe("SENT");

    await hit(url.toString());
    await hit(url.toString());
    const opened = await db.message.findUniqueOrThrow({ where: { id: id! }, include: { events: true } });
    expect(opened.status).toBe("OPENED");
    expect(opened.events.filter((e) => e.status === "OPENED")).toHaveLength(1);
  });

  it("escalates after the deadline to the next person on call, once per step, until nobody is left", async () => {
    const t = await makeTenant("msgesc");
    const f = await messagingFixture(t.agency.id, { recipients: ["ON_CALL"], channel: "EMAIL", urgent: true, requiresAck: true });
    const [olgaMsg] = await deliver(f, t.agency.id);
    const deadline = (await db.message.findUniqueOrThrow({ where: { id: olgaMsg! } })).ackDeadline!;
    expect(Math.round((deadline.getTime() - Date.now()) / 60_000)).toBe(15);
    await deliverDueOutbox(db);
    expect(await inbox(f.onCall[1]!.email!)).toHaveLength(0); // not before the deadline

    await passDeadlines();
    await deliverDueOutbox(db); // escalates, then (next round) sends Pavel's copy
    await deliverDueOutbox(db);
    expect(await inbox(f.onCall[1]!.email!)).toHaveLength(1);
    await escalateMessage(db, olgaMsg!); // a repeated escalation of the same step adds nothing
    let rows = await messagesOf(f.call.id);
    expect(rows.map((m) => [m.recipientName, m.escalationStep, m.status])).toEqual([["Olga First", 0, "ESCALATED"], ["Pavel Second", 1, "SENT"]]);
    expect(rows[1]!.escalatedFromId).toBe(olgaMsg);
    expect(rows[0]!.events.filter((e) => e.status === "ESCALATED").map((e) => e.detail)).toEqual(["Pavel Second"]);

    await passDeadlines();
    await deliverDueOutbox(db);
    await deliverDueOutbox(db);
    await passDeadlines();
    await deliverDueOutbox(db);
    rows = await messagesOf(f.call.id);
    expect(rows.map((m) => [m.recipientName, m.status])).toEqual([["Olga First", "ESCALATED"], ["Pavel Second", "ESCALATED"], ["Rita Third", "ESCALATED"]]);
    expect(rows[2]!.events.at(-1)).toMatchObject({ status: "ESCALATED", detail: "nobodyLeft" });
    expect(await inbox(f.onCall[2]!.email!)).toHaveLength(1);
    expect(await inbox(f.onCall[0]!.email!)).toHaveLength(1);
  });

  it("a recipient with no address for the channel is a visible FAILED message, and an unknown outcome is refused", async () => {
    const t = await makeTenant("msgfail");
    const f = await messagingFixture(t.agency.id, { recipients: ["boris"], channel: "SMS", urgent: false, requiresAck: false });
    const [id] = await deliver(f, t.agency.id);
    const row = await db.message.findUniqueOrThrow({ where: { id: id! }, include: { events: true } });
    expect(row).toMatchObject({ status: "FAILED", recipientName: "Boris Contact" });
    expect(row.events.map((e) => [e.status, e.detail])).toEqual([["FAILED", "noPhone"]]);
    expect(await db.outboxEvent.count({ where: { agencyId: t.agency.id, kind: "message.sms" } })).toBe(0);
    await expect(db.$transaction((tx) => deliverOutcome(tx, { call: f.call, outcomeCode: "NOPE", terms: f.terms, clientId: f.client.id, agencyId: t.agency.id }))).rejects.toMatchObject({ key: "messages.unknownOutcome" });
  });
});
