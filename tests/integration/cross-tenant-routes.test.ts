import fs from "node:fs";
import path from "node:path";
import twilio from "twilio";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { handleInvoiceCallsCsv } from "@/server/billing/invoice-csv-http";
import { handleClientExport } from "@/server/data/client-export-http";
import { handleDownload, handleUpload } from "@/server/documents/file-http";
import { storageKeyFor } from "@/server/documents/file-scope";
import { liveStreamMember } from "@/server/live/stream-access";
import { callsCsvBody, handlePortalCsv } from "@/server/reports/csv-http";
import { metricsCsvBody } from "@/server/reports/metrics-csv";
import { handleStaffCsv } from "@/server/reports/staff-http";
import { tenantSnapshot, uid } from "@/tests/support/tenants";
import { useTempFileStorage } from "@/tests/support/documents";
import { POST as twVoice } from "@/app/api/telephony/twilio/voice/route";
import { POST as twStatus } from "@/app/api/telephony/twilio/status/route";
import { POST as twWait } from "@/app/api/telephony/twilio/wait/route";
import { POST as twMenu } from "@/app/api/telephony/twilio/menu/route";
import { POST as twQueueResult } from "@/app/api/telephony/twilio/queue-result/route";
import { POST as twVoicemail } from "@/app/api/telephony/twilio/voicemail/route";
import { POST as twRecording } from "@/app/api/telephony/twilio/recording/route";
import { POST as twDialResult } from "@/app/api/telephony/twilio/dial-result/route";
import { POST as twConnect } from "@/app/api/telephony/twilio/connect/route";
import { POST as twConnectResult } from "@/app/api/telephony/twilio/connect-result/route";
import { POST as twSmsStatus } from "@/app/api/telephony/twilio/sms-status/route";
import { samplePdf } from "@/tests/support/file-samples";
import { makeHotline, newCallSid, post as postTwilio, voiceParams } from "@/tests/support/telephony";
import { makeWorld, type World } from "./cross-tenant/world";

/**
 * Route handlers (app/**\/route.ts) are the doors tRPC's cross-tenant suite does not cover: file downloads,
 * CSV exports, the SSE stream, the JSON export, webhooks. Every route.ts must have a case below (the first
 * test fails for a new route without one). Session routes are tested through the handler they delegate to,
 * with the session's user id (getServerSession needs Next's request scope), and the case names that handler
 * so the route is checked to really call it. A stranger gets 401/403/404 and the victim's rows stay as they were.
 */

const storage = useTempFileStorage();
const APP = path.resolve(import.meta.dirname, "../../app");

type Ctx = World & { victimFileId: string; victimClientFileId: string; victimInvoiceId: string; victimMessageId: string; victimCallSid: string };
type RouteCase = {
  /** A function the route must call (the session routes delegate to it). */
  handler?: string;
  /** Why the case is enough, when the route is not tenant-scoped. */
  why?: string;
  check: (w: Ctx) => Promise<void>;
};

const refusedStatuses = [401, 403, 404];
const expectRefused = (res: Response, label: string, allowed = refusedStatuses) => expect(allowed, `${label}: ${res.status}`).toContain(res.status);

