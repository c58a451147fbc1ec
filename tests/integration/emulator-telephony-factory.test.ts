import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";

// telephony() reads CARRIER_EMULATOR_URL from env(), which is read once: set it before any server import runs it.
const TOKEN = process.env.TWILIO_AUTH_TOKEN!;
let emulator: CarrierEmulator;

beforeAll(async () => {
  emulator = await startCarrierEmulator({ authToken: TOKEN, timeScale: 0.01 });
  process.env.CARRIER_EMULATOR_URL = emulator.url;
  delete process.env.TWILIO_ACCOUNT_SID;
});
afterAll(() => emulator.stop());

describe("telephony() without TWILIO_ACCOUNT_SID", () => {
  it("is the emulator port, with test calls", async () => {
    const { telephony } = await import("@/server/telephony");
    const port = telephony();
    expect(port.provider).toBe("EMULATOR");
    expect(port.placeTestCall).not.toBeNull();
    expect(telephony()).toBe(port);
    const bought = await port.buyNumber("+74955550160", "factory");
    expect(emulator.numbers().map((n) => n.sid)).toContain(bought.sid);
  });

  it("reconcile gives the emulator every unreleased emulator number of the database, with our webhooks", async () => {
    const { db } = await import("@/server/db");
    const { telephony } = await import("@/server/telephony");
    const { reconcileEmulatorNumbers } = await import("@/server/telephony/reconcile");
    const { makeTenant } = await import("../support/tenants");
    const tenant = await makeTenant("reconcile");
    const base = { agencyId: tenant.agency.id, kind: "LOCAL" as const };
    await db.phoneNumber.create({ data: { ...base, e164: "+74955550171", provider: "EMULATOR", providerSid: "PNstale", friendlyName: "kept" } });
    await db.phoneNumber.create({ data: { ...base, e164: "+74955550172", provider: "EMULATOR", releasedAt: new Date() } });
    await db.phoneNumber.create({ data: { ...base, e164: "+74955550173", kind: "FORWARDED", provider: "CLIENT" } });

    const result = await reconcileEmulatorNumbers(db, telephony());
    expect(result.failed).toEqual([]);
    expect(result.registered).toContain("+74955550171");
    const owned = emulator.numbers().map((n) => n.e164);
    expect(owned).toContain("+74955550171");
    expect(owned).not.toContain("+74955550172");
    expect(owned).not.toContain("+74955550173");
    const kept = emulator.numbers().find((n) => n.e164 === "+74955550171")!;
    expect(kept.voiceUrl).toBe(`${process.env.PUBLIC_URL}/api/telephony/twilio/voice`);
    const row = await db.phoneNumber.findFirst({ where: { e164: "+74955550171", agencyId: tenant.agency.id } });
    expect(row?.providerSid).toBe(kept.sid);
  });
});
