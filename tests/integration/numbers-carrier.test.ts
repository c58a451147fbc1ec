import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { telephony } from "@/server/telephony";
import { makeClient } from "./cross-tenant/world";
import { makeHotline, telephonySnapshot } from "../support/hotlines";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

/**
 * Numbers and test calls against the real carrier emulator, reached through the real telephony port
 * (the twilio package pointed at CARRIER_EMULATOR_URL). Webhooks the emulator sends go to PUBLIC_URL,
 * where nothing listens here: these tests look at what the carrier was asked, the call path has its own.
 */
let emulator: CarrierEmulator;
let t: Tenant;
let a: { agencySlug: string };

beforeAll(async () => {
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.01 });
  // Before any server code reads the environment (env() is read once, lazily).
  process.env.CARRIER_EMULATOR_URL = emulator.url;
  t = await makeTenant("numbers");
  a = { agencySlug: t.agency.slug };
});
afterAll(async () => emulator?.stop());

const owned = (e164: string) => emulator.numbers().find((n) => n.e164 === e164);

describe("buying and releasing", () => {
  it("an admin searches toll-free numbers, buys one with our webhooks, and it leaves the search", async () => {
    const found = await t.as("ADMIN").number.search({ ...a, country: "RU", kind: "TOLL_FREE", contains: "555" });
    expect(found.provider).toBe("EMULATOR");
    expect(found.numbers.length).toBeGreaterThan(0);
    expect(found.numbers.every((n) => n.e164.startsWith("+7800") && n.kind === "TOLL_FREE")).toBe(true);
    const pick = found.numbers[0]!.e164;

    const row = await t.as("ADMIN").number.buy({ ...a, e164: pick, friendlyName: "Main line" });
    expect(row).toMatchObject({ e164: pick, kind: "TOLL_FREE", friendlyName: "Main line" });
    expect(owned(pick)).toMatchObject({ voiceUrl: "http://localhost:3999/api/telephony/twilio/voice", statusCallback: "http://localhost:3999/api/telephony/twilio/status" });
    const list = await t.as("SUPERVISOR").number.list(a);
    expect(list.numbers.find((n) => n.e164 === pick)).toMatchObject({ kind: "TOLL_FREE", provider: "EMULATOR", hotline: null });
    const again = await t.as("ADMIN").number.search({ ...a, country: "RU", kind: "TOLL_FREE", contains: "555" });
    expect(again.numbers.map((n) => n.e164)).not.toContain(pick);

    // Nobody, in this agency or another, can buy it twice.
    const other = await makeTenant("rival");
    const conflict = await expectTrpcError(other.as("OWNER").number.buy({ agencySlug: other.agency.slug, e164: pick, friendlyName: "" }), "CONFLICT");
    expect(conflict.message).toBe("numbers.taken");
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "number.bought", entityId: row.id } })).toBe(1);
  });

  it("a supervisor may look but not buy; a malformed number is a field error and nothing is bought", async () => {
    await expectTrpcError(t.as("SUPERVISOR").number.search({ ...a, country: "RU", kind: "LOCAL", contains: "" }), "FORBIDDEN");
    await expectTrpcError(t.as("OPERATOR").number.list(a), "FORBIDDEN");
    const before = await telephonySnapshot(t.agency.id);
    const ownedBefore = emulator.numbers().length;
    const bad = await expectTrpcError(t.as("ADMIN").number.buy({ ...a, e164: "+7 123", friendlyName: "" }), "BAD_REQUEST");
    expect(bad.cause).toMatchObject({ issues: [{ path: ["e164"], message: "validation.numbers.phoneInvalid" }] });
    expect(await telephonySnapshot(t.agency.id)).toEqual(before);
    expect(emulator.numbers().length).toBe(ownedBefore);
  });

  it("releasing a number gives it back to the carrier and takes it off its hotline; it can be bought again", async () => {
    const client = await makeClient(t.agency.id, "aurora");
    const hotline = await makeHotline(t.agency.id, client.id);
    const [pick] = (await t.as("ADMIN").number.search({ ...a, country: "US", kind: "LOCAL", contains: "" })).numbers;
    const row = await t.as("ADMIN").number.buy({ ...a, e164: pick!.e164, friendlyName: "" });
    await t.as("ADMIN").hotline.assignNumber({ ...a, clientSlug: client.slug, hotlineId: hotline.id, numberId: row.id });

    await t.as("ADMIN").number.release({ ...a, numberId: row.id });
    expect(owned(pick!.e164)).toBeUndefined();
    expect(await db.phoneNumber.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ hotlineId: null, releasedAt: expect.any(Date) });
    expect((await t.as("ADMIN").number.list(a)).numbers.map((n) => n.id)).not.toContain(row.id);
    await expectTrpcError(t.as("ADMIN").number.release({ ...a, numberId: row.id }), "NOT_FOUND");

    const again = await t.as("ADMIN").number.buy({ ...a, e164: pick!.e164, friendlyName: "" });
    expect(again.id).not.toBe(row.id);
  });

  it("a number that forwarded lines point at is not released (they would go silent)", async () => {
    const [pick] = (await t.as("ADMIN").number.search({ ...a, country: "RU", kind: "LOCAL", contains: "" })).numbers;
    const target = await t.as("ADMIN").number.buy({ ...a, e164: pick!.e164, friendlyName: "" });
    await t.as("ADMIN").number.addForwarded({ ...a, phone: "+7 (495) 765-43-21", country: "RU", forwardsToId: target.id, friendlyName: "" });
    const refused = await expectTrpcError(t.as("ADMIN").number.release({ ...a, numberId: target.id }), "PRECONDITION_FAILED");
    expect(refused.message).toBe("numbers.hasForwardedLines");
    expect(owned(pick!.e164)).toBeDefined();
  });
});