/** Every role of the attacker agency, and the victim's own client users (not staff). */
const strangers = (w: World) => [
  ...(["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const).map((r) => w.attacker.users[r].id),
  w.attackerClient.users.CLIENT_ADMIN.id,
  w.victimClient.users.CLIENT_ADMIN.id,
];
/** Users of other clients (another agency's, a sibling of the same agency) and agency staff, for portal routes. */
const portalStrangers = (w: World) => [
  w.attackerClient.users.CLIENT_ADMIN.id,
  w.attackerClient.users.CLIENT_VIEWER.id,
  w.siblingClient.users.CLIENT_ADMIN.id,
  w.siblingClient.users.CLIENT_VIEWER.id,
  w.attacker.users.OWNER.id,
  w.victim.users.OWNER.id,
];

/** A Twilio webhook with a forged signature, and one signed with another token: both 403 (or 429). */
function twilioForged(name: string, POST: (req: Request) => Promise<Response>): RouteCase {
  return {
    why: "carrier webhook: signature over PUBLIC_URL + path",
    check: async (w) => {
      const params = { CallSid: w.victimCallSid, CallStatus: "completed", SequenceNumber: "99", RecordingUrl: "https://evil.test/r", Digits: "1" };
      const url = `${process.env.PUBLIC_URL}/api/telephony/twilio/${name}`;
      for (const signature of [undefined, "AAAA", twilio.getExpectedTwilioSignature("another-token-0123456789abcdef", url, params)]) {
        const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
        if (signature) headers["x-twilio-signature"] = signature;
        const res = await POST(new Request(`http://10.0.0.7:3000/api/telephony/twilio/${name}`, { method: "POST", headers, body: new URLSearchParams(params).toString() }));
        expectRefused(res, name, [403, 429]);
      }
    },
  };
}

const TWILIO = { "voice": twVoice, "status": twStatus, "wait": twWait, "menu": twMenu, "queue-result": twQueueResult, "voicemail": twVoicemail, "recording": twRecording, "dial-result": twDialResult, "connect": twConnect, "connect-result": twConnectResult, "sms-status": twSmsStatus };
const twilioRoute = ([name, POST]: [string, (req: Request) => Promise<Response>]) => [`api/telephony/twilio/${name}/route.ts`, twilioForged(name, POST)] as const;

const CASES: Record<string, RouteCase> = {
  "api/files/[id]/route.ts": {
    handler: "handleDownload",
    check: async (w) => {
      for (const userId of [...strangers(w), w.siblingClient.users.CLIENT_ADMIN.id, null]) {
        for (const id of [w.victimFileId, w.victimClientFileId]) expectRefused(await handleDownload(new Request(`http://localhost/api/files/${id}`), userId, id, { db, storage: storage.storage }), `download ${id}`);
      }
    },
  },
  "api/files/upload/route.ts": {
    handler: "handleUpload",
    check: async (w) => {
      const form = (fields: Record<string, string>) => {
        const f = new FormData();
        for (const [k, v] of Object.entries(fields)) f.append(k, v);
        f.append("file", new Blob([new Uint8Array(samplePdf())], { type: "application/pdf" }), "x.pdf");
        return new Request("http://localhost/api/files/upload", { method: "POST", body: f });
      };
      for (const userId of strangers(w)) {
        expectRefused(await handleUpload(form({ agencySlug: w.victim.agency.slug }), userId, { db, storage: storage.storage }), "upload to victim agency");
        expectRefused(await handleUpload(form({ agencySlug: w.victim.agency.slug, clientSlug: w.victimClient.slug }), userId, { db, storage: storage.storage }), "upload to victim client");
      }
      for (const userId of portalStrangers(w).slice(0, 4)) expectRefused(await handleUpload(form({ clientSlug: w.victimClient.slug }), userId, { db, storage: storage.storage }), "portal upload");
      // The route itself: another site's form posting with the visitor's cookie is refused before the session is read.
      const { POST } = await import("@/app/api/files/upload/route");
      const res = await POST(new Request("http://localhost/api/files/upload", { method: "POST", headers: { "sec-fetch-site": "cross-site", origin: "https://evil.test" }, body: "x" }));
      expect(res.status).toBe(403);
    },
  },
  "api/agency/[agency]/staff.csv/route.ts": {
    handler: "handleStaffCsv",
    check: async (w) => {
      for (const userId of [...strangers(w), null]) expectRefused(await handleStaffCsv(db, userId, w.victim.agency.slug), "staff.csv");
    },
  },
  "api/agency/[agency]/clients/[client]/invoices/[invoice]/calls.csv/route.ts": {
    handler: "handleInvoiceCallsCsv",
    check: async (w) => {
      for (const userId of [...strangers(w), null]) {
        expectRefused(await handleInvoiceCallsCsv(db, userId, { agency: w.victim.agency.slug, client: w.victimClient.slug, invoice: w.victimInvoiceId }), "invoice csv");
        expectRefused(await handleInvoiceCallsCsv(db, userId, { agency: w.attacker.agency.slug, client: w.victimClient.slug, invoice: w.victimInvoiceId }), "invoice csv, own slug");
        expectRefused(await handleInvoiceCallsCsv(db, userId, { agency: w.attacker.agency.slug, client: w.attackerClient.slug, invoice: w.victimInvoiceId }), "invoice csv, own client");
      }
    },
  },
  "api/agency/[agency]/clients/[client]/export.json/route.ts": {
    handler: "handleClientExport",
    check: async (w) => {
      for (const userId of [...strangers(w), null]) {
        expectRefused(await handleClientExport(db, userId, { agency: w.victim.agency.slug, client: w.victimClient.slug }), "export");
        expectRefused(await handleClientExport(db, userId, { agency: w.attacker.agency.slug, client: w.victimClient.slug }), "export, own slug");
      }
      // The victim's own staff below ADMIN may not export either.
      for (const role of ["SUPERVISOR", "OPERATOR"] as const) expectRefused(await handleClientExport(db, w.victim.users[role].id, { agency: w.victim.agency.slug, client: w.victimClient.slug }), `export as ${role}`);
    },
  },
  "api/portal/[client]/calls.csv/route.ts": {
    handler: "handlePortalCsv",
    check: async (w) => {
      for (const userId of [...portalStrangers(w), null]) expectRefused(await handlePortalCsv(db, new Request("http://localhost/x"), userId, w.victimClient.slug, "calls", callsCsvBody), "portal calls.csv");
    },
  },
  "api/portal/[client]/metrics.csv/route.ts": {
    handler: "handlePortalCsv",
    check: async (w) => {
      for (const userId of [...portalStrangers(w), null]) expectRefused(await handlePortalCsv(db, new Request("http://localhost/x"), userId, w.victimClient.slug, "metrics", metricsCsvBody), "portal metrics.csv");
    },
  },
  "api/live/stream/route.ts": {
    handler: "liveStreamMember",
    check: async (w) => {
      for (const userId of strangers(w)) expect(await liveStreamMember(db, userId, w.victim.agency.slug)).toBeNull();
      expect(await liveStreamMember(db, w.victim.users.OPERATOR.id, w.victim.agency.slug)).toEqual({ agencyId: w.victim.agency.id });
    },
  },
  "api/messages/[id]/opened.gif/route.ts": {
    why: "public pixel: a token bound to the message id; a wrong token answers the same GIF and marks nothing",
    check: async (w) => {
      const { GET } = await import("@/app/api/messages/[id]/opened.gif/route");
      for (const t of ["", "guess", "x".repeat(64)]) {
        const res = await GET(new Request(`http://localhost/api/messages/${w.victimMessageId}/opened.gif?t=${t}`), { params: Promise.resolve({ id: w.victimMessageId }) });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("image/gif");
      }
      expect(await db.message.findUniqueOrThrow({ where: { id: w.victimMessageId } })).toMatchObject({ status: "SENT" });
    },
  },
  "api/stripe/webhook/route.ts": {
    why: "Stripe webhook: signature over the raw body",
    check: async () => {
      const { POST } = await import("@/app/api/stripe/webhook/route");
      for (const sig of [null, "t=1,v1=deadbeef"]) {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (sig) headers["stripe-signature"] = sig;
        const res = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers, body: JSON.stringify({ id: "evt_forged", type: "invoice.paid", data: { object: {} } }) }));
        expectRefused(res, "stripe", [400, 429, 503]);
      }
    },
  },
  "api/trpc/[trpc]/route.ts": {
    why: "every procedure has a case in tests/integration/cross-tenant.test.ts; here: a cross-site mutation is refused",
    check: async (w) => {
      const { POST } = await import("@/app/api/trpc/[trpc]/route");
      const res = await POST(
        new Request("http://localhost/api/trpc/client.create", {
          method: "POST",
          headers: { "content-type": "application/json", "sec-fetch-site": "cross-site", origin: "https://evil.test" },
          body: JSON.stringify({ json: { agencySlug: w.victim.agency.slug, name: "Intruder" } }),
        }),
      );
      expect(res.status).toBe(403);
    },
  },
  "api/auth/[...nextauth]/route.ts": {
    why: "next-auth's own handler (credentials sign-in): lockout in lockout.test.ts, per-IP limit and cookies in security-*.test.ts; it reads no tenant's data",
    check: async () => {
      const src = fs.readFileSync(path.join(APP, "api/auth/[...nextauth]/route.ts"), "utf8");
      expect(src).toMatch(/NextAuth|authOptions/);
    },
  },
  "api/health/route.ts": {
    why: "public readiness: answers without a session and names no tenant",
    check: async (w) => {
      const { GET } = await import("@/app/api/health/route");
      const text = await (await GET()).text();
      for (const secret of [w.victim.agency.slug, w.victim.agency.id, process.env.DATABASE_URL!]) expect(text).not.toContain(secret);
    },
  },
  "api/health/live/route.ts": {
    why: "public liveness: no database, no tenant",
    check: async (w) => {
      const { GET } = await import("@/app/api/health/live/route");
      const text = await (await (GET as () => Promise<Response> | Response)()).text();
      expect(text).not.toContain(w.victim.agency.id);
    },
  },
  "api/bench/twiml/route.ts": {
    why: "the benchmark's baseline: 404 unless BENCH_ROUTES=1",
    check: async () => {
      const { POST } = await import("@/app/api/bench/twiml/route");
      expect((await POST()).status).toBe(404);
    },
  },
  ...Object.fromEntries(Object.entries(TWILIO).map(twilioRoute)),
};

function routeFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [path.relative(APP, full).split(path.sep).join("/")] : [];
  });
}

let w: Ctx;
beforeAll(async () => {
  const world = await makeWorld();
  const agencyId = world.victim.agency.id;
  const file = (clientId: string | null) =>
    db.storedFile.create({
      data: { agencyId, storageKey: storageKeyFor({ agencyId, clientId }, `victim-${uid()}`), filename: "v.pdf", contentType: "application/pdf", size: 10, sha256: "0".repeat(64) },
      select: { id: true },
    });
  const { client, number } = await makeHotline(world.victim);
  const sid = newCallSid();
  expect((await postTwilio("voice", voiceParams(number.e164, { CallSid: sid }))).status).toBe(200);
  const call = await db.call.findUniqueOrThrow({ where: { providerCallId: sid } });
  const invoice = await db.invoiceRecord.create({
    data: { agencyId, clientId: world.victimClient.id, stripeInvoiceId: `in_victim_${uid()}`, status: "paid", currency: "rub", periodStart: new Date("2026-01-01"), periodEnd: new Date("2026-02-01") },
  });
  const message = await db.message.create({
    data: { agencyId, clientId: client.id, callId: call.id, channel: "EMAIL", recipientName: "Victim", recipient: "victim@victim.test", status: "SENT", subject: "Call", body: "Secret", sentAt: new Date() },
  });
  w = { ...world, victimFileId: (await file(null)).id, victimClientFileId: (await file(world.victimClient.id)).id, victimInvoiceId: invoice.id, victimMessageId: message.id, victimCallSid: sid };
});

