import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { unseal } from "@/server/lib/tokens";
import { applyCallToRollup } from "@/server/reports/rollups";
import { localDate } from "@/server/metrics/periods";
import { sendDigests } from "@/server/reports/digest";
import { digestPeriod } from "@/server/reports/digest-period";
import { handleStaffCsv } from "@/server/reports/staff-http";
import { makeCallRow, makeHotlineRow } from "../support/calls";
import { expectTrpcError, makeTenant } from "../support/tenants";
import { makeClient } from "./cross-tenant/world";

const TZ = "Europe/Moscow";

describe("per-operator figures", () => {
  it("shows each operator's answered calls, handle time and outcomes; operators themselves may not look", async () => {
    const t = await makeTenant("opfig");
    const client = await makeClient(t.agency.id, "opfig-client");
    const hotline = await makeHotlineRow(t.agency.id, client.id);
    const now = Date.now();
    const at = (s: number) => new Date(now - 3_600_000 + s * 1000);
    for (const [talk, wrap, outcome] of [[100, 20, "SALE"], [200, 40, "SALE"], [60, 0, "INFO"]] as const) {
      await makeCallRow(hotline, {
        operatorUserId: t.users.OPERATOR.id, connectedAt: at(0), talkSeconds: talk, outcome, startedAt: at(-10),
        events: [
          { type: "WRAP_UP", at: at(talk), dedupeKey: "wrap-up" },
          { type: "WRAP_UP", at: at(talk + wrap), dedupeKey: "wrap-up:submitted" },
        ],
      });
    }
    const day = localDate(at(0), TZ);
    const report = await t.as("SUPERVISOR").agencyReport.operators({ agencySlug: t.agency.slug, period: "custom", from: day, to: day });
    const op = report.operators.find((o) => o.userId === t.users.OPERATOR.id)!;
    expect(op).toMatchObject({ calls: 3, talkSeconds: 360, wrapUpSeconds: 60, ahtSeconds: 140, outcomes: { SALE: 2, INFO: 1 } });
    // The outcomes are shown by the labels the client's terms in force give them.
    await db.termsVersion.create({
      data: { agencyId: t.agency.id, clientId: client.id, number: 1, state: "APPROVED", effectiveFrom: new Date(now - 86_400_000),
        document: { sla: { answeredPercent: 80, withinSeconds: 20 }, outcomes: [{ code: "SALE", label: "Sale made" }] } },
    });
    const labelled = await t.as("SUPERVISOR").agencyReport.operators({ agencySlug: t.agency.slug, period: "custom", from: day, to: day });
    expect(labelled.outcomeLabels).toEqual({ SALE: "Sale made" });
    // The day before shows nobody's calls.
    const before = localDate(new Date(at(0).getTime() - 2 * 86_400_000), TZ);
    const empty = await t.as("SUPERVISOR").agencyReport.operators({ agencySlug: t.agency.slug, period: "custom", from: before, to: before });
    expect(empty.operators.find((o) => o.userId === t.users.OPERATOR.id)).toMatchObject({ calls: 0, ahtSeconds: null });
    await expectTrpcError(t.as("OPERATOR").agencyReport.operators({ agencySlug: t.agency.slug, period: "today" }), "FORBIDDEN");
  });

  it("refuses a custom period that ends before it starts, at the right field", async () => {
    const t = await makeTenant("opbad");
    const err = await t.as("OWNER").agencyReport.operators({ agencySlug: t.agency.slug, period: "custom", from: "2026-02-10", to: "2026-02-01" }).catch((e: unknown) => e);
    expect(JSON.stringify(err)).toContain("validation.reports.toBeforeFrom");
  });
});

