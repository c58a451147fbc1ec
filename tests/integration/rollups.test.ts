import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { appendCallEvents } from "@/server/calls/append-events";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { bucketOf, metricsFromCalls, metricsFromRollups, rollupDelta, type CallFacts, type RollupDelta } from "@/server/metrics/metrics";
import { localDate } from "@/server/metrics/periods";
import { dashboardFromCalls, type DashboardFigures } from "@/server/metrics/dashboard-from-calls";
import { clientDashboard } from "@/server/reports/dashboard";
import { refoldClientRollups } from "@/server/reports/rollup-refold";
import { applyCallToRollup, rebuildRollups, rollUpDueCalls } from "@/server/reports/rollups";
import { abandonedCallEvents, makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { clientInput } from "../support/clients";
import { makeTenant } from "../support/tenants";

/** A small deterministic PRNG so a failure replays. */
function prng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const MIN = 60_000;

async function world(timezone = "Europe/Moscow") {
  const t = await makeTenant("rollups");
  const client = await makeClientRow(t.agency.id, { timezone });
  const lines = [await makeHotlineRow(t.agency.id, client.id), await makeHotlineRow(t.agency.id, client.id)];
  await db.hotline.update({ where: { id: lines[1]!.id }, data: { shortAbandonSeconds: 8 } });
  const terms = await db.termsVersion.create({
    data: { agencyId: t.agency.id, clientId: client.id, number: 1, state: "APPROVED", effectiveFrom: new Date(Date.now() - 30 * 86_400_000),
      document: { sla: { answeredPercent: 90, withinSeconds: 30 }, outcomes: [{ code: "ORDER", label: "Order placed" }] } },
  });
  return { t, client, lines, termsId: terms.id };
}

/** Random finished (and a few unfinished) calls over the last two days (or another window), written as the call
 *  path writes them. */
async function randomCalls(lines: HotlineRow[], termsVersionId: string, n: number, random: () => number, window = { latest: Date.now() - 15 * MIN, spanMs: 2 * 86_400_000 }) {
  const now = Date.now();
  const calls: Prisma.CallCreateManyInput[] = [];
  const events: Prisma.CallEventCreateManyInput[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[Math.floor(random() * lines.length)]!;
    const start = new Date(window.latest - Math.floor(random() * window.spanMs));
    const s = (sec: number) => new Date(start.getTime() + sec * 1000);
    const id = `rc_${i}_${Math.floor(random() * 1e9)}`;
    const base = { id, agencyId: line.agencyId, clientId: line.clientId, hotlineId: line.id, provider: "EMULATOR" as const, providerCallId: `CA${id}`, fromNumber: "+79161234567", toNumber: line.number.e164, language: "ru", startedAt: start, termsVersionId };
    const kind = random();
    const wait = Math.floor(random() * 60);
    if (kind < 0.45) {
      const talk = 30 + Math.floor(random() * 300);
      const submitted = random() < 0.8;
      // Some answered calls ended a minute ago without a form: not settled yet, left out everywhere.
      const ended = random() < 0.15 ? new Date(now - MIN) : s(wait + talk);
      calls.push({ ...base, status: "COMPLETED", route: "QUEUE", queuedAt: start, connectedAt: s(wait), wrapUpAt: s(wait + talk), endedAt: ended, waitSeconds: wait, talkSeconds: talk, outcome: submitted ? (random() < 0.6 ? "ORDER" : "QUESTION") : null, operatorUserId: null });
      if (submitted) events.push({ agencyId: line.agencyId, callId: id, type: "WRAP_UP", occurredAt: s(wait + talk + Math.floor(random() * 40)), dedupeKey: "wrap-up:submitted", data: {} });
    } else if (kind < 0.7) {
      calls.push({ ...base, status: "ABANDONED", route: "QUEUE", queuedAt: start, endedAt: s(wait), waitSeconds: Math.floor(wait / 4) });
    } else if (kind < 0.8) {
      calls.push({ ...base, status: "VOICEMAIL", route: "OVERFLOW", queuedAt: start, endedAt: s(wait + 20), waitSeconds: wait, voicemailUrl: "https://x.test/v.mp3" });
    } else if (kind < 0.95) {
      const vm = random() < 0.5;
      calls.push({ ...base, status: vm ? "VOICEMAIL" : "ABANDONED", route: "AFTER_HOURS", endedAt: s(20), voicemailUrl: vm ? "https://x.test/v.mp3" : null });
    } else {
      calls.push({ ...base, status: "CONNECTED", route: "QUEUE", queuedAt: start, connectedAt: s(wait), waitSeconds: wait });
    }
  }
  await db.call.createMany({ data: calls });
  await db.callEvent.createMany({ data: events });
  return calls.map((c) => c.id!);
}

/** The raw recomputation, independent of the rollup SQL: the settled calls read back with Prisma. */
async function rawFacts(clientId: string) {
  const rows = await db.call.findMany({ where: { clientId }, include: { events: { where: { dedupeKey: "wrap-up:submitted" } }, hotline: { select: { shortAbandonSeconds: true } } } });
  const settled = rows.filter((c) => ["COMPLETED", "ABANDONED", "VOICEMAIL", "FAILED"].includes(c.status) && (c.outcome || c.status === "VOICEMAIL" || (!c.connectedAt && c.route === "QUEUE") || (c.endedAt ?? c.updatedAt).getTime() < Date.now() - 10 * MIN));
  return settled.map((c) => ({
    hotlineId: c.hotlineId,
    shortAbandonSeconds: c.hotline.shortAbandonSeconds,
    facts: { startedAt: c.startedAt, status: c.status, route: c.route, queuedAt: c.queuedAt, connectedAt: c.connectedAt, waitSeconds: c.waitSeconds, talkSeconds: c.talkSeconds, outcome: c.outcome,
      wrapUpSeconds: c.events[0] && c.wrapUpAt ? Math.round((c.events[0].occurredAt.getTime() - c.wrapUpAt.getTime()) / 1000) : null } satisfies CallFacts,
  }));
}

const dayRows = async (clientId: string) =>
  (await db.callRollupDay.findMany({ where: { clientId }, orderBy: [{ hotlineId: "asc" }, { day: "asc" }], omit: { agencyId: true, clientId: true } }))
    .map(({ day, ...r }) => ({ ...r, day: day.toISOString().slice(0, 10) }));
const rollupRows = (clientId: string) => db.callRollup.findMany({ where: { clientId }, orderBy: [{ hotlineId: "asc" }, { bucketStart: "asc" }], omit: { agencyId: true, clientId: true } });

describe("call rollups", () => {
  it("equal a raw recomputation after random call streams applied twice, concurrently, and swept", async () => {
    const { client, lines, termsId } = await world();
    const ids = await randomCalls(lines, termsId, 160, prng(7));
    // Every completion processed twice at once, while two sweeps run: each call must count once.
    await Promise.all([...[...ids, ...ids].map((id) => applyCallToRollup(db, id)), rollUpDueCalls(db), rollUpDueCalls(db)]);
    expect(await rollUpDueCalls(db)).toBe(0);

    const raw = await rawFacts(client.id);
    const opts = (f: CallFacts) => ({ slaSeconds: 30, shortAbandonSeconds: raw.find((r) => r.facts === f)!.shortAbandonSeconds });
    const rows = await rollupRows(client.id);
    // The stream had every kind of call, and the unsettled ones (live, answered a minute ago without a form) stayed out.
    expect(raw.length).toBeGreaterThan(100);
    expect(raw.length).toBeLessThan(ids.length);
    expect(await db.call.count({ where: { clientId: client.id, rolledUpAt: { not: null } } })).toBe(raw.length);
    expect(metricsFromRollups(rows)).toEqual(metricsFromCalls(raw.map((r) => r.facts), opts));
    // Bucket by bucket, not only in total.
    for (const row of rows) {
      const inBucket = raw.filter((r) => r.hotlineId === row.hotlineId && bucketOf(r.facts.startedAt).getTime() === row.bucketStart.getTime());
      expect(metricsFromRollups([row])).toEqual(metricsFromCalls(inBucket.map((r) => r.facts), opts));
    }

    // The rebuild command recomputes the very same rows.
    await rebuildRollups(db, { agencyId: lines[0]!.agencyId });
    expect(await rollupRows(client.id)).toEqual(rows);
  });

  it("the set-based rebuild gives the very rows the per-call path (rollupDelta) gives, on random call streams", async () => {
    for (const seed of [3, 5, 13]) {
      const { t, client, lines, termsId } = await world();
      // A later version of the terms with another SLA, and calls without a version: the rebuild finds the one in force.
      await db.termsVersion.create({
        data: { agencyId: t.agency.id, clientId: client.id, number: 2, state: "APPROVED", effectiveFrom: new Date(Date.now() - 86_400_000),
          document: { sla: { answeredPercent: 80, withinSeconds: 15 }, outcomes: [] } },
      });
      await db.termsVersion.update({ where: { id: termsId }, data: { state: "SUPERSEDED" } });
      const random = prng(seed);
      const ids = await randomCalls(lines, termsId, 120, random);
      await db.call.updateMany({ where: { id: { in: ids.filter(() => random() < 0.4) } }, data: { termsVersionId: null } });

      // Per call, through the pure rollupDelta: the reference.
      for (const id of ids) await applyCallToRollup(db, id);
      const perCall = await rollupRows(client.id);
      const perCallDays = await dayRows(client.id);
      const added = await db.call.count({ where: { clientId: client.id, rolledUpAt: { not: null } } });
      expect(perCall.length).toBeGreaterThan(20);

      // From nothing: no rollups, no call marked. The rebuild marks the settled calls and sums them in SQL.
      await db.callRollup.deleteMany({ where: { clientId: client.id } });
      await db.callRollupDay.deleteMany({ where: { clientId: client.id } });
      await db.call.updateMany({ where: { clientId: client.id }, data: { rolledUpAt: null } });
      const { calls } = await rebuildRollups(db, { agencyId: t.agency.id });
      expect(calls).toBe(added);
      expect(await rollupRows(client.id)).toEqual(perCall);
      expect(await dayRows(client.id)).toEqual(perCallDays);
      // And again on top of itself: the same rows, nothing counted twice.
      await rebuildRollups(db, { agencyId: t.agency.id });
      expect(await rollupRows(client.id)).toEqual(perCall);
      expect(await dayRows(client.id)).toEqual(perCallDays);
    }
  });

  it("the sweep adds a settled call however old (a crash weeks ago), through the not-rolled-up index", async () => {
    const { client, lines } = await world();
    const start = new Date(Date.now() - 20 * 86_400_000);
    await makeCallRow(lines[0]!, { startedAt: start, status: "ABANDONED", queuedAt: start, endedAt: new Date(start.getTime() + 30_000), waitSeconds: 30 });
    let added = 0;
    for (let n = await rollUpDueCalls(db); n > 0; n = await rollUpDueCalls(db)) added += n;
    expect(added).toBeGreaterThanOrEqual(1);
    expect(metricsFromRollups(await rollupRows(client.id))).toMatchObject({ offered: 1, abandoned: 1, longestWaitSeconds: 30 });
  });

  it("an answered call waits for its form, then counts once with its outcome and wrap-up", async () => {
    const { client, lines } = await world();
    const start = new Date(Date.now() - 5 * MIN);
    const call = await makeCallRow(lines[0]!, { startedAt: start, status: "COMPLETED", queuedAt: start, connectedAt: new Date(start.getTime() + 12_000), waitSeconds: 12, talkSeconds: 100, wrapUpAt: new Date(start.getTime() + 112_000), endedAt: new Date(start.getTime() + 112_000) });
    expect(await applyCallToRollup(db, call.id)).toBe(false);
    await db.call.update({ where: { id: call.id }, data: { outcome: "ORDER" } });
    await db.callEvent.create({ data: { agencyId: lines[0]!.agencyId, callId: call.id, type: "WRAP_UP", occurredAt: new Date(start.getTime() + 137_000), dedupeKey: "wrap-up:submitted", data: {} } });
    expect(await applyCallToRollup(db, call.id)).toBe(true);
    expect(await applyCallToRollup(db, call.id)).toBe(false);
    const m = metricsFromRollups(await rollupRows(client.id));
    expect(m).toMatchObject({ offered: 1, answered: 1, serviceLevel: 1, asaSeconds: 12, ahtSeconds: 125, outcomes: { ORDER: 1 } });
  });

  it("the call path adds a call when its completion arrives, once however often it is delivered", async () => {
    const { client, lines } = await world();
    const start = new Date(Date.now() - 3 * MIN);
    const all = abandonedCallEvents(start);
    const call = await makeCallRow(lines[0]!, { startedAt: start, status: "QUEUED", queuedAt: all[2]!.at, events: all.slice(0, 3) });
    const tail = all.slice(3).map((e) => ({ type: e.type as "LEFT_QUEUE", occurredAt: e.at, dedupeKey: e.dedupeKey!, data: e.data as never }));
    await Promise.all([appendCallEvents(db, call.providerCallId, tail), appendCallEvents(db, call.providerCallId, tail), appendCallEvents(db, call.providerCallId, tail.slice(1))]);
    const m = metricsFromRollups(await rollupRows(client.id));
    expect(m).toMatchObject({ offered: 1, abandoned: 1, shortAbandoned: 0, longestWaitSeconds: 42 });
  });

  it("a queue result arriving after the carrier's completion is waited for, so the wait counted is the queue's", async () => {
    const { client, lines } = await world();
    const start = new Date(Date.now() - 3 * MIN);
    const all = abandonedCallEvents(start);
    const call = await makeCallRow(lines[0]!, { startedAt: start, status: "QUEUED", queuedAt: all[2]!.at, events: all.slice(0, 3) });
    const tail = all.slice(3).map((e) => ({ type: e.type as "LEFT_QUEUE", occurredAt: e.at, dedupeKey: e.dedupeKey!, data: e.data as never }));
    // The carrier's final status first: the call is final (abandoned, wait measured to its end: 43 s) but not added.
    await appendCallEvents(db, call.providerCallId, [tail[1]!]);
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).status).toBe("ABANDONED");
    expect(metricsFromRollups(await rollupRows(client.id)).offered).toBe(0);
    // Then the queue's own report (42 s in the queue): now it is added, once, with that wait.
    await appendCallEvents(db, call.providerCallId, [tail[0]!]);
    await appendCallEvents(db, call.providerCallId, tail);
    expect(metricsFromRollups(await rollupRows(client.id))).toMatchObject({ offered: 1, abandoned: 1, longestWaitSeconds: 42 });
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).waitSeconds).toBe(42);
  });

  it("the client dashboard reads the same figures per local day, with the terms' target and outcome labels", async () => {
    const { t, client, lines, termsId } = await world();
    await randomCalls(lines, termsId, 80, prng(11));
    await rollUpDueCalls(db);
    const now = new Date();
    const from = localDate(new Date(now.getTime() - 3 * 86_400_000), "Europe/Moscow");
    const to = localDate(now, "Europe/Moscow");
    const d = await clientDashboard(db, { agencyId: t.agency.id, clientId: client.id, period: "custom", custom: { from, to }, now });
    const raw = await rawFacts(client.id);
    const opts = (f: CallFacts) => ({ slaSeconds: 30, shortAbandonSeconds: raw.find((r) => r.facts === f)!.shortAbandonSeconds });
    const labels = new Map([["ORDER", "Order placed"]]);
    const figures = (x: DashboardFigures) => ({ current: x.current, previous: x.previous, days: x.days, heatmap: x.heatmap, outcomes: x.outcomes });
    // The whole dashboard read from the rollups is the one computed from the calls.
    expect(figures(d)).toEqual(dashboardFromCalls(raw.map((r) => r.facts), { current: d.range, previous: d.previousRange, timeZone: "Europe/Moscow", opts, labels }));
    const expected = metricsFromCalls(raw.map((r) => r.facts), opts);
    expect(d.current).toEqual(expected);
    expect(d.previous.offered).toBe(0);
    expect(d.days).toHaveLength(4);
    expect(d.days.reduce((s, x) => s + x.answered, 0)).toBe(expected.answered);
    expect(d.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(expected.offered + expected.afterHours);
    expect(d.sla).toEqual({ percent: 90, seconds: 30 });
    expect(d.outcomes.find((o) => o.code === "ORDER")?.label).toBe("Order placed");
    expect(d.outcomes.find((o) => o.code === "QUESTION")?.label).toBe("QUESTION");
    expect(d.hotlines.map((h) => h.id).sort()).toEqual(lines.map((l) => l.id).sort());
    expect(d.hotlineId).toBeNull();

    // One hotline: only its calls.
    const one = await clientDashboard(db, { agencyId: t.agency.id, clientId: client.id, period: "custom", custom: { from, to }, hotlineId: lines[1]!.id, now });
    const mine = raw.filter((r) => r.hotlineId === lines[1]!.id);
    expect(one.hotlineId).toBe(lines[1]!.id);
    expect(figures(one)).toEqual(dashboardFromCalls(mine.map((r) => r.facts), { current: d.range, previous: d.previousRange, timeZone: "Europe/Moscow", opts, labels }));
    expect(one.current.offered).toBeLessThan(d.current.offered);
    // Another agency's client, or a hotline of another client, is not found.
    const other = await makeTenant("other");
    await expect(clientDashboard(db, { agencyId: other.agency.id, clientId: client.id, period: "today" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await makeClientRow(t.agency.id);
    const strangerLine = await makeHotlineRow(t.agency.id, stranger.id);
    await expect(clientDashboard(db, { agencyId: t.agency.id, clientId: client.id, hotlineId: strangerLine.id, period: "today" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  // The local-day layer (what the dashboards read), per client zone: a :30 offset (local midnight at 18:30 UTC), a
  // DST fall-back (two 02:00 hours, both in the day's slot 2) and a spring-forward (no 02:00 hour).
  for (const { zone, latest, day } of [
    { zone: "Asia/Kolkata", latest: Date.now() - 15 * MIN, day: null },
    { zone: "Europe/Berlin", latest: Date.UTC(2026, 9, 25, 4), day: "2026-10-25" },
    { zone: "America/Chicago", latest: Date.UTC(2026, 2, 8, 11), day: "2026-03-08" },
  ]) {
    it(`the local-day layer equals the calls and the 15-minute layer folded by local day (${zone}${day ? `, ${day}` : ""})`, async () => {
      const { t, client, lines, termsId } = await world(zone);
      const ids = await randomCalls(lines, termsId, 150, prng(100 + zone.length * 7 + latest % 997), { latest, spanMs: day ? 6 * 3_600_000 : 2 * 86_400_000 });
      // Kolkata: one call either side of the last local midnight (18:30 UTC), at 23:50 and 00:10 local. Their
      // 15-minute buckets start at :15 and :30 UTC, in two local days: a fold by UTC hour would put both in one.
      const midnight = day ? null : Math.floor((latest - 18.5 * 3_600_000) / 86_400_000) * 86_400_000 + 18.5 * 3_600_000;
      const aroundMidnight = midnight === null ? [] : await Promise.all([midnight - 10 * MIN, midnight + 10 * MIN].map((at) =>
        makeCallRow(lines[0]!, { startedAt: new Date(at), status: "ABANDONED", queuedAt: new Date(at), endedAt: new Date(at + 30_000), waitSeconds: 30 })));
      const all = [...ids, ...aroundMidnight.map((c) => c.id)];
      await Promise.all([...[...all, ...all].map((id) => applyCallToRollup(db, id)), rollUpDueCalls(db), rollUpDueCalls(db)]);
      const raw = await rawFacts(client.id);
      const days = await dayRows(client.id);
      // From the calls, with the reference definitions (rollupDelta) and the local date and hour worked out here, apart
      // from the SQL; and from the 15-minute rows folded by local date the same way.
      const expectedDays = daysFromCalls(raw.map((r) => ({ hotlineId: r.hotlineId, at: r.facts.startedAt, delta: rollupDelta(r.facts, { slaSeconds: 30, shortAbandonSeconds: r.shortAbandonSeconds }) })), zone);
      expect(sortedDays(days)).toEqual(expectedDays);
      expect(sortedDays(days)).toEqual(daysFromCalls(bucketItems(await rollupRows(client.id)), zone));
      expect(days.length).toBeGreaterThan(1);
      expect(days.every((d) => d.hourlyCalls.length === 24)).toBe(true);
      if (midnight !== null) {
        const [before, after] = [localDate(new Date(midnight - 10 * MIN), zone), localDate(new Date(midnight + 10 * MIN), zone)];
        expect(before).not.toBe(after);
        const rowOf = (date: string) => days.find((d) => d.hotlineId === lines[0]!.id && d.day === date)!;
        expect(rowOf(before).hourlyCalls[23]).toBeGreaterThanOrEqual(1);
        expect(rowOf(after).hourlyCalls[0]).toBeGreaterThanOrEqual(1);
      }
      if (day) {
        // The DST day: a 25-hour day in Berlin (both 02:00 hours in slot 2), a 23-hour one in Chicago (slot 2 empty).
        const dst = days.filter((d) => d.day === day);
        const atTwo = raw.filter((r) => localDate(r.facts.startedAt, zone) === day && new TZDate(r.facts.startedAt.getTime(), zone).getHours() === 2);
        expect(dst.reduce((n, d) => n + d.hourlyCalls[2]!, 0)).toBe(atTwo.filter((r) => r.facts.queuedAt || r.facts.route === "AFTER_HOURS").length);
        if (zone === "Europe/Berlin") {
          // Calls in both 02:00 hours (00:00–01:00 and 01:00–02:00 UTC), all of them in slot 2.
          expect(new Set(atTwo.map((r) => Math.floor(r.facts.startedAt.getTime() / 3_600_000))).size).toBe(2);
          expect(dst.reduce((n, d) => n + d.hourlyCalls[2]!, 0)).toBeGreaterThan(0);
        }
        if (zone === "America/Chicago") expect(atTwo).toHaveLength(0);
      }

      // The rebuild gives the very same daily rows, and the dashboard read from them is the one computed from the calls.
      await rebuildRollups(db, { agencyId: t.agency.id });
      expect(await dayRows(client.id)).toEqual(days);
      const from = localDate(new Date(latest - (day ? 6 * 3_600_000 : 2 * 86_400_000)), zone);
      const d = await clientDashboard(db, { agencyId: t.agency.id, clientId: client.id, period: "custom", custom: { from, to: localDate(new Date(latest), zone) } });
      const opts = (f: CallFacts) => ({ slaSeconds: 30, shortAbandonSeconds: raw.find((r) => r.facts === f)!.shortAbandonSeconds });
      const labels = new Map([["ORDER", "Order placed"]]);
      expect({ current: d.current, previous: d.previous, days: d.days, heatmap: d.heatmap, outcomes: d.outcomes })
        .toEqual(dashboardFromCalls(raw.map((r) => r.facts), { current: d.range, previous: d.previousRange, timeZone: zone, opts, labels }));
      expect(d.current.offered + d.current.afterHours).toBeGreaterThan(0);
    });
  }

  it("a day without calls has no day row and reads as an empty day between two busy ones", async () => {
    const { t, client, lines, termsId } = await world("Europe/Berlin");
    // Calls on the 1st and the 3rd of a month in Berlin (local noon), none on the 2nd.
    const random = prng(21);
    for (const date of [Date.UTC(2026, 5, 1, 10), Date.UTC(2026, 5, 3, 10)]) {
      const ids = await randomCalls(lines, termsId, 25, random, { latest: date + 3_600_000, spanMs: 2 * 3_600_000 });
      for (const id of ids) await applyCallToRollup(db, id);
    }
    await rollUpDueCalls(db);
    const days = await dayRows(client.id);
    expect([...new Set(days.map((d) => d.day))]).toEqual(["2026-06-01", "2026-06-03"]);
    const d = await clientDashboard(db, { agencyId: t.agency.id, clientId: client.id, period: "custom", custom: { from: "2026-06-01", to: "2026-06-03" } });
    expect(d.days.map((x) => x.date)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
    expect(d.days[1]).toEqual({ date: "2026-06-02", answered: 0, abandoned: 0, shortAbandoned: 0, voicemail: 0, afterHours: 0, serviceLevel: null });
    const raw = await rawFacts(client.id);
    const opts = (f: CallFacts) => ({ slaSeconds: 30, shortAbandonSeconds: raw.find((r) => r.facts === f)!.shortAbandonSeconds });
    expect({ current: d.current, previous: d.previous, days: d.days, heatmap: d.heatmap, outcomes: d.outcomes })
      .toEqual(dashboardFromCalls(raw.map((r) => r.facts), { current: d.range, previous: d.previousRange, timeZone: "Europe/Berlin", opts, labels: new Map([["ORDER", "Order placed"]]) }));
    expect(d.current.offered).toBeGreaterThan(10);
  });

  it("a change of the client's time zone refolds its local days in the same transaction", async () => {
    const { t, client, lines, termsId } = await world("Europe/Moscow");
    const ids = await randomCalls(lines, termsId, 160, prng(31));
    const [early, racing] = [ids.slice(0, 100), ids.slice(100)];
    await Promise.all(early.map((id) => applyCallToRollup(db, id)));
    const before = { days: await dayRows(client.id) };
    const slug = (await db.client.findUniqueOrThrow({ where: { id: client.id }, select: { slug: true } })).slug;

    // Moscow (UTC+3) to Kolkata (UTC+5:30): every local day now starts at 18:30 UTC, 2.5 hours earlier.
    // Calls finish while the zone changes: each lands in the new zone's rows, never in a row of the old one.
    await Promise.all([
      t.as("ADMIN").client.update({ agencySlug: t.agency.slug, clientSlug: slug, ...clientInput({ timezone: "Asia/Kolkata" }) }),
      ...racing.map((id) => applyCallToRollup(db, id)),
    ]);
    const raw = await rawFacts(client.id);
    const days = await dayRows(client.id);
    expect(await db.call.count({ where: { clientId: client.id, rolledUpAt: { not: null } } })).toBe(raw.length);
    expect(sortedDays(days)).toEqual(daysFromCalls(raw.map((r) => ({ hotlineId: r.hotlineId, at: r.facts.startedAt, delta: rollupDelta(r.facts, { slaSeconds: 30, shortAbandonSeconds: r.shortAbandonSeconds }) })), "Asia/Kolkata"));
    expect(sortedDays(days)).toEqual(daysFromCalls(bucketItems(await rollupRows(client.id)), "Asia/Kolkata"));
    expect(days).not.toEqual(before.days);
    // The very rows a rebuild from the calls gives in the new zone; calls finishing afterwards land in the new zone too.
    await rebuildRollups(db, { agencyId: t.agency.id });
    expect(await dayRows(client.id)).toEqual(days);
    const late = await makeCallRow(lines[0]!, {
      startedAt: new Date(Date.now() - 5 * MIN), status: "ABANDONED", queuedAt: new Date(Date.now() - 5 * MIN), endedAt: new Date(Date.now() - 4 * MIN), waitSeconds: 40,
      events: [{ type: "LEFT_QUEUE", at: new Date(Date.now() - 4 * MIN), dedupeKey: "enqueue-result", data: { result: "hangup", queueSeconds: 40 } }],
    });
    expect(await applyCallToRollup(db, late.id)).toBe(true);
    const today = (await dayRows(client.id)).find((d) => d.hotlineId === lines[0]!.id && d.day === localDate(late.startedAt, "Asia/Kolkata"));
    expect(today?.abandoned).toBeGreaterThanOrEqual(1);

    // A call claimed while the change is not committed yet waits for it, then lands in the new zone's day: near
    // local midnight, so that the two zones disagree about its date.
    const midnight = new Date(Date.UTC(2026, 10, 20, 19, 0)); // 00:30 on the 21st in Kolkata, 22:00 on the 20th in Moscow
    const straddling = await makeCallRow(lines[1]!, { startedAt: midnight, status: "ABANDONED", queuedAt: midnight, endedAt: new Date(midnight.getTime() + 60_000), waitSeconds: 50 });
    let applied: Promise<boolean> | undefined;
    await db.$transaction(async (tx) => {
      await tx.client.update({ where: { id: client.id }, data: { timezone: "Europe/Moscow" } });
      await refoldClientRollups(tx, { id: client.id, agencyId: t.agency.id });
      applied = applyCallToRollup(db, straddling.id);
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await applied).toBe(true);
    const moscowDays = await dayRows(client.id);
    expect(moscowDays.find((d) => d.hotlineId === lines[1]!.id && d.day === "2026-11-20")?.maxWaitSeconds).toBe(50);
    // Exactly the rows a rebuild in the new zone gives: nothing was left in a day of the old one.
    await rebuildRollups(db, { agencyId: t.agency.id });
    expect(await dayRows(client.id)).toEqual(moscowDays);

    // A save that keeps the zone leaves the rows alone.
    await t.as("ADMIN").client.update({ agencySlug: t.agency.slug, clientSlug: slug, ...clientInput({ timezone: "Europe/Moscow", name: "Renamed" }) });
    expect(await dayRows(client.id)).toEqual(moscowDays);
  });
});

type Counters = Omit<RollupDelta, "bucketStart">;
const countersOf = ({ bucketStart: _, ...c }: RollupDelta): Counters => c;
function foldCounters(items: { key: string; counters: Counters }[]): Map<string, Counters> {
  const out = new Map<string, Counters>();
  for (const { key, counters: c } of items) {
    const acc = out.get(key);
    if (!acc) { out.set(key, { ...c, outcomes: { ...c.outcomes } }); continue; }
    for (const k of ["offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "talkSeconds", "wrapUpSeconds"] as const) acc[k] += c[k];
    acc.maxWaitSeconds = Math.max(acc.maxWaitSeconds, c.maxWaitSeconds);
    for (const [code, n] of Object.entries(c.outcomes)) acc.outcomes[code] = (acc.outcomes[code] ?? 0) + n;
  }
  return out;
}
/** The stored 15-minute rows as items for daysFromCalls: each bucket folded like one call at its start. */
const bucketItems = (rows: Awaited<ReturnType<typeof rollupRows>>) =>
  rows.map(({ hotlineId, bucketStart, ...c }) => ({ hotlineId, at: bucketStart, delta: { ...c, bucketStart } as RollupDelta }));

type DayRow = Omit<Counters, "outcomes"> & { outcomes: unknown; hotlineId: string; day: string; hourlyCalls: number[] };
/** Day rows worked out from the calls, apart from the SQL: counters folded per (hotline, local date), and the calls
 *  (offered + after hours) per local hour of TZDate. */
function daysFromCalls(items: { hotlineId: string; at: Date; delta: RollupDelta }[], zone: string) {
  const folded = foldCounters(items.map((i) => ({ key: `${i.hotlineId}|${localDate(i.at, zone)}`, counters: countersOf(i.delta) })));
  const hourly = new Map<string, number[]>();
  for (const i of items) {
    const key = `${i.hotlineId}|${localDate(i.at, zone)}`;
    const slots = hourly.get(key) ?? Array<number>(24).fill(0);
    slots[new TZDate(i.at.getTime(), zone).getHours()]! += i.delta.offered + i.delta.afterHours;
    hourly.set(key, slots);
  }
  return Object.fromEntries([...folded].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => [key, { ...c, hourlyCalls: hourly.get(key)! }]));
}
const sortedDays = (rows: DayRow[]) =>
  Object.fromEntries(rows.map(({ hotlineId, day, ...rest }) => [`${hotlineId}|${day}`, rest] as const).sort(([a], [b]) => a.localeCompare(b)));