describe("route handlers: strangers are refused", () => {
  it("every app/**/route.ts has a case, and every case a route", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !(f in CASES)), "routes without a case in cross-tenant-routes.test.ts").toEqual([]);
    expect(Object.keys(CASES).filter((k) => !files.includes(k)), "cases for routes that no longer exist").toEqual([]);
  });

  it("each case names the handler its route calls, or says why it needs none", () => {
    for (const [file, c] of Object.entries(CASES)) {
      expect(c.handler ?? c.why, file).toBeTruthy();
      if (c.handler) expect(fs.readFileSync(path.join(APP, file), "utf8"), `${file} should call ${c.handler}`).toContain(c.handler);
    }
  });

  for (const [file, c] of Object.entries(CASES)) {
    it(file, async () => {
      const before = await tenantSnapshot(w.victim.agency.id);
      await c.check(w);
      expect(await tenantSnapshot(w.victim.agency.id), `${file}: the victim's rows changed`).toEqual(before);
    });
  }

  it("hostile path segments and queries (NUL, huge, unicode) answer 4xx, never 500", async () => {
    const user = w.attacker.users.OWNER.id;
    const client = w.attackerClient.users.CLIENT_ADMIN.id;
    const deps = { db, storage: storage.storage };
    // A handler that throws is a 500 from Next.
    const status = (res: Promise<Response>) => res.then((r) => r.status, () => 500);
    for (const bad of ["\0", "x\0y", "a".repeat(5000), "../../etc/passwd", "%00", "😀", " "]) {
      const q = new Request(`http://localhost/x?period=${encodeURIComponent(bad)}&from=${encodeURIComponent(bad)}&to=${encodeURIComponent(bad)}`);
      const statuses = [
        await status(handleDownload(new Request("http://localhost/api/files/x"), user, bad, deps)),
        await status(handleStaffCsv(db, user, bad)),
        await status(handleInvoiceCallsCsv(db, user, { agency: bad, client: bad, invoice: bad })),
        await status(handleInvoiceCallsCsv(db, user, { agency: w.attacker.agency.slug, client: w.attackerClient.slug, invoice: bad })),
        await status(handleClientExport(db, user, { agency: bad, client: bad })),
        await status(handleClientExport(db, user, { agency: w.attacker.agency.slug, client: bad })),
        await status(handlePortalCsv(db, q, client, bad, "calls", callsCsvBody)),
        await status(handlePortalCsv(db, q, client, w.attackerClient.slug, "calls", callsCsvBody)),
        await status(handlePortalCsv(db, q, client, w.attackerClient.slug, "metrics", metricsCsvBody)),
      ];
      expect(statuses.map((s) => s < 500), `${JSON.stringify(bad.slice(0, 20))}: ${statuses.join(",")}`).toEqual(statuses.map(() => true));
      expect(await liveStreamMember(db, user, bad)).toBeNull();
    }
  });
});
