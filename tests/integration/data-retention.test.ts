import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendCallEvents } from "@/server/calls/append-events";
import { purgeExpiredMedia } from "@/server/data/purge-media";
import { callMediaKeys } from "@/server/data/retention-cutoff";
import { db } from "@/server/db";
import { SCHEDULED_JOBS } from "@/server/jobs/boss";
import { deliverDueOutbox, enqueueOutbox } from "@/server/jobs/outbox";
import { appRouter } from "@/server/root";
import { fileStorage } from "@/server/storage";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { daysAgo, recordedCall } from "../support/data";
import { callBySid, makeHotline } from "../support/telephony";
import { startWebhookServer } from "../support/telephony-http";
import { termsWithHours } from "../support/telephony-terms";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

let t: Tenant;
let other: Tenant;
let hotline: HotlineRow;
let otherHotline: HotlineRow;

const shapeOf = (error: TRPCError, locale: "en" | "ru" = "en") => {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "dataPolicy.setRetention", input: undefined, ctx: { locale } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
};

// The carrier side runs for real: the emulator calls our webhook routes over HTTP (signed for PUBLIC_URL) and
// the outbox handler deletes through the real `twilio` package. env() is read once, lazily: point PUBLIC_URL and
// CARRIER_EMULATOR_URL at them before the first database access below.
let webhooks: Awaited<ReturnType<typeof startWebhookServer>>;
let emulator: CarrierEmulator;
const emulatorLog: string[] = [];

beforeAll(async () => {
  webhooks = await startWebhookServer();
  process.env.PUBLIC_URL = webhooks.url;
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.02, log: (line) => emulatorLog.push(line) });
  process.env.CARRIER_EMULATOR_URL = emulator.url;
  delete process.env.TWILIO_ACCOUNT_SID;
  t = await makeTenant("retention");
  other = await makeTenant("retention-other");
  hotline = await makeHotlineRow(t.agency.id, (await makeClientRow(t.agency.id)).id);
  otherHotline = await makeHotlineRow(other.agency.id, (await makeClientRow(other.agency.id)).id);
});
afterAll(async () => {
  await emulator?.stop();
  await webhooks?.stop();
});

describe("the retention setting", () => {
  it("is forever until an ADMIN sets it; saved, audited, and back to forever with an empty field", async () => {
    expect(await t.as("ADMIN").dataPolicy.get({ agencySlug: t.agency.slug })).toEqual({ recordingRetentionDays: null });
    expect(await t.as("ADMIN").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: "90" })).toEqual({ recordingRetentionDays: 90 });
    expect(await t.as("OWNER").dataPolicy.get({ agencySlug: t.agency.slug })).toEqual({ recordingRetentionDays: 90 });
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "data.retention_changed" }, orderBy: { createdAt: "desc" } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, before: { recordingRetentionDays: null }, after: { recordingRetentionDays: 90 } });
    await t.as("ADMIN").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: "" });
    expect(await t.as("ADMIN").dataPolicy.get({ agencySlug: t.agency.slug })).toEqual({ recordingRetentionDays: null });
  });

  it("is ADMIN and up: a supervisor or operator may neither read nor change it", async () => {
    for (const role of ["SUPERVISOR", "OPERATOR"] as const) {
      await expectTrpcError(t.as(role).dataPolicy.get({ agencySlug: t.agency.slug }), "FORBIDDEN");
      await expectTrpcError(t.as(role).dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: 1 }), "FORBIDDEN");
    }
  });

  it("refuses out-of-range values with a field message in both languages, changing nothing", async () => {
    await t.as("ADMIN").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: 30 });
    const auditsBefore = await db.auditLog.count({ where: { agencyId: t.agency.id } });
    for (const bad of ["0", "3651", "abc", "2.5", -1]) {
      const error = await expectTrpcError(t.as("ADMIN").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: bad }), "BAD_REQUEST");
      expect(shapeOf(error).fieldErrors).toEqual({ recordingRetentionDays: "Enter a whole number of days from 1 to 3650, or leave it empty." });
      expect(shapeOf(error, "ru").fieldErrors?.recordingRetentionDays).toMatch(/от 1 до 3650/);
    }
    expect(await t.as("ADMIN").dataPolicy.get({ agencySlug: t.agency.slug })).toEqual({ recordingRetentionDays: 30 });
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id } })).toBe(auditsBefore);
  });

  it("another agency cannot read or change it (NOT_FOUND) and the victim's value stays", async () => {
    await t.as("ADMIN").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: 30 });
    await expectTrpcError(other.as("OWNER").dataPolicy.setRetention({ agencySlug: t.agency.slug, recordingRetentionDays: 1 }), "NOT_FOUND");
    await expectTrpcError(other.as("OWNER").dataPolicy.get({ agencySlug: t.agency.slug }), "NOT_FOUND");
    expect((await db.agencyDataPolicy.findUniqueOrThrow({ where: { agencyId: t.agency.id } })).recordingRetentionDays).toBe(30);
  });
});

