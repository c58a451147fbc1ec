/**
 * From enqueue to the operator's screen: a call is queued (row + NOTIFY "switchboard_acd", as the queue
 * webhook does) and we time until "offer.created" for it arrives on the idle operator's SSE stream
 * (/api/live/stream, signed in over HTTP like a browser). Measures the ACD loop's wake-up, the assignment
 * transaction, publishLive's NOTIFY, the hub's fan-out and the stream. Target: p99 < 300 ms. Needs the
 * ACD loop in the stack's Next server (instrumentation.ts).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { emptyTermsDocument } from "../../server/terms/template";
import { signIn } from "./lib/sign-in";
import type { BenchContext, BenchRow } from "./lib/types";

const ROUNDS = 60;
const WARMUP = 5;
const OPERATOR = "operator1@demo.test";

type Setup = { agencyId: string; clientId: string; hotlineId: string; userId: string };

async function setUp(db: pg.Client, agencySlug: string): Promise<Setup> {
  const tag = randomBytes(4).toString("hex");
  const { rows: [agency] } = await db.query<{ id: string }>(`SELECT "id" FROM "Agency" WHERE "slug" = $1`, [agencySlug]);
  const { rows: [user] } = await db.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [OPERATOR]);
  if (!agency || !user) throw new Error("the demo agency or its operator is missing");
  const ids = { clientId: `cbench${tag}`, hotlineId: `hbench${tag}` };
  const doc = emptyTermsDocument("ru", { hotlineName: "Bench line" });
  doc.hours.alwaysOpen = true;
  await db.query(`INSERT INTO "Client" ("id", "agencyId", "slug", "name", "status", "updatedAt") VALUES ($1, $2, $3, 'Bench client', 'ACTIVE', now())`, [ids.clientId, agency.id, `bench-${tag}`]);
  await db.query(
    `INSERT INTO "TermsVersion" ("id", "agencyId", "clientId", "number", "state", "document", "approvedAt", "effectiveFrom", "updatedAt")
     VALUES ($1, $2, $3, 1, 'APPROVED', $4::jsonb, now(), now() - interval '1 minute', now())`,
    [`tbench${tag}`, agency.id, ids.clientId, JSON.stringify(doc)],
  );
  // Highest priority: the ACD serves it before any demo call that may be waiting.
  await db.query(`INSERT INTO "Hotline" ("id", "agencyId", "clientId", "name", "priority", "updatedAt") VALUES ($1, $2, $3, 'Bench line', 10, now())`, [ids.hotlineId, agency.id, ids.clientId]);
  await db.query(
    `INSERT INTO "OperatorProfile" ("id", "agencyId", "userId", "languages", "updatedAt") VALUES ($1, $2, $3, ARRAY['ru','en'], now())
     ON CONFLICT ("agencyId", "userId") DO UPDATE SET "bot" = false`,
    [`pbench${tag}`, agency.id, user.id],
  );
  const { rows: [profile] } = await db.query<{ id: string }>(`SELECT "id" FROM "OperatorProfile" WHERE "agencyId" = $1 AND "userId" = $2`, [agency.id, user.id]);
  await db.query(`INSERT INTO "OperatorSkill" ("id", "agencyId", "operatorProfileId", "hotlineId", "level") VALUES ($1, $2, $3, $4, 5)`, [`sbench${tag}`, agency.id, profile!.id, ids.hotlineId]);
  return { agencyId: agency.id, userId: user.id, ...ids };
}

/** The operator idle and alive (as the desk's heartbeat would keep them), with no offer or call. */
async function makeIdle(db: pg.Client, s: Setup) {
  // An offer of some other waiting call (a demo one) would keep ours from ringing: one RINGING per operator.
  await db.query(`UPDATE "CallOffer" SET "status" = 'CANCELLED', "respondedAt" = now() WHERE "operatorUserId" = $1 AND "status" = 'RINGING'`, [s.userId]);
  await db.query(
    `UPDATE "OperatorProfile" SET "presence" = 'AVAILABLE', "idleSince" = now(), "lastHeartbeatAt" = now(), "currentCallId" = NULL, "presenceSince" = now() WHERE "agencyId" = $1 AND "userId" = $2`,
    [s.agencyId, s.userId],
  );
}

