/**
 * The voice webhook under load: autocannon with correctly signed requests (a new CallSid each, so every
 * request is a new call: lookup, route decision, insert, TwiML) at 200 requests/s for 30 s, against the
 * bare baseline route /api/bench/twiml (constant TwiML, no parsing, no database) in the same run on the
 * same server. Target: voice p99 at most twice the bare route's. Needs BENCH_ROUTES=1 in the stack's
 * environment (`BENCH_ROUTES=1 npm run bench -- voice-webhook`).
 */
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import twilio from "twilio";
import { emptyTermsDocument } from "../../server/terms/template";
import type { BenchContext, BenchRow } from "./lib/types";

const RATE = 200;
const SECONDS = 30;
const WARMUP_SECONDS = 3;
const CONNECTIONS = 20;

type Figures = { p50: number; p99: number; rps: number; requests: number; bad: number };

/** A hotline open around the clock on a number of its own, in the demo agency, straight in the database. */
async function makeBenchHotline(databaseUrl: string, agencySlug: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomBytes(4).toString("hex");
    const id = (p: string) => `${p}bench${tag}`;
    const e164 = `+7495777${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Agency" WHERE "slug" = $1`, [agencySlug]);
    const agencyId = rows[0]?.id;
    if (!agencyId) throw new Error(`demo agency ${agencySlug} not found`);
    const doc = emptyTermsDocument("ru", { hotlineName: "Bench line" });
    doc.hours.alwaysOpen = true;
    await client.query(`INSERT INTO "Client" ("id", "agencyId", "slug", "name", "status", "updatedAt") VALUES ($1, $2, $3, 'Bench client', 'ACTIVE', now())`, [id("c"), agencyId, `bench-${tag}`]);
    await client.query(
      `INSERT INTO "TermsVersion" ("id", "agencyId", "clientId", "number", "state", "document", "approvedAt", "effectiveFrom", "updatedAt")
       VALUES ($1, $2, $3, 1, 'APPROVED', $4::jsonb, now(), now() - interval '1 minute', now())`,
      [id("t"), agencyId, id("c"), JSON.stringify(doc)],
    );
    await client.query(`INSERT INTO "Hotline" ("id", "agencyId", "clientId", "name", "maxQueueSize", "updatedAt") VALUES ($1, $2, $3, 'Bench line', 100000, now())`, [id("h"), agencyId, id("c")]);
    await client.query(`INSERT INTO "PhoneNumber" ("id", "agencyId", "hotlineId", "e164", "kind", "provider", "updatedAt") VALUES ($1, $2, $3, $4, 'LOCAL', 'EMULATOR', now())`, [
      id("n"),
      agencyId,
      id("h"),
      e164,
    ]);
    return e164;
  } finally {
    await client.end();
  }
}

function voiceForm(to: string) {
  return { CallSid: `CA${randomBytes(16).toString("hex")}`, AccountSid: `AC${"0".repeat(32)}`, From: "+79161234567", To: to, CallStatus: "ringing", Direction: "inbound", ApiVersion: "2010-04-01" };
}

async function load(url: string, body: () => { body: string; signature: string }, seconds: number, headers: Record<string, string> = {}): Promise<Figures> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    overallRate: RATE,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const signed = body();
          return { ...req, body: signed.body, headers: { ...req.headers, ...headers, "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signed.signature } };
        },
      },
    ],
  });
  const bad = result.non2xx + result.errors;
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.total / result.duration, requests: result.requests.total, bad };
}

const signedMs = (d: number) => `${d >= 0 ? "+" : "−"}${Math.abs(d).toFixed(1)} ms`;

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const token = ctx.stack.env.TWILIO_AUTH_TOKEN;
  const publicUrl = ctx.stack.env.PUBLIC_URL;
  if (!token || !publicUrl) throw new Error("the stack has no TWILIO_AUTH_TOKEN or PUBLIC_URL to sign with");
  const bare = await fetch(`${ctx.url}/api/bench/twiml`, { method: "POST" });
  if (bare.status !== 200) throw new Error(`/api/bench/twiml answered ${bare.status}: run with BENCH_ROUTES=1 in the environment`);

  const to = await makeBenchHotline(ctx.stack.databaseUrl, ctx.demo.agencySlug);
  const signedVoice = () => {
    const form = voiceForm(to);
    return { body: new URLSearchParams(form).toString(), signature: twilio.getExpectedTwilioSignature(token, `${publicUrl}/api/telephony/twilio/voice`, form) };
  };
  const check = signedVoice();
  const probe = await fetch(`${ctx.url}/api/telephony/twilio/voice`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": check.signature },
    body: check.body,
  });
  const probeText = await probe.text();
  if (probe.status !== 200 || !probeText.includes("<Enqueue")) throw new Error(`voice webhook answered ${probe.status} without <Enqueue>: ${probeText.slice(0, 300)}`);

  const targets = [
    { name: "POST bare TwiML route", url: `${ctx.url}/api/bench/twiml`, body: signedVoice },
    { name: "POST /api/telephony/twilio/voice (signed, new call)", url: `${ctx.url}/api/telephony/twilio/voice`, body: signedVoice },
    // The same with row-level security off (honoured with BENCH_ROUTES=1 only): the wall's cost on this path.
    { name: "  … the same, row-level security off", url: `${ctx.url}/api/telephony/twilio/voice`, body: signedVoice, headers: { "x-bench-rls": "off" } },
  ];
  const measured: { name: string; f: Figures }[] = [];
  for (const t of targets) {
    ctx.log(`  ${t.name}: ${RATE} req/s, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s`);
    await load(t.url, t.body, WARMUP_SECONDS, t.headers);
    const f = await load(t.url, t.body, SECONDS, t.headers);
    if (f.requests === 0 || f.bad > f.requests * 0.01) throw new Error(`${t.name}: ${f.bad} of ${f.requests} requests failed`);
    measured.push({ name: t.name, f });
  }
  const base = measured[0]!.f;
  const [, withRls, withoutRls] = measured.map((m) => m.f);
  const rlsRows: BenchRow[] = (["p50", "p99"] as const).map((key) => ({
    name: `voice webhook ${key}, row-level security on vs off`,
    figure: withRls![key],
    unit: "ms",
    baselineName: "RLS off",
    baseline: withoutRls![key],
    ratio: withoutRls![key] ? withRls![key] / withoutRls![key] : undefined,
    note: key === "p50" ? `the wall's cost: ${signedMs(withRls![key] - withoutRls![key])} at ${key}` : undefined,
  }));
  return [...rlsRows, ...measured.slice(0, 2).flatMap(({ name, f }) =>
    (["rps", "p50", "p99"] as const).map((key) => ({
      name: `${name} ${key === "rps" ? "req/s" : key}`,
      figure: f[key],
      unit: key === "rps" ? "req/s" : "ms",
      baselineName: "bare",
      baseline: base[key],
      ratio: base[key] ? f[key] / base[key] : undefined,
      note: key === "p99" && name.includes("voice") ? `target ≤ 2.00x (${f.requests} req, ${f.bad} failed)` : undefined,
    })),
  )];
}
