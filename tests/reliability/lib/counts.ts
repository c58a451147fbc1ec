/**
 * The five figures of a scenario, each read where it lands: calls placed (the carrier emulator), calls
 * recorded (Call rows), usage records (UsageRecord), meter events delivered (the fake Stripe) and e-mails
 * sent (the mail sink) — plus what each should be, so "nothing lost, nothing doubled" is a comparison.
 */
import pg from "pg";
import type { Cluster } from "./cluster";

export type Counts = {
  placed: number;
  /** Calls the carrier could not put through to the app (its first webhook failed): Twilio would play its error. */
  carrierRefused: number;
  recorded: number;
  final: number;
  usage: number;
  /** Usage records that must reach Stripe (billable, agency connected). */
  meterExpected: number;
  meterSentInDb: number;
  /**
   * New meter events the fake Stripe stored during the scenario, and how many usage records of the agency were
   * marked sent in the same window (both global, so a backlog sent meanwhile counts on both sides alike).
   */
  meterAtStripe: number;
  meterMarkedSent: number;
  /** Repeats the fake Stripe refused by identifier (a resend after a lost answer: refused, never billed twice). */
  meterDuplicatesRefused: number;
  emailsExpected: number;
  /** Distinct Message-IDs of those e-mails in the sink, and all copies (a resend after a cut session). */
  emailsDistinct: number;
  emailsTotal: number;
  /** Recorded calls that never ended: sid, status in the database, and what the carrier's status callback got. */
  unended: string[];
};

export type Mismatch = string[];

const FINAL = ["COMPLETED", "ABANDONED", "VOICEMAIL", "FAILED"];

export type StripeBaseline = { count: number; duplicates: number; markedSent: number };

async function markedSent(client: pg.Client, agencyId: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "UsageRecord" WHERE "agencyId" = $1 AND "meterStatus" = 'SENT'`, [agencyId]);
  return Number(rows[0]!.n);
}

export async function stripeBaseline(cluster: Cluster): Promise<StripeBaseline> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl() });
  await client.connect();
  try {
    const sent = await markedSent(client, cluster.tenant.agencyId);
    const m = cluster.fakeStripe.control.meterEvents(cluster.tenant.stripeAccountId);
    return { count: m.count, duplicates: m.duplicates, markedSent: sent };
  } finally {
    await client.end();
  }
}

async function sinkMessageIds(cluster: Cluster): Promise<string[]> {
  const res = await fetch(`${cluster.mail.webUrl}/api/email`);
  const list = (await res.json()) as { messageId?: string; headers?: Record<string, string> }[];
  return list.map((m) => (m.messageId ?? m.headers?.["message-id"] ?? "").replace(/^<|>$/g, ""));
}

export async function countScenario(cluster: Cluster, sids: string[], baseline: StripeBaseline): Promise<Counts> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl() });
  await client.connect();
  try {
    const calls = await client.query<{ sid: string; status: string }>(`SELECT "providerCallId" AS sid, status::text FROM "Call" WHERE "providerCallId" = ANY($1)`, [sids]);
    const recordedSids = new Set(calls.rows.map((r) => r.sid));
    const refused = sids.filter((sid) => !recordedSids.has(sid) && cluster.emulator.call(sid)?.transcript.some((t) => t.verb === "error"));
    const usage = await client.query<{ usage: string; expected: string; sent: string }>(
      `SELECT count(*) AS usage, count(*) FILTER (WHERE u."meterStatus" <> 'NONE') AS expected, count(*) FILTER (WHERE u."meterStatus" = 'SENT') AS sent
       FROM "UsageRecord" u JOIN "Call" c ON c.id = u."callId" WHERE u.kind = 'CALL' AND c."providerCallId" = ANY($1)`,
      [sids],
    );
    const emails = await client.query<{ id: string }>(
      `SELECT o.id FROM "OutboxEvent" o JOIN "Message" m ON o."dedupeKey" = 'message:' || m.id JOIN "Call" c ON c.id = m."callId"
       WHERE o.kind = 'message.email' AND c."providerCallId" = ANY($1)`,
      [sids],
    );
    const wanted = new Set(emails.rows.map((r) => `${r.id}@switchboard.outbox`));
    const inSink = (await sinkMessageIds(cluster)).filter((id) => wanted.has(id));
    const sent = await markedSent(client, cluster.tenant.agencyId);
    const stripe = cluster.fakeStripe.control.meterEvents(cluster.tenant.stripeAccountId);
    const u = usage.rows[0]!;
    return {
      placed: sids.length,
      carrierRefused: refused.length,
      recorded: calls.rows.length,
      final: calls.rows.filter((r) => FINAL.includes(r.status)).length,
      usage: Number(u.usage),
      meterExpected: Number(u.expected),
      meterSentInDb: Number(u.sent),
      meterAtStripe: stripe.count - baseline.count,
      meterMarkedSent: sent - baseline.markedSent,
      meterDuplicatesRefused: stripe.duplicates - baseline.duplicates,
      emailsExpected: wanted.size,
      emailsDistinct: new Set(inSink).size,
      emailsTotal: inSink.length,
      unended: calls.rows.filter((r) => !FINAL.includes(r.status)).map((r) => {
        const callback = cluster.emulator.call(r.sid)?.transcript.filter((t) => t.verb === "status-callback").at(-1)?.params;
        return `${r.sid} stays ${r.status}; its status callback got ${callback ? String(callback.status ?? callback.error) : "nothing"}`;
      }),
    };
  } finally {
    await client.end();
  }
}

/** What does not add up: empty when every figure matches. */
export function mismatches(c: Counts): Mismatch {
  const out: string[] = [];
  if (c.recorded + c.carrierRefused !== c.placed) out.push(`placed ${c.placed} ≠ recorded ${c.recorded} + refused at the carrier ${c.carrierRefused}`);
  if (c.final !== c.recorded) out.push(`${c.recorded - c.final} recorded call(s) never ended: ${c.unended.join("; ")}`);
  if (c.usage !== c.final) out.push(`usage records ${c.usage} ≠ ended calls ${c.final}`);
  if (c.meterSentInDb !== c.meterExpected) out.push(`meter events sent ${c.meterSentInDb} ≠ due ${c.meterExpected}`);
  if (c.meterAtStripe !== c.meterMarkedSent) out.push(`Stripe stored ${c.meterAtStripe} meter events ≠ ${c.meterMarkedSent} usage records marked sent meanwhile`);
  if (c.emailsDistinct !== c.emailsExpected) out.push(`e-mails in the sink ${c.emailsDistinct} ≠ queued ${c.emailsExpected}`);
  if (c.emailsTotal !== c.emailsDistinct) out.push(`${c.emailsTotal - c.emailsDistinct} e-mail(s) arrived twice`);
  return out;
}

/** Counts again every second until everything that should arrive has (or the time is up): the figures settle. */
export async function settle(cluster: Cluster, sids: string[], baseline: StripeBaseline, timeoutMs: number): Promise<Counts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emulatorDone = sids.every((sid) => cluster.emulator.call(sid)?.ended !== false);
    const c = await countScenario(cluster, sids, baseline).catch(() => null);
    if (c && emulatorDone && mismatches(c).length === 0) return c;
    if (Date.now() >= deadline) return c ?? countScenario(cluster, sids, baseline);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
