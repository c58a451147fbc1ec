import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appendCallEvents } from "@/server/calls/append-events";
import { purgeExpiredMedia } from "@/server/data/purge-media";
import { callMediaKeys } from "@/server/data/retention-cutoff";
import { db } from "@/server/db";
import { SCHEDULED_JOBS } from "@/server/jobs/boss";
import { appRouter } from "@/server/root";
import { fileStorage } from "@/server/storage";
import { makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { daysAgo, recordedCall } from "../support/data";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

let t: Tenant;
let other: Tenant;
let hotline: HotlineRow;
let otherHotline: HotlineRow;

const shapeOf = (error: TRPCError, locale: "en" | "ru" = "en") => {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "dataPolicy.setRetention", input: undefined, ctx: { locale } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
};

beforeAll(async () => {
  t = await makeTenant("retention");
  other = await makeTenant("retention-other");
  hotline = await makeHotlineRow(t.agency.id, (await makeClientRow(t.agency.id)).id);
  otherHotline = await makeHotlineRow(other.agency.id, (await makeClientRow(other.agency.id)).id);
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
    expect(await purgeExpiredMedia(db, storage, now)).toEqual({ agencies: 0, calls: 0 });
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
