import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { appRouter } from "@/server/root";
import { callsCsvBody, handlePortalCsv } from "@/server/reports/csv-http";
import { metricsCsvBody } from "@/server/reports/metrics-csv";
import { applyCallToRollup } from "@/server/reports/rollups";
import { makeUser } from "@/server/seed/factories";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";
import { makeCallRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { makeClient, type WorldClient } from "./cross-tenant/world";

/** The client portal's reports: call log, call page and the CSV export, seen by the client's own users. */
let agency: Tenant;
let mine: WorldClient;
let sibling: WorldClient;
let line: HotlineRow;
let siblingLine: HotlineRow;
const ids = {} as Record<"late" | "early" | "abandoned" | "sibling", string>;
const utc = (iso: string) => new Date(iso);

function messageOf(error: TRPCError) {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "query", path: "report.portal.calls", input: undefined, ctx: { locale: "en" } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
}

beforeAll(async () => {
  agency = await makeTenant("reports");
  mine = await makeClient(agency.agency.id, "portal-mine");
  sibling = await makeClient(agency.agency.id, "portal-sibling");
  // Europe/Moscow (UTC+3, the default zone of a client): 2026-03-01 local starts at 2026-02-28T21:00Z.
  line = await makeHotlineRow(agency.agency.id, mine.id, "Mine line");
  siblingLine = await makeHotlineRow(agency.agency.id, sibling.id, "Sibling line");
  const operator = await makeUser(db, { email: `op-${mine.slug}@x.test`, name: "Anna Petrova", passwordHash: "unused" });
  await db.termsVersion.create({
    data: {
      agencyId: agency.agency.id, clientId: mine.id, number: 1, state: "APPROVED", approvedAt: new Date(), effectiveFrom: new Date("2026-01-01"),
      document: { outcomes: [{ code: "RESOLVED", label: "Question answered" }], form: { fields: [{ key: "reason", label: "Reason for the call", type: "TEXT" }] } },
    },
  });
  ids.late = (await makeCallRow(line, { startedAt: utc("2026-02-28T20:59:00Z"), fromNumber: "+79161112233" })).id;
  ids.early = (
    await makeCallRow(line, {
      startedAt: utc("2026-02-28T21:01:00Z"), fromNumber: "+79164445566", callerName: "Иванова, Анна", outcome: "RESOLVED",
      operatorUserId: operator.id, termsVersionNumber: 1, formData: { reason: "Запись к врачу" }, talkSeconds: 90,
    })
  ).id;
  ids.abandoned = (await makeCallRow(line, { startedAt: utc("2026-03-02T09:00:00Z"), status: "ABANDONED", waitSeconds: 42 })).id;
  ids.sibling = (await makeCallRow(siblingLine, { startedAt: utc("2026-03-02T10:00:00Z") })).id;
});

describe("report.portal.calls", () => {
  it("shows a client viewer their own client's calls only, newest first", async () => {
    const page = await mine.as("CLIENT_VIEWER").report.portal.calls({ clientSlug: mine.slug });
    expect(page.items.map((c) => c.id)).toEqual([ids.abandoned, ids.early, ids.late]);
    expect(page.outcomes).toEqual([{ code: "RESOLVED", label: "Question answered" }]);
    const theirs = await sibling.as("CLIENT_VIEWER").report.portal.calls({ clientSlug: sibling.slug });
    expect(theirs.items.map((c) => c.id)).toEqual([ids.sibling]);
  });

  it("filters by days in the client's zone, result, outcome and caller", async () => {
    const c = mine.as("CLIENT_VIEWER");
    const s = { clientSlug: mine.slug };
    expect((await c.report.portal.calls({ ...s, from: "2026-03-01", to: "2026-03-01" })).items.map((x) => x.id)).toEqual([ids.early]);
    expect((await c.report.portal.calls({ ...s, result: "ABANDONED" })).items.map((x) => x.id)).toEqual([ids.abandoned]);
    expect((await c.report.portal.calls({ ...s, outcome: "RESOLVED" })).items.map((x) => x.id)).toEqual([ids.early]);
    expect((await c.report.portal.calls({ ...s, caller: "8 916 111-22-33" })).items.map((x) => x.id)).toEqual([ids.late]);
    expect((await c.report.portal.calls({ ...s, caller: "иванова" })).items.map((x) => x.id)).toEqual([ids.early]);
  });

  it("refuses a bad filter at its field, in words", async () => {
    const error = await expectTrpcError(mine.as("CLIENT_VIEWER").report.portal.calls({ clientSlug: mine.slug, from: "2026-03-05", to: "2026-03-01" }), "BAD_REQUEST");
    expect(messageOf(error).fieldErrors).toEqual({ to: "The end date is before the start date." });
  });
});

describe("report.portal.callDetail", () => {
  it("shows the operator's first name only, the labelled answers and the outcome's label", async () => {
    const call = await mine.as("CLIENT_VIEWER").report.portal.callDetail({ clientSlug: mine.slug, callId: ids.early });
    expect(call.operatorFirstName).toBe("Anna");
    expect(JSON.stringify(call)).not.toContain("Petrova");
    expect(call).not.toHaveProperty("operatorUserId");
    expect(call.answers).toEqual([{ key: "reason", label: "Reason for the call", value: "Запись к врачу" }]);
    expect(call.outcomeLabel).toBe("Question answered");
  });

  it("answers NOT_FOUND for a sibling client's call asked through the caller's own portal", async () => {
    await expectTrpcError(mine.as("CLIENT_ADMIN").report.portal.callDetail({ clientSlug: mine.slug, callId: ids.sibling }), "NOT_FOUND");
  });
});

async function csv(userId: string | null, slug: string, query = "") {
  const req = new Request(`http://localhost/api/portal/${slug}/calls.csv${query}`);
  return handlePortalCsv(db, req, userId, slug, "calls", callsCsvBody);
}

/** A minimal RFC 4180 reader: enough to prove the file parses back to the rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("calls.csv", () => {
  it("exports the client's calls with a BOM, the page's filters and parseable rows", async () => {
    const res = await csv(mine.users.CLIENT_VIEWER.id, mine.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes)) // the decoder drops the BOM;
    expect(rows[0]).toEqual(["Started", "Caller number", "Caller name", "Hotline", "Result", "Route", "Outcome", "Wait (s)", "Talk (s)", "Duration (s)"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["2026-03-02 12:00:00", "2026-03-01 00:01:00", "2026-02-28 23:59:00"]);
    expect(rows[2]).toEqual(["2026-03-01 00:01:00", "+79164445566", "Иванова, Анна", "Mine line", "Answered", "Queue", "Question answered", "", "90", ""]);

    const filtered = parseCsv((await (await csv(mine.users.CLIENT_VIEWER.id, mine.slug, "?result=ABANDONED")).text()).replace(/^\uFEFF/, ""));
    expect(filtered.length).toBe(2);
    expect(filtered[1]![4]).toBe("Abandoned");
  });

  it("streams past one page of the cursor without losing or repeating a row", async () => {
    const bulk = await makeClient(agency.agency.id, "portal-bulk");
    const bulkLine = await makeHotlineRow(agency.agency.id, bulk.id, "Bulk");
    const start = utc("2025-06-01T00:00:00Z").getTime();
    // Pairs of calls in the same second: the cursor must break ties by id.
    await db.call.createMany({
      data: Array.from({ length: 2101 }, (_, i) => ({
        agencyId: agency.agency.id, clientId: bulk.id, hotlineId: bulkLine.id, phoneNumberId: bulkLine.number.id, provider: "EMULATOR" as const,
        providerCallId: `CA-bulk-${bulk.id}-${i}`, fromNumber: `+7916${String(i).padStart(7, "0")}`, toNumber: bulkLine.number.e164,
        language: "ru", status: "COMPLETED" as const, route: "QUEUE" as const, startedAt: new Date(start + Math.floor(i / 2) * 3_600_000),
      })),
    });
    const rows = parseCsv((await (await csv(bulk.users.CLIENT_ADMIN.id, bulk.slug)).text()).replace(/^\uFEFF/, "")).slice(1);
    expect(rows.length).toBe(2101);
    expect(new Set(rows.map((r) => r[1])).size).toBe(2101);
  });

  it("refuses strangers: signed out 401, another client's user or agency staff 404, a bad filter 400", async () => {
    expect((await csv(null, mine.slug)).status).toBe(401);
    expect((await csv(sibling.users.CLIENT_ADMIN.id, mine.slug)).status).toBe(404);
    expect((await csv(agency.users.OWNER.id, mine.slug)).status).toBe(404);
    expect((await csv(mine.users.CLIENT_VIEWER.id, mine.slug, "?from=2026-13-01")).status).toBe(400);
  });
});

describe("report.portal.dashboard and metrics.csv", () => {
  it("shows the client's own figures from the rollups, and the CSV has the same days", async () => {
    const dash = await makeClient(agency.agency.id, "portal-dash");
    const dashLine = await makeHotlineRow(agency.agency.id, dash.id, "Dash line");
    const other = await makeHotlineRow(agency.agency.id, sibling.id, "Sibling dash line");
    // Yesterday in Moscow, 10:00 local: two answered (one late), one abandoned after 30 s; a sibling call that must not count.
    const now = new Date();
    const day = new Date(now.getTime() - 86_400_000);
    const at = (minutes: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, minutes));
    const answered = (m: number, wait: number) => ({ startedAt: at(m), queuedAt: at(m), connectedAt: at(m + 1), waitSeconds: wait, talkSeconds: 120, endedAt: at(m + 3), outcome: "RESOLVED" });
    const made = [
      await makeCallRow(dashLine, answered(0, 5)),
      await makeCallRow(dashLine, answered(5, 60)),
      await makeCallRow(dashLine, { startedAt: at(10), queuedAt: at(10), status: "ABANDONED", waitSeconds: 30, endedAt: at(11) }),
      await makeCallRow(other, answered(20, 5)),
    ];
    for (const c of made) await applyCallToRollup(db, c.id);

    const d = await dash.as("CLIENT_VIEWER").report.portal.dashboard({ clientSlug: dash.slug, period: "custom", from: isoDay(day), to: isoDay(day) });
    expect(d.current).toMatchObject({ offered: 3, answered: 2, abandoned: 1, outcomes: { RESOLVED: 2 } });
    expect(d.days).toHaveLength(1);

    const req = new Request(`http://localhost/api/portal/${dash.slug}/metrics.csv?period=custom&from=${isoDay(day)}&to=${isoDay(day)}`);
    const res = await handlePortalCsv(db, req, dash.users.CLIENT_VIEWER.id, dash.slug, "metrics", metricsCsvBody);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).toEqual([
      ["Date", "Answered", "Abandoned", "Short abandons", "Voicemail", "After hours", "Service level (%)"],
      [isoDay(day), "2", "1", "0", "0", "0", d.days[0]!.serviceLevel === null ? "" : (d.days[0]!.serviceLevel * 100).toFixed(1)],
    ]);
    const bad = await handlePortalCsv(db, new Request(`http://localhost/x?period=custom`), dash.users.CLIENT_VIEWER.id, dash.slug, "metrics", metricsCsvBody);
    expect(bad.status).toBe(400);
  });

  it("exports the metrics CSV for the hotline chosen on the page, and refuses another client's hotline", async () => {
    const dash = await makeClient(agency.agency.id, "portal-dash-lines");
    const [first, second] = [await makeHotlineRow(agency.agency.id, dash.id, "First line"), await makeHotlineRow(agency.agency.id, dash.id, "Second line")];
    const day = new Date(Date.now() - 86_400_000);
    const at = (minutes: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, minutes));
    const answered = (m: number) => ({ startedAt: at(m), queuedAt: at(m), connectedAt: at(m + 1), waitSeconds: 5, talkSeconds: 60, endedAt: at(m + 2), outcome: "RESOLVED" });
    for (const c of [await makeCallRow(first, answered(0)), await makeCallRow(first, answered(5)), await makeCallRow(second, answered(10))]) await applyCallToRollup(db, c.id);

    const csvRows = async (query: string) => {
      const res = await handlePortalCsv(db, new Request(`http://localhost/x?period=custom&from=${isoDay(day)}&to=${isoDay(day)}${query}`), dash.users.CLIENT_VIEWER.id, dash.slug, "metrics", metricsCsvBody);
      return { status: res.status, rows: res.status === 200 ? parseCsv(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()))) : [] };
    };
    expect((await csvRows("")).rows[1]?.slice(0, 2)).toEqual([isoDay(day), "3"]);
    expect((await csvRows(`&hotline=${first.id}`)).rows[1]?.slice(0, 2)).toEqual([isoDay(day), "2"]);
    expect((await csvRows(`&hotline=${second.id}`)).rows[1]?.slice(0, 2)).toEqual([isoDay(day), "1"]);
    // The page's figures for the same hotline are the CSV's.
    const page = await dash.as("CLIENT_VIEWER").report.portal.dashboard({ clientSlug: dash.slug, period: "custom", from: isoDay(day), to: isoDay(day), hotlineId: first.id });
    expect(page.days.map((d) => d.answered)).toEqual([2]);
    // A hotline of another client (same agency) is a bad filter, not a leak and not a 500.
    expect(await csvRows(`&hotline=${siblingLine.id}`)).toEqual({ status: 400, rows: [] });
  });
});

/** The local (Moscow) date of an instant, YYYY-MM-DD. */
function isoDay(d: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(d);
}