describe("attaching by SID", () => {
  it("takes over a number the account owns and points its webhooks at us; an unknown SID is a field error", async () => {
    const [pick] = await telephony().searchNumbers({ country: "US", kind: "TOLL_FREE", limit: 1 });
    const existing = await telephony().buyNumber(pick!.e164, "Bought in the console");
    const row = await t.as("ADMIN").number.attach({ ...a, sid: existing.sid, friendlyName: "Ops line" });
    expect(row).toMatchObject({ e164: pick!.e164, kind: "TOLL_FREE", providerSid: existing.sid });
    expect(owned(pick!.e164)).toMatchObject({ voiceUrl: "http://localhost:3999/api/telephony/twilio/voice" });
    await expectTrpcError(t.as("ADMIN").number.attach({ ...a, sid: existing.sid, friendlyName: "" }), "CONFLICT");

    const unknown = await expectTrpcError(t.as("ADMIN").number.attach({ ...a, sid: `PN${"ab".repeat(16)}`, friendlyName: "" }), "NOT_FOUND");
    expect(unknown.message).toBe("numbers.carrierNotFound");
  });
});

describe("test calls", () => {
  it("a forwarded line's test call reaches our number with the line as ForwardedFrom", async () => {
    const [pick] = (await t.as("ADMIN").number.search({ ...a, country: "RU", kind: "LOCAL", contains: "" })).numbers;
    const target = await t.as("ADMIN").number.buy({ ...a, e164: pick!.e164, friendlyName: "" });
    const line = await t.as("ADMIN").number.addForwarded({ ...a, phone: "8 495 111-22-33", country: "RU", forwardsToId: target.id, friendlyName: "" });
    expect(line).toMatchObject({ e164: "+74951112233", kind: "FORWARDED" });
    const { callSid, routed } = await t.as("ADMIN").number.testForwarded({ ...a, numberId: line.id });
    expect(routed).toBe(false);
    expect(emulator.call(callSid)).toMatchObject({ to: pick!.e164, request: { forwardedFrom: "+74951112233" } });
  });

  it("a hotline's test call dials its number as the caller chose", async () => {
    const client = await makeClient(t.agency.id, "bluebird");
    const hotline = await makeHotline(t.agency.id, client.id);
    const [pick] = (await t.as("ADMIN").number.search({ ...a, country: "US", kind: "TOLL_FREE", contains: "" })).numbers;
    const number = await t.as("ADMIN").number.buy({ ...a, e164: pick!.e164, friendlyName: "" });
    const s = { ...a, clientSlug: client.slug, hotlineId: hotline.id };
    await t.as("ADMIN").hotline.assignNumber({ ...s, numberId: number.id });

    const bad = await expectTrpcError(t.as("ADMIN").hotline.placeTestCall({ ...s, from: "12", language: "en", digits: "", staySeconds: 20 }), "BAD_REQUEST");
    expect(bad.message).toBe("hotlines.callerInvalid");
    const { callSid } = await t.as("ADMIN").hotline.placeTestCall({ ...s, from: "+1 212 555 0142", language: "en", digits: "2", staySeconds: 20 });
    expect(emulator.call(callSid)).toMatchObject({ to: pick!.e164, from: "+12125550142", request: { digits: "2", staySeconds: 20, language: "en" } });
    await expectTrpcError(t.as("SUPERVISOR").hotline.placeTestCall({ ...s, from: "+12125550142", language: "en", digits: "", staySeconds: 20 }), "FORBIDDEN");
  });
});