describe("the daily purge", () => {
  it("is scheduled daily", () => {
    expect(SCHEDULED_JOBS.find((j) => j.name === "data.media-retention")?.cron).toBe("45 2 * * *");
  });

  it("deletes old recordings and voicemails (files and links), keeps the calls, audits once, and is idempotent", async () => {
    const now = new Date();
    await db.agencyDataPolicy.upsert({ where: { agencyId: t.agency.id }, create: { agencyId: t.agency.id, recordingRetentionDays: 30 }, update: { recordingRetentionDays: 30 } });
    const old1 = await recordedCall(hotline, daysAgo(now, 45));
    const old2 = await recordedCall(hotline, daysAgo(now, 31));
    const recent = await recordedCall(hotline, daysAgo(now, 29));
    const oldSilent = await makeCallRow(hotline, { startedAt: daysAgo(now, 60) });
    // Another agency keeps its recordings forever: its old call is left alone.
    const foreign = await recordedCall(otherHotline, daysAgo(now, 400));
    const storage = fileStorage();
    for (const call of [old1, recent, foreign]) for (const key of callMediaKeys({ agencyId: call === foreign ? other.agency.id : t.agency.id, id: call.id })) await storage.put(key, new TextEncoder().encode("RIFF"), "audio/wav");
    const eventsBefore = await db.callEvent.count({ where: { callId: { in: [old1.id, old2.id] } } });

    const result = await purgeExpiredMedia(db, storage, now, 1); // batch of 1: the loop pages
    expect(result.calls).toBeGreaterThanOrEqual(2);

    for (const call of [old1, old2]) {
      const row = await db.call.findUniqueOrThrow({ where: { id: call.id } });
      expect(row).toMatchObject({ recordingUrl: null, voicemailUrl: null, mediaPurgedAt: now, status: "VOICEMAIL", recordingSeconds: 30 });
    }
    expect(await storage.get(callMediaKeys({ agencyId: t.agency.id, id: old1.id })[0]!)).toBeNull();
    expect(await db.callEvent.count({ where: { callId: { in: [old1.id, old2.id] } } })).toBe(eventsBefore);
    // Within the period, or never recorded, or another agency's: untouched.
    expect(await db.call.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ mediaPurgedAt: null, recordingUrl: expect.any(String) });
    expect(await storage.get(callMediaKeys({ agencyId: t.agency.id, id: recent.id })[0]!)).not.toBeNull();
    expect((await db.call.findUniqueOrThrow({ where: { id: oldSilent.id } })).mediaPurgedAt).toBeNull();
    expect(await db.call.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ mediaPurgedAt: null, recordingUrl: expect.any(String) });
    expect(await storage.get(callMediaKeys({ agencyId: other.agency.id, id: foreign.id })[0]!)).not.toBeNull();

    const logs = await db.auditLog.findMany({ where: { agencyId: t.agency.id, action: "data.media_purged" } });
    expect(logs).toHaveLength(1);
    expect(logs[0]!.after).toMatchObject({ calls: result.calls, retentionDays: 30 });
    expect(await db.auditLog.count({ where: { agencyId: other.agency.id, action: "data.media_purged" } })).toBe(0);

    // A second run the same night finds nothing and writes nothing.
    expect(await purgeExpiredMedia(db, storage, now)).toEqual({ agencies: 0, calls: 0, carrierRecordings: 0 });
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "data.media_purged" } })).toBe(1);
  });

  it("a late event does not bring the links back, and the call page says why there is no player", async () => {
    const now = new Date();
    await db.agencyDataPolicy.upsert({ where: { agencyId: t.agency.id }, create: { agencyId: t.agency.id, recordingRetentionDays: 7 }, update: { recordingRetentionDays: 7 } });
    const call = await recordedCall(hotline, daysAgo(now, 10));
    await purgeExpiredMedia(db, fileStorage(), now);
    const late = await appendCallEvents(db, call.providerCallId, [{ type: "CARRIER_STATUS", occurredAt: daysAgo(now, 9), dedupeKey: "seq:late", data: { status: "completed", sequence: 2, durationSeconds: 62 } }]);
    expect(late?.inserted).toBe(1);
    expect(await db.call.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({ recordingUrl: null, voicemailUrl: null, durationSeconds: 62 });

    const page = await t.as("SUPERVISOR").calls.get({ agencySlug: t.agency.slug, callId: call.id });
    expect(page.mediaPurgedAt).toEqual(now);
    expect(page.recordingUrl).toBeNull();
    expect(page.timeline.every((e) => e.audio === null)).toBe(true);
  });
});