describe("clients side by side", () => {
  it("shows each of the agency's clients with its own figures, and a drill-down into one of them", async () => {
    const t = await makeTenant("overview");
    const busy = await makeClient(t.agency.id, "busy");
    const quiet = await makeClient(t.agency.id, "quiet");
    const hotline = await makeHotlineRow(t.agency.id, busy.id);
    const start = new Date(Date.now() - 120_000);
    const call = await makeCallRow(hotline, { startedAt: start, queuedAt: start, connectedAt: new Date(start.getTime() + 5000), endedAt: new Date(), waitSeconds: 5, talkSeconds: 60, status: "COMPLETED", outcome: "INFO" });
    await applyCallToRollup(db, call.id);
    const overview = await t.as("SUPERVISOR").agencyReport.overview({ agencySlug: t.agency.slug, period: "today" });
    expect(overview.clients.map((c) => [c.slug, c.current.offered, c.current.answered]).sort()).toEqual([[busy.slug, 1, 1], [quiet.slug, 0, 0]].sort());
    expect(overview.totals).toMatchObject({ offered: 1, answered: 1, serviceLevel: 1 });
    const drill = await t.as("SUPERVISOR").agencyReport.client({ agencySlug: t.agency.slug, clientSlug: busy.slug, period: "today" });
    expect(drill.dashboard.current).toMatchObject({ offered: 1, answered: 1 });
    await expectTrpcError(t.as("OPERATOR").agencyReport.overview({ agencySlug: t.agency.slug, period: "today" }), "FORBIDDEN");
  });

  it("reads each client's overview from its local days: the same figures as its own dashboard, each in its own zone", async () => {
    const t = await makeTenant("overview-days");
    const clients = [await makeClient(t.agency.id, "ov-moscow"), await makeClient(t.agency.id, "ov-chicago")];
    await db.client.update({ where: { id: clients[1]!.id }, data: { timezone: "America/Chicago" } });
    // Calls over the last five weeks, around local midnights of both zones, on two hotlines of each client.
    for (const [i, c] of clients.entries()) {
      const lines = [await makeHotlineRow(t.agency.id, c.id), await makeHotlineRow(t.agency.id, c.id)];
      for (let k = 0; k < 40; k++) {
        const start = new Date(Date.now() - 10 * 60_000 - k * 21 * 3_600_000 - i * 1_800_000);
        const abandoned = k % 4 === 0;
        const call = await makeCallRow(lines[k % 2]!, abandoned
          ? { startedAt: start, queuedAt: start, status: "ABANDONED", waitSeconds: k % 9, endedAt: new Date(start.getTime() + 60_000) }
          : { startedAt: start, queuedAt: start, connectedAt: new Date(start.getTime() + 1000 * (k % 30)), waitSeconds: k % 30, talkSeconds: 60 + k, endedAt: new Date(start.getTime() + 200_000), status: "COMPLETED", outcome: k % 3 ? "INFO" : "SALE" });
        await applyCallToRollup(db, call.id);
      }
    }
    for (const period of ["lastWeek", "thisMonth", "lastMonth"] as const) {
      const overview = await t.as("SUPERVISOR").agencyReport.overview({ agencySlug: t.agency.slug, period });
      for (const c of clients) {
        const drill = await t.as("SUPERVISOR").agencyReport.client({ agencySlug: t.agency.slug, clientSlug: c.slug, period });
        const row = overview.clients.find((x) => x.slug === c.slug)!;
        expect({ current: row.current, previous: row.previous }, `${c.slug} ${period}`).toEqual({ current: drill.dashboard.current, previous: drill.dashboard.previous });
      }
      expect(overview.clients.reduce((n, c) => n + c.current.offered + c.previous.offered, 0)).toBeGreaterThan(0);
    }
  });
});

