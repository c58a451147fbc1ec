import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/root";
import { callerAs, expectTrpcError, makeTenant, type Tenant } from "../support/tenants";
import { abandonedCallEvents, makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";

/** The agency's call log (calls.list / calls.get / calls.filterOptions) over rows shaped like the call path's. */
let agency: Tenant;
let other: Tenant;
let aurora: { id: string; slug: string; name: string };
let sales: HotlineRow;
let help: HotlineRow;
let bluebird: HotlineRow;
let foreign: HotlineRow;
const ids = {} as Record<"lateFeb" | "earlyMar" | "abandoned" | "afterHours" | "queued" | "foreign", string>;

// Europe/Moscow is UTC+3 all year: 2026-03-01 local starts at 2026-02-28T21:00Z.
const utc = (iso: string) => new Date(iso);

/** What the browser receives for a refusal: the translated message and the field errors. */
function shapeOf(error: TRPCError, locale: "en" | "ru" = "en") {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "query", path: "calls.list", input: undefined, ctx: { locale } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
}

beforeAll(async () => {
  agency = await makeTenant("calls");
  other = await makeTenant("calls-other");
  aurora = await makeClientRow(agency.agency.id, { name: "Aurora Dental" });
  const blue = await makeClientRow(agency.agency.id, { name: "Bluebird Plumbing", country: "US", timezone: "America/New_York" });
  sales = await makeHotlineRow(agency.agency.id, aurora.id, "Aurora sales");
  help = await makeHotlineRow(agency.agency.id, aurora.id, "Aurora help");
  bluebird = await makeHotlineRow(agency.agency.id, blue.id, "Bluebird 24/7");
  const otherClient = await makeClientRow(other.agency.id);
  foreign = await makeHotlineRow(other.agency.id, otherClient.id, "Foreign line");

  // Just before local midnight of 1 March, and just after it (the previous UTC day).
  ids.lateFeb = (await makeCallRow(sales, { startedAt: utc("2026-02-28T20:59:00Z"), fromNumber: "+79161112233" })).id;
  ids.earlyMar = (await makeCallRow(sales, { startedAt: utc("2026-02-28T21:01:00Z"), fromNumber: "+79164445566", callerName: "IVANOVA ANNA" })).id;
  ids.abandoned = (
    await makeCallRow(help, {
      startedAt: utc("2026-03-02T09:00:00Z"),
      status: "ABANDONED",
      waitSeconds: 42,
      fromNumber: "+79161234567",
      events: abandonedCallEvents(utc("2026-03-02T09:00:00Z")),
    })
  ).id;
  ids.afterHours = (
    await makeCallRow(bluebird, {
      startedAt: utc("2026-03-03T03:00:00Z"),
      status: "VOICEMAIL",
      route: "AFTER_HOURS",
      fromNumber: "+12125550142",
      voicemailUrl: "http://localhost:4010/recordings/RE1.wav",
      voicemailSeconds: 14,
    })
  ).id;
  ids.queued = (await makeCallRow(help, { startedAt: utc("2026-03-03T10:00:00Z"), status: "QUEUED", endedAt: null, fromNumber: "+79037778899" })).id;
  ids.foreign = (await makeCallRow(foreign, { startedAt: utc("2026-03-02T10:00:00Z"), fromNumber: "+79161234567" })).id;
});

const list = (input: Record<string, unknown> = {}, role: "OWNER" | "SUPERVISOR" = "SUPERVISOR") =>
  agency.as(role).calls.list({ agencySlug: agency.agency.slug, ...input });
const idsOf = async (input: Record<string, unknown>) => (await list(input)).items.map((c) => c.id);

describe("the calls list", () => {
  it("shows the agency's own calls, newest first, with client and hotline", async () => {
    const page = await list();
    expect(page.items.map((c) => c.id)).toEqual([ids.queued, ids.afterHours, ids.abandoned, ids.earlyMar, ids.lateFeb]);
    expect(page.total).toBe(5);
    expect(page.timeZone).toBe("Europe/Moscow");
    expect(page.items[1]).toMatchObject({ client: { name: "Bluebird Plumbing" }, hotline: { name: "Bluebird 24/7" }, route: "AFTER_HOURS", hasVoicemail: true });
  });

  it("counts days in the agency's time zone, both ends included", async () => {
    expect(await idsOf({ from: "2026-03-01", to: "2026-03-01" })).toEqual([ids.earlyMar]);
    expect(await idsOf({ to: "2026-02-28" })).toEqual([ids.lateFeb]);
    expect(await idsOf({ from: "2026-03-02", to: "2026-03-03" })).toEqual([ids.queued, ids.afterHours, ids.abandoned]);
  });

  it("filters by client, hotline, status and route", async () => {
    expect(await idsOf({ client: aurora.slug })).toEqual([ids.queued, ids.abandoned, ids.earlyMar, ids.lateFeb]);
    expect(await idsOf({ hotline: help.id })).toEqual([ids.queued, ids.abandoned]);
    expect(await idsOf({ status: "ABANDONED" })).toEqual([ids.abandoned]);
    expect(await idsOf({ route: "AFTER_HOURS" })).toEqual([ids.afterHours]);
    expect(await idsOf({ client: aurora.slug, route: "AFTER_HOURS" })).toEqual([]);
  });

  it("finds a caller by the number written any usual way, by a fragment, or by name", async () => {
    expect(await idsOf({ caller: "8 (916) 123-45-67" })).toEqual([ids.abandoned]);
    expect(await idsOf({ caller: "+7 916 123 45 67" })).toEqual([ids.abandoned]);
    expect(await idsOf({ caller: "(212) 555-0142" })).toEqual([ids.afterHours]);
    expect(await idsOf({ caller: "444 55" })).toEqual([ids.earlyMar]);
    expect(await idsOf({ caller: "ivanova" })).toEqual([ids.earlyMar]);
  });

  it("pages through the calls", async () => {
    const first = await list({ pageSize: 2, page: 1 });
    const third = await list({ pageSize: 2, page: 3 });
    expect(first.items.map((c) => c.id)).toEqual([ids.queued, ids.afterHours]);
    expect(third.items.map((c) => c.id)).toEqual([ids.lateFeb]);
    expect(third.total).toBe(5);
  });

  it("answers bad filters with an error next to the filter, in the person's language", async () => {
    const range = await expectTrpcError(list({ from: "2026-03-05", to: "2026-03-01" }), "BAD_REQUEST");
    expect(shapeOf(range).fieldErrors).toEqual({ to: "The end date is before the start date." });
    const short = await expectTrpcError(list({ caller: "12" }), "BAD_REQUEST");
    expect(shapeOf(short, "ru").fieldErrors).toEqual({ caller: "Введите хотя бы 3 цифры номера." });
    const date = await expectTrpcError(list({ from: "01.03.2026" }), "BAD_REQUEST");
    expect(shapeOf(date).fieldErrors).toEqual({ from: "Enter a date as YYYY-MM-DD." });
  });

  it("refuses a client or hotline of another agency as NOT_FOUND on that filter", async () => {
    const otherClient = await makeClientRow(other.agency.id);
    const client = await expectTrpcError(list({ client: otherClient.slug }), "NOT_FOUND");
    expect(shapeOf(client).fieldErrors).toEqual({ client: "This client is not one of your agency's clients." });
    const hotline = await expectTrpcError(list({ hotline: foreign.id }), "NOT_FOUND");
    expect(shapeOf(hotline).fieldErrors).toEqual({ hotline: "This hotline is not one of your agency's hotlines." });
    await expectTrpcError(list({ hotline: "no-such-hotline" }), "NOT_FOUND");
  });

  it("is for supervisors and up: operators are refused, signed-out people too", async () => {
    await expectTrpcError(agency.as("OPERATOR").calls.list({ agencySlug: agency.agency.slug }), "FORBIDDEN");
    await expectTrpcError(callerAs(null).calls.list({ agencySlug: agency.agency.slug }), "UNAUTHORIZED");
    expect((await list({}, "OWNER")).total).toBe(5);
  });
});

describe("one call", () => {
  const get = (callId: string, t: Tenant = agency) => t.as("SUPERVISOR").calls.get({ agencySlug: t.agency.slug, callId });

  it("has its facts and a timeline of its events in order", async () => {
    const call = await get(ids.abandoned);
    expect(call).toMatchObject({ status: "ABANDONED", waitSeconds: 42, final: true, client: { slug: aurora.slug }, hotline: { name: "Aurora help" } });
    expect(call.timeline.map((e) => [e.type, e.offsetSeconds])).toEqual([
      ["RECEIVED", 0],
      ["ROUTED", 0],
      ["QUEUED", 8],
      ["LEFT_QUEUE", 50],
      ["CARRIER_STATUS", 51],
    ]);
    expect(call.timeline[3]!.facts).toEqual({ result: "hangup", queueSeconds: 42 });
  });

  it("marks a call in progress as not final, so the page keeps refreshing", async () => {
    expect((await get(ids.queued)).final).toBe(false);
  });

  it("another agency's call is NOT_FOUND, like one that does not exist", async () => {
    await expectTrpcError(get(ids.foreign), "NOT_FOUND");
    await expectTrpcError(get("c_no_such_call"), "NOT_FOUND");
    expect((await get(ids.foreign, other)).id).toBe(ids.foreign);
  });
});

describe("filter options", () => {
  it("lists only the agency's clients and hotlines", async () => {
    const options = await agency.as("SUPERVISOR").calls.filterOptions({ agencySlug: agency.agency.slug });
    expect(options.clients.map((c) => c.name)).toEqual(["Aurora Dental", "Bluebird Plumbing"]);
    expect(options.hotlines.map((h) => h.name)).toEqual(["Aurora help", "Aurora sales", "Bluebird 24/7"]);
  });
});