/**
 * A caller leaves a voicemail through the emulator (after hours): our real webhooks store the call, its VOICEMAIL
 * and its RECORDING (with the carrier's RE… sid). Then the call is moved `days` into the past.
 */
async function carrierVoicemail(tenant: Tenant, days: number) {
  const line = await makeHotline(tenant, { terms: termsWithHours("ru", { alwaysOpen: false, weekly: {} }) });
  await createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: emulator.authToken, emulatorUrl: emulator.url }).buyNumber(line.number.e164, "retention");
  const { callSid } = emulator.placeCall({ to: line.number.e164, from: "+79161234567", voicemailSeconds: 6 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const call = await callBySid(callSid);
    const recording = call && (await db.callEvent.findFirst({ where: { callId: call.id, type: "RECORDING" }, select: { data: true } }));
    if (call?.carrierStatus === "completed" && call.voicemailUrl && recording) {
      const sid = (recording.data as { sid: string }).sid;
      expect(sid).toMatch(/^RE[0-9a-f]{32}$/);
      expect(call.voicemailUrl).toBe(`${emulator.url}/2010-04-01/Accounts/${emulator.accountSid}/Recordings/${sid}`);
      const moved = await db.call.update({ where: { id: call.id }, data: { startedAt: daysAgo(new Date(), days) } });
      return { call: moved, sid, url: call.voicemailUrl };
    }
    if (Date.now() > deadline) throw new Error(`voicemail call ${callSid} did not settle: ${JSON.stringify(emulator.call(callSid))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the carrier answers for the recording's media: 200 while it holds it, 404 once deleted. */
const carrierHas = async (url: string) => {
  const res = await fetch(`${url}.wav`);
  await res.arrayBuffer();
  if (res.status !== 200 && res.status !== 404) throw new Error(`unexpected ${res.status} from the emulator`);
  return res.status === 200;
};
const deletions = (sid: string) => emulatorLog.filter((line) => line.startsWith(`deleted recording ${sid}`)).length;
const deletionEvents = (callId: string) => db.outboxEvent.findMany({ where: { kind: "telephony.delete-recording", payload: { path: ["callId"], equals: callId } } });

/** Delivers due outbox events until this one is settled (other tests' events may be due too). */
async function deliverUntilSettled(eventId: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await deliverDueOutbox(db, 100);
    const event = await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } });
    if (event.status !== "PENDING" || event.lastError) return event;
    if (Date.now() > deadline) throw new Error(`outbox event ${eventId} was not delivered`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the carrier's copy of a recording", () => {
  it("past the retention: the purge queues its deletion in the same run, the outbox deletes it at the carrier, once", async () => {
    const a = await makeTenant("carrier-purge");
    await db.agencyDataPolicy.create({ data: { agencyId: a.agency.id, recordingRetentionDays: 30 } });
    const old = await carrierVoicemail(a, 45);
    expect(await carrierHas(old.url)).toBe(true);

    const now = new Date();
    const result = await purgeExpiredMedia(db, fileStorage(), now);
    expect(result.carrierRecordings).toBeGreaterThanOrEqual(1);
    expect(await db.call.findUniqueOrThrow({ where: { id: old.call.id } })).toMatchObject({ mediaPurgedAt: now, voicemailUrl: null });
    // The sid from the recording callback and the one inside the voicemail URL are the same recording: one event.
    const [event, ...more] = await deletionEvents(old.call.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ agencyId: a.agency.id, status: "PENDING", dedupeKey: `telephony.delete-recording:${old.sid}`, payload: { recordingSid: old.sid, callId: old.call.id } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { agencyId: a.agency.id, action: "data.media_purged" } });
    expect(audit.after).toMatchObject({ calls: 1, carrierRecordings: 1, retentionDays: 30 });

    const sent = await deliverUntilSettled(event!.id);
    expect(sent).toMatchObject({ status: "SENT", lastError: null, attempts: 1 });
    expect(await carrierHas(old.url)).toBe(false);
    expect(deletions(old.sid)).toBe(1);

    // The purge again queues nothing; a redelivered event (its acknowledgement lost) meets the carrier's 404 and is done.
    expect((await purgeExpiredMedia(db, fileStorage(), new Date())).carrierRecordings).toBe(0);
    expect(await deletionEvents(old.call.id)).toHaveLength(1);
    await db.outboxEvent.update({ where: { id: event!.id }, data: { status: "PENDING", availableAt: new Date(), sentAt: null } });
    expect(await deliverUntilSettled(event!.id)).toMatchObject({ status: "SENT", lastError: null, attempts: 2 });
    expect(deletions(old.sid)).toBe(1);
    // The port itself: the real twilio package against the emulator's 404 resolves, it does not throw.
    await expect(createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: emulator.authToken, emulatorUrl: emulator.url }).deleteRecording(old.sid)).resolves.toBeUndefined();
  });

  it("inside the retention: kept at the carrier; a stray deletion event for a call not purged deletes nothing", async () => {
    const a = await makeTenant("carrier-keep");
    await db.agencyDataPolicy.create({ data: { agencyId: a.agency.id, recordingRetentionDays: 30 } });
    const recent = await carrierVoicemail(a, 29);
    await purgeExpiredMedia(db, fileStorage(), new Date());
    expect(await db.call.findUniqueOrThrow({ where: { id: recent.call.id } })).toMatchObject({ mediaPurgedAt: null, voicemailUrl: recent.url });
    expect(await deletionEvents(recent.call.id)).toEqual([]);

    await db.$transaction((tx) =>
      enqueueOutbox(tx, { agencyId: a.agency.id, kind: "telephony.delete-recording", dedupeKey: `stray:${recent.sid}`, payload: { recordingSid: recent.sid, callId: recent.call.id } }),
    );
    const [stray] = await deletionEvents(recent.call.id);
    expect(await deliverUntilSettled(stray!.id)).toMatchObject({ status: "SENT" });
    expect(await carrierHas(recent.url)).toBe(true);
    expect(deletions(recent.sid)).toBe(0);
  });

  it("another agency's retention does not reach this agency's recordings", async () => {
    const keeper = await makeTenant("carrier-forever");
    const strict = await makeTenant("carrier-strict");
    await db.agencyDataPolicy.create({ data: { agencyId: strict.agency.id, recordingRetentionDays: 1 } });
    const strictHotline = await makeHotlineRow(strict.agency.id, (await makeClientRow(strict.agency.id)).id);
    const strictCall = await recordedCall(strictHotline, daysAgo(new Date(), 5));
    const kept = await carrierVoicemail(keeper, 400);

    await purgeExpiredMedia(db, fileStorage(), new Date());
    await deliverDueOutbox(db, 100);
    expect((await db.call.findUniqueOrThrow({ where: { id: strictCall.id } })).mediaPurgedAt).not.toBeNull();
    expect(await db.call.findUniqueOrThrow({ where: { id: kept.call.id } })).toMatchObject({ mediaPurgedAt: null, voicemailUrl: kept.url });
    expect(await deletionEvents(kept.call.id)).toEqual([]);
    expect(await carrierHas(kept.url)).toBe(true);
    expect(deletions(kept.sid)).toBe(0);
  });
});