describe("staff report", () => {
  it("lists hire dates, tenure and the twelve-month date, and exports them as CSV to supervisors only", async () => {
    const t = await makeTenant("staff");
    await db.user.update({ where: { id: t.users.OPERATOR.id }, data: { name: "Olga, senior" } });
    await db.operatorProfile.create({ data: { agencyId: t.agency.id, userId: t.users.OPERATOR.id, hireDate: new Date("2024-02-29T00:00:00Z") } });
    const staff = await t.as("SUPERVISOR").agencyReport.staff({ agencySlug: t.agency.slug });
    expect(staff.operators).toEqual([expect.objectContaining({ userId: t.users.OPERATOR.id, hireDate: "2024-02-29", twelveMonthsOn: "2025-03-01", reached: true })]);

    const res = await handleStaffCsv(db, t.users.SUPERVISOR.id, t.agency.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Name,E-mail,Hired,Months employed,Twelve months on");
    expect(lines[1]).toMatch(/^"Olga, senior",operator-[^,]+,2024-02-29,\d+,2025-03-01$/);
    expect(lines).toHaveLength(3);

    const other = await makeTenant("staff-other");
    expect((await handleStaffCsv(db, other.users.OWNER.id, t.agency.slug)).status).toBe(404);
    expect((await handleStaffCsv(db, t.users.OPERATOR.id, t.agency.slug)).status).toBe(403);
    expect((await handleStaffCsv(db, null, t.agency.slug)).status).toBe(401);
  });
});

describe("e-mail digest", () => {
  it("lets a portal user choose their digest and refuses a bad value", async () => {
    const t = await makeTenant("digpref");
    const client = await makeClient(t.agency.id, "digpref-client");
    const viewer = client.as("CLIENT_VIEWER");
    expect(await viewer.digest.get({ clientSlug: client.slug })).toEqual({ digest: "WEEKLY" });
    await viewer.digest.set({ clientSlug: client.slug, digest: "DAILY" });
    expect(await viewer.digest.get({ clientSlug: client.slug })).toEqual({ digest: "DAILY" });
    // The admin's own preference is untouched.
    expect(await client.as("CLIENT_ADMIN").digest.get({ clientSlug: client.slug })).toEqual({ digest: "WEEKLY" });
    await expectTrpcError(viewer.digest.set({ clientSlug: client.slug, digest: "HOURLY" as "DAILY" }), "BAD_REQUEST");
    expect(await viewer.digest.get({ clientSlug: client.slug })).toEqual({ digest: "DAILY" });
  });

  it("sends each user one digest per period in their language, however many senders run at once", async () => {
    const t = await makeTenant("digest");
    const client = await makeClient(t.agency.id, "digest-client");
    const viewer = await db.clientMember.findFirstOrThrow({ where: { clientId: client.id, userId: client.users.CLIENT_VIEWER.id } });
    await db.clientMember.update({ where: { id: viewer.id }, data: { digest: "DAILY" } });
    await db.user.update({ where: { id: client.users.CLIENT_VIEWER.id }, data: { locale: "ru" } });
    await db.clientMember.updateMany({ where: { clientId: client.id, userId: client.users.CLIENT_ADMIN.id }, data: { digest: "OFF" } });
    const now = new Date();
    const { key, range } = digestPeriod("DAILY", TZ, now);
    // Two answered calls yesterday (client's zone), rolled up as the call path does.
    const hotline = await makeHotlineRow(t.agency.id, client.id);
    for (const offset of [3_600_000, 7_200_000]) {
      const start = new Date(range.from.getTime() + offset);
      const call = await makeCallRow(hotline, { startedAt: start, queuedAt: start, connectedAt: new Date(start.getTime() + 10_000), endedAt: new Date(start.getTime() + 130_000), waitSeconds: 10, talkSeconds: 120, status: "COMPLETED", outcome: "SALE" });
      await applyCallToRollup(db, call.id);
    }

    await Promise.all([sendDigests(db, now), sendDigests(db, now), sendDigests(db, now)]);
    await sendDigests(db, new Date(now.getTime() + 60_000));

    const mails = await db.outboxEvent.findMany({ where: { agencyId: t.agency.id, dedupeKey: { startsWith: "digest:" } } });
    expect(mails.map((m) => m.dedupeKey)).toEqual([`digest:${viewer.id}:${key}`]);
    const payload = mails[0]!.payload as { to: string; subject: string; sealedText: string };
    expect(payload.to).toBe(client.users.CLIENT_VIEWER.email);
    expect(payload.subject).toContain("ваши звонки");
    const text = unseal(payload.sealedText, env().NEXTAUTH_SECRET);
    expect(text).toMatch(/Звонки: 2\n/);
    expect(text).toMatch(/Отвечено: 2\n/);
    expect(text).toContain(`/portal/${client.slug}`);
    expect((await db.clientMember.findUniqueOrThrow({ where: { id: viewer.id } })).digestLastPeriod).toBe(key);

    // The next day brings the next digest.
    await sendDigests(db, new Date(now.getTime() + 86_400_000));
    expect(await db.outboxEvent.count({ where: { agencyId: t.agency.id, dedupeKey: { startsWith: `digest:${viewer.id}:` } } })).toBe(2);
  });
});
