import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { makeUser } from "@/server/seed/factories";
import { makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "./calls";
import { uid, type Tenant } from "./tenants";

const DAY = 24 * 60 * 60 * 1000;

/** A call that was recorded and left a voicemail, with the RECORDING/VOICEMAIL events the projection reads. */
export function recordedCall(hotline: HotlineRow, startedAt: Date) {
  const url = (kind: string) => `https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE${kind}${randomBytes(6).toString("hex")}`;
  const recordingUrl = url("c");
  const voicemailUrl = url("v");
  return makeCallRow(hotline, {
    startedAt,
    status: "VOICEMAIL",
    recordingUrl,
    recordingSeconds: 30,
    voicemailUrl,
    voicemailSeconds: 12,
    events: [
      { type: "RECEIVED", at: startedAt, dedupeKey: "voice", data: { from: "+79161234567", to: hotline.number.e164, language: "ru" } },
      { type: "RECORDING", at: new Date(startedAt.getTime() + 40_000), dedupeKey: "recording:call", data: { kind: "call", url: recordingUrl, seconds: 30 } },
      { type: "VOICEMAIL", at: new Date(startedAt.getTime() + 60_000), dedupeKey: "voicemail", data: { url: voicemailUrl, seconds: 12 } },
      { type: "CARRIER_STATUS", at: new Date(startedAt.getTime() + 61_000), dedupeKey: "status:completed", data: { status: "completed", sequence: 1, durationSeconds: 61 } },
    ],
  });
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/**
 * A client with everything a data-subject export and the end of a client are about: a portal user, a contact,
 * a hotline with `calls` recorded calls, a message about the first call, a plan with usage, and an invoice.
 */
export async function clientWithHistory(t: Tenant, calls = 3) {
  const client = await makeClientRow(t.agency.id);
  const tag = uid();
  const portalUser = await makeUser(db, { email: `dsr-${tag}@client.test`, name: `Portal ${tag}`, passwordHash: "$argon2id$secret-hash-never-exported" });
  await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: client.id, userId: portalUser.id, role: "CLIENT_ADMIN" } });
  await db.clientContact.create({ data: { agencyId: t.agency.id, clientId: client.id, name: "Ivan Petrov", email: `ivan-${tag}@client.test`, phone: "+79160000001" } });
  const hotline = await makeHotlineRow(t.agency.id, client.id);
  const now = new Date();
  const callRows = [];
  for (let i = 0; i < calls; i++) callRows.push(await recordedCall(hotline, new Date(now.getTime() - (i + 1) * 60 * 60 * 1000)));
  await db.message.create({
    data: { agencyId: t.agency.id, clientId: client.id, callId: callRows[0]!.id, channel: "EMAIL", recipientName: "Ivan", recipient: `ivan-${tag}@client.test`, subject: "Call", body: "A caller rang", ackTokenHash: `hash-${tag}`, events: { create: { agencyId: t.agency.id, status: "QUEUED" } } },
  });
  const plan = await db.pricePlan.create({
    data: { agencyId: t.agency.id, clientId: client.id, version: 1, effectiveFrom: new Date("2026-01-01T00:00:00Z"), currency: "RUB", monthlyFeeMinor: 5000000n, ratePerMinute: "2500" },
  });
  await db.usageRecord.create({
    data: { agencyId: t.agency.id, clientId: client.id, callId: callRows[0]!.id, planId: plan.id, planVersion: 1, component: "STANDARD", occurredAt: now, rawSeconds: 60, billableSeconds: 60, amountMinor: "2500", currency: "RUB", meterStatus: "NONE" },
  });
  const invoice = await db.invoiceRecord.create({
    data: { agencyId: t.agency.id, clientId: client.id, stripeInvoiceId: `in_${tag}`, number: `INV-${tag}`, status: "paid", currency: "rub", totalMinor: 5000000n, periodStart: new Date("2026-10-01T00:00:00Z"), periodEnd: new Date("2026-11-01T00:00:00Z") },
  });
  return { client, hotline, portalUser, calls: callRows, plan, invoice };
}