/** The operator's stream: resolves waiters by the call id of each "offer.created". */
async function openStream(url: string, cookie: string, agencySlug: string) {
  const waiters = new Map<string, (at: number) => void>();
  const controller = new AbortController();
  const res = await fetch(`${url}/api/live/stream?agency=${agencySlug}`, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`the stream answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split("\n").find((l) => l.startsWith("data: "));
        if (!data) continue;
        const event = JSON.parse(data.slice(6)) as { type: string; payload: { callId?: string } };
        if (event.type === "offer.created" && event.payload.callId) waiters.get(event.payload.callId)?.(performance.now());
      }
    }
  })();
  return { waitFor: (callId: string, ms = 5000) => new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no offer for ${callId} within ${ms} ms`)), ms);
    waiters.set(callId, (at) => (clearTimeout(timer), resolve(at)));
  }), close: () => controller.abort() };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const db = new pg.Client({ connectionString: ctx.stack.databaseUrl });
  await db.connect();
  const stream = await (async () => {
    const s = await setUp(db, ctx.demo.agencySlug);
    const cookie = await signIn(ctx.url, OPERATOR, ctx.demo.password);
    return { setup: s, live: await openStream(ctx.url, cookie, ctx.demo.agencySlug) };
  })();
  const { setup: s, live } = stream;
  const latencies: number[] = [];
  let missed = 0;
  try {
    for (let i = 0; i < ROUNDS + WARMUP; i++) {
      await makeIdle(db, s);
      const callId = `cabench${randomBytes(8).toString("hex")}`;
      const arrived = live.waitFor(callId);
      const t0 = performance.now();
      await db.query("BEGIN");
      await db.query(
        `INSERT INTO "Call" ("id", "agencyId", "clientId", "hotlineId", "provider", "providerCallId", "fromNumber", "toNumber", "status", "route", "language", "startedAt", "queuedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'EMULATOR', $5, '+79161234567', '+74950000000', 'QUEUED', 'QUEUE', 'ru', now(), now(), now())`,
        [callId, s.agencyId, s.clientId, s.hotlineId, `CA${randomBytes(16).toString("hex")}`],
      );
      await db.query(`SELECT pg_notify('switchboard_acd', $1)`, [s.agencyId]);
      await db.query("COMMIT");
      try {
        const at = await arrived;
        if (i >= WARMUP) latencies.push(at - t0);
      } catch {
        missed++;
      }
      // Clear the offer and the call so the next round starts from an idle operator and an empty queue.
      await db.query(`UPDATE "CallOffer" SET "status" = 'CANCELLED', "respondedAt" = now() WHERE "callId" = $1 AND "status" IN ('RINGING', 'ACCEPTED')`, [callId]);
      await db.query(`UPDATE "Call" SET "status" = 'ABANDONED', "endedAt" = now() WHERE "id" = $1`, [callId]);
    }
  } finally {
    live.close();
    await db.query(`UPDATE "OperatorProfile" SET "presence" = 'OFFLINE', "idleSince" = NULL WHERE "agencyId" = $1 AND "userId" = $2`, [s.agencyId, s.userId]).catch(() => undefined);
    await db.end();
  }
  latencies.sort((a, b) => a - b);
  ctx.log(`live-offer: ${latencies.length} offers seen, ${missed} missed`);
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: "enqueue → offer on SSE, p50", figure: round(percentile(latencies, 50)), unit: "ms", note: `${latencies.length} calls` },
    { name: "enqueue → offer on SSE, p99", figure: round(percentile(latencies, 99)), unit: "ms", note: "target < 300 ms" },
    { name: "offers not seen within 5 s", figure: missed, unit: "calls" },
  ];
}
