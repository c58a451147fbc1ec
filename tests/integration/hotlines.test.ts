import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeClient } from "./cross-tenant/world";
import { completeOnboarding } from "../support/clients";
import { hotlineInput, makeHotline, makeNumber, telephonySnapshot } from "../support/hotlines";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

let t: Tenant;
let client: { id: string; slug: string };
let s: { agencySlug: string; clientSlug: string };

beforeAll(async () => {
  t = await makeTenant("hotlines");
  client = await makeClient(t.agency.id, "aurora");
  s = { agencySlug: t.agency.slug, clientSlug: client.slug };
});

describe("hotline settings", () => {
  it("an admin creates a premium line with a menu and consent; the page reads it back and the change is audited", async () => {
    const { id } = await t.as("ADMIN").hotline.create({
      ...s,
      ...hotlineInput({
        name: "Psychological help",
        callerPricing: "PER_MINUTE",
        callerPricePerMinute: "49,90",
        recordingEnabled: true,
        consentRu: "Разговор записывается.",
        menuEnabled: true,
        menuPromptRu: "Выберите язык",
        menuOptions: [{ digit: "1", label: "Русский", language: "ru" }, { digit: "2", label: "English", language: "en" }],
        afterHoursMode: "FORWARD",
        afterHoursForwardTo: "8 (912) 345-67-89",
      }),
    });
    const page = await t.as("SUPERVISOR").hotline.get({ ...s, hotlineId: id });
    expect(page.hotline).toMatchObject({
      name: "Psychological help",
      status: "ACTIVE",
      callerPricePerMinute: "49.9",
      recordingConsent: { ru: "Разговор записывается." },
      menu: { prompt: { ru: "Выберите язык" }, options: [{ digit: "1" }, { digit: "2" }] },
      afterHoursForwardTo: "+79123456789",
    });
    expect(page.terms).toBeNull(); // no approved terms yet: the page warns
    expect(page.canManage).toBe(false);
    const log = await db.auditLog.findMany({ where: { agencyId: t.agency.id, entityId: id }, select: { action: true } });
    expect(log.map((l) => l.action)).toEqual(["hotline.created"]);
  });

  it("bad settings are refused at their fields and change nothing", async () => {
    const before = await telephonySnapshot(t.agency.id);
    const error = await expectTrpcError(
      t.as("ADMIN").hotline.create({
        ...s,
        ...hotlineInput({
          name: " ",
          overflowAction: "FORWARD",
          overflowForwardTo: "12",
          callerPricing: "PER_MINUTE",
          callerPricePerMinute: "0",
          menuEnabled: true,
          menuOptions: [{ digit: "1", label: "A", language: "ru" }, { digit: "1", label: "B", language: "en" }],
          maxWaitSeconds: "5",
        }),
      }),
      "BAD_REQUEST",
    );
    const fields = (error.cause as unknown as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["name", "validation.required"],
        ["maxWaitSeconds", "validation.hotlines.maxWaitSecondsRange"],
      ]),
    );
    // The country-aware rules run once the plain fields are fine.
    const second = await expectTrpcError(
      t.as("ADMIN").hotline.create({
        ...s,
        ...hotlineInput({ overflowAction: "FORWARD", overflowForwardTo: "12", callerPricing: "PER_MINUTE", callerPricePerMinute: "0", menuEnabled: true, menuOptions: [{ digit: "1", label: "A", language: "ru" }, { digit: "1", label: "B", language: "en" }] }),
      }),
      "BAD_REQUEST",
    );
    const paths = (second.cause as unknown as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["overflowForwardTo", "callerPricePerMinute", "menuOptions.1.digit", "menuPromptRu"]));
    expect(await telephonySnapshot(t.agency.id)).toEqual(before);
  });

  it("a supervisor reads but cannot change; an operator cannot even read", async () => {
    const h = await makeHotline(t.agency.id, client.id);
    await expectTrpcError(t.as("SUPERVISOR").hotline.update({ ...s, hotlineId: h.id, ...hotlineInput({ name: "x" }) }), "FORBIDDEN");
    await expectTrpcError(t.as("SUPERVISOR").hotline.setStatus({ ...s, hotlineId: h.id, status: "PAUSED" }), "FORBIDDEN");
    await expectTrpcError(t.as("OPERATOR").hotline.list(s), "FORBIDDEN");
    expect((await t.as("SUPERVISOR").hotline.list(s)).hotlines.map((x) => x.id)).toContain(h.id);
  });

  it("pausing and resuming is audited once per real change", async () => {
    const h = await makeHotline(t.agency.id, client.id);
    await t.as("ADMIN").hotline.setStatus({ ...s, hotlineId: h.id, status: "PAUSED" });
    await t.as("ADMIN").hotline.setStatus({ ...s, hotlineId: h.id, status: "PAUSED" });
    await t.as("ADMIN").hotline.update({ ...s, hotlineId: h.id, ...hotlineInput({ name: "Sales" }) });
    const row = await db.hotline.findUniqueOrThrow({ where: { id: h.id } });
    expect(row).toMatchObject({ status: "PAUSED", name: "Sales" });
    const log = await db.auditLog.findMany({ where: { entityId: h.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(log.map((l) => l.action)).toEqual(["hotline.status_changed", "hotline.updated"]);
  });
});

describe("numbers on a hotline", () => {
  it("a number routes to one hotline at most; the checklist item is done once an ACTIVE hotline has one", async () => {
    const other = await makeClient(t.agency.id, "bluebird");
    const h1 = await makeHotline(t.agency.id, client.id);
    const h2 = await makeHotline(t.agency.id, other.id);
    const n = await makeNumber(t.agency.id);
    const hotlineItem = async () => (await t.as("ADMIN").client.checklist(s)).find((i) => i.key === "hotline");
    await completeOnboarding(t, client.id);

    await t.as("ADMIN").hotline.assignNumber({ ...s, hotlineId: h1.id, numberId: n.id });
    expect((await t.as("ADMIN").hotline.get({ ...s, hotlineId: h1.id })).hotline.numbers.map((x) => x.id)).toEqual([n.id]);
    expect(await hotlineItem()).toMatchObject({ done: true });

    const conflict = await expectTrpcError(t.as("ADMIN").hotline.assignNumber({ agencySlug: t.agency.slug, clientSlug: other.slug, hotlineId: h2.id, numberId: n.id }), "CONFLICT");
    expect(conflict.message).toBe("hotlines.numberRoutesElsewhere");
    // The free numbers offered on the other hotline's page do not include it.
    const page = await t.as("ADMIN").hotline.get({ agencySlug: t.agency.slug, clientSlug: other.slug, hotlineId: h2.id });
    expect(page.freeNumbers.map((x) => x.id)).not.toContain(n.id);

    await t.as("ADMIN").hotline.setStatus({ ...s, hotlineId: h1.id, status: "PAUSED" });
    expect(await hotlineItem()).toMatchObject({ done: false });
    await t.as("ADMIN").hotline.setStatus({ ...s, hotlineId: h1.id, status: "ACTIVE" });

    await t.as("ADMIN").hotline.unassignNumber({ ...s, hotlineId: h1.id, numberId: n.id });
    expect(await hotlineItem()).toMatchObject({ done: false });
    await t.as("ADMIN").hotline.assignNumber({ agencySlug: t.agency.slug, clientSlug: other.slug, hotlineId: h2.id, numberId: n.id });
    const actions = await db.auditLog.findMany({ where: { entityId: n.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["number.assigned", "number.unassigned", "number.assigned"]);
  });

  it("another client's hotline or another agency's number is NOT_FOUND, even under the caller's own client", async () => {
    const stranger = await makeTenant("stranger");
    const strangerClient = await makeClient(stranger.agency.id, "foreign");
    const foreignHotline = await makeHotline(stranger.agency.id, strangerClient.id);
    const foreignNumber = await makeNumber(stranger.agency.id);
    const sibling = await makeClient(t.agency.id, "sibling");
    const siblingHotline = await makeHotline(t.agency.id, sibling.id);
    const mine = await makeHotline(t.agency.id, client.id);
    const before = await telephonySnapshot(stranger.agency.id);

    await expectTrpcError(t.as("OWNER").hotline.get({ ...s, hotlineId: foreignHotline.id }), "NOT_FOUND");
    await expectTrpcError(t.as("OWNER").hotline.get({ ...s, hotlineId: siblingHotline.id }), "NOT_FOUND");
    await expectTrpcError(t.as("OWNER").hotline.update({ ...s, hotlineId: siblingHotline.id, ...hotlineInput() }), "NOT_FOUND");
    await expectTrpcError(t.as("OWNER").hotline.assignNumber({ ...s, hotlineId: mine.id, numberId: foreignNumber.id }), "NOT_FOUND");
    await expectTrpcError(t.as("OWNER").hotline.placeTestCall({ ...s, hotlineId: foreignHotline.id, from: "+79161234567", language: "ru", digits: "", staySeconds: 10 }), "NOT_FOUND");
    expect(await telephonySnapshot(stranger.agency.id)).toEqual(before);
  });

  it("a forwarded line cannot ring a hotline directly, and a hotline without a number cannot be test-called", async () => {
    const h = await makeHotline(t.agency.id, client.id);
    const target = await makeNumber(t.agency.id);
    const { id: lineId } = await t.as("ADMIN").number.addForwarded({ agencySlug: t.agency.slug, phone: "8 495 765-43-21", country: "RU", forwardsToId: target.id, friendlyName: "Reception" });
    await expectTrpcError(t.as("ADMIN").hotline.assignNumber({ ...s, hotlineId: h.id, numberId: lineId }), "BAD_REQUEST");
    const error = await expectTrpcError(t.as("ADMIN").hotline.placeTestCall({ ...s, hotlineId: h.id, from: "+79161234567", language: "ru", digits: "", staySeconds: 10 }), "PRECONDITION_FAILED");
    expect(error.message).toBe("hotlines.noNumber");
    expect(await t.as("ADMIN").hotline.testCall({ ...s, hotlineId: h.id, callSid: `CA${"1".repeat(32)}` })).toBeNull();
  });
});
