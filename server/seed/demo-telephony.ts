import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isOpenAt, type Holiday, type OpeningHours } from "../terms/hours";
import { versionInForce } from "../terms/versions-read";

/**
 * The demo's numbers, hotlines and a month of past calls, so that the calls list, and the reports of a later
 * issue, have something to show. Calls follow a clinic's day (busy late morning and late afternoon, quiet at
 * lunch), weekdays busier than weekends; after-hours callers leave voicemails. Deterministic: the same seed
 * gives the same calls relative to today.
 */
export const DEMO_NUMBERS = [
  { e164: "+78005550100", kind: "TOLL_FREE", client: "aurora-dental", label: "Aurora Dental, toll-free" },
  { e164: "+74955550101", kind: "LOCAL", client: "aurora-dental", label: "Aurora Dental, Moscow" },
  { e164: "+18005550199", kind: "TOLL_FREE", client: "bluebird-plumbing", label: "Bluebird Plumbing, toll-free" },
] as const;

/** The emulator's id for a demo number: stable, so that a restart re-registers the same numbers. */
const demoSid = (e164: string) => `PN${createHash("sha256").update(e164).digest("hex").slice(0, 32)}`;

/** The demo's voicemails are all the same short tone (public/demo/voicemail.wav), so the players have something to play. */
const voicemailUrl = () => `${(process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "")}/demo/voicemail.wav`;

/** A small seeded PRNG (mulberry32): the demo must look the same on every machine. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Relative weight of each local hour for arrivals: a late-morning and a late-afternoon peak.
const HOURLY = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.5, 2.6, 3.2, 3.0, 2.2, 1.8, 2.2, 2.6, 2.9, 2.5, 1.8, 1.2, 0.8, 0.6, 0.4, 0.3];

type HotlineSeed = { id: string; clientId: string; numberId: string; e164: string; timezone: string; language: string; hours: OpeningHours; holidays: Holiday[]; perDay: number; termsVersionId: string | null; termsVersionNumber: number | null; outcomes: string[] };

export async function seedDemoTelephony(db: Db, agency: { id: string }, operatorIds: string[], now = new Date()) {
  const clients = await db.client.findMany({ where: { agencyId: agency.id, slug: { in: ["aurora-dental", "bluebird-plumbing"] } } });
  const bySlug = new Map(clients.map((c) => [c.slug, c]));
  const aurora = bySlug.get("aurora-dental")!;
  const bluebird = bySlug.get("bluebird-plumbing")!;

  const auroraLine = await db.hotline.create({
    data: {
      agencyId: agency.id, clientId: aurora.id, name: "Запись на приём", languages: ["ru", "en"], priority: 6,
      maxWaitSeconds: 120, maxQueueSize: 15, wrapUpSeconds: 30, overflowAction: "VOICEMAIL", afterHoursMode: "FROM_TERMS",
      recordingEnabled: true,
      recordingConsent: { ru: "Для контроля качества разговор записывается.", en: "This call is recorded for quality purposes." },
      menu: { prompt: { ru: "Для записи на приём нажмите 1. For English, press 2.", en: "For appointments in Russian, press 1. For English, press 2." }, options: [{ digit: "1", label: "Запись на приём", language: "ru" }, { digit: "2", label: "English", language: "en" }] },
    },
  });
  const bluebirdLine = await db.hotline.create({
    data: { agencyId: agency.id, clientId: bluebird.id, name: "Emergency line", languages: ["en"], priority: 8, maxWaitSeconds: 90, maxQueueSize: 10, wrapUpSeconds: 20, overflowAction: "VOICEMAIL" },
  });
  const lineOf = { "aurora-dental": auroraLine, "bluebird-plumbing": bluebirdLine } as const;
  const numberIds: Record<string, string> = {};
  for (const n of DEMO_NUMBERS) {
    const row = await db.phoneNumber.create({
      data: { agencyId: agency.id, hotlineId: lineOf[n.client].id, e164: n.e164, kind: n.kind, provider: "EMULATOR", providerSid: demoSid(n.e164), friendlyName: n.label, capacity: 30 },
    });
    numberIds[n.e164] = row.id;
  }

  const seeds: HotlineSeed[] = [];
  for (const [client, line, e164, perDay] of [[aurora, auroraLine, "+74955550101", 11], [bluebird, bluebirdLine, "+18005550199", 4]] as const) {
    const terms = await versionInForce(db, client.id, now);
    seeds.push({
      id: line.id, clientId: client.id, numberId: numberIds[e164]!, e164, timezone: client.timezone, language: line.languages[0]!,
      hours: terms ? terms.document.hours : { alwaysOpen: true, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
      holidays: terms ? terms.document.hours.holidays : [],
      perDay, termsVersionId: terms?.id ?? null, termsVersionNumber: terms?.number ?? null,
      outcomes: terms ? terms.document.outcomes.map((o) => o.code) : [],
    });
  }
  await seedPastCalls(db, agency.id, seeds, operatorIds, now);
}

async function seedPastCalls(db: Db, agencyId: string, lines: HotlineSeed[], operatorIds: string[], now: Date) {
  const random = prng(20261125);
  const calls: Prisma.CallCreateManyInput[] = [];
  const events: { agencyId: string; callId: string; type: string; occurredAt: Date; dedupeKey: string; data: object }[] = [];
  const totalWeight = HOURLY.reduce((a, b) => a + b, 0);
  for (const line of lines) {
    // Today too, up to an hour ago, so that today's figures (home page, wallboard) are not empty.
    for (let daysAgo = 30; daysAgo >= 0; daysAgo--) {
      const dayStart = new Date(now.getTime() - daysAgo * 86_400_000);
      dayStart.setUTCHours(0, 0, 0, 0);
      const weekend = [0, 6].includes(dayStart.getUTCDay());
      const count = Math.round(line.perDay * (weekend ? 0.4 : 1) * (0.7 + random() * 0.6));
      for (let i = 0; i < count; i++) {
        // Pick a local hour by weight, then a minute; the UTC offset of the line's zone is applied by isOpenAt.
        let pick = random() * totalWeight;
        let hour = 0;
        while (pick > HOURLY[hour]! && hour < 23) pick -= HOURLY[hour++]!;
        const local = new Date(dayStart.getTime() + hour * 3_600_000 + Math.floor(random() * 3_600_000));
        const startedAt = new Date(local.getTime() - offsetMs(line.timezone, local));
        if (startedAt.getTime() > now.getTime() - 3_600_000) continue;
        calls.push(...buildCall(line, startedAt, random, operatorIds, agencyId, events));
      }
    }
  }
  await db.call.createMany({ data: calls });
  for (let i = 0; i < events.length; i += 1000) await db.callEvent.createMany({ data: events.slice(i, i + 1000) });
}

/** The zone's offset from UTC at an instant, in ms (for placing a local wall-clock hour). */
function offsetMs(timezone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: timezone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(at.getTime() / 1000) * 1000;
}

function buildCall(line: HotlineSeed, startedAt: Date, random: () => number, operatorIds: string[], agencyId: string, events: { agencyId: string; callId: string; type: string; occurredAt: Date; dedupeKey: string; data: object }[]) {
  const id = randomUUID();
  const from = line.language === "en" ? `+1312555${String(Math.floor(random() * 1e4)).padStart(4, "0")}` : `+7916${String(Math.floor(random() * 1e7)).padStart(7, "0")}`;
  const at = (s: number) => new Date(startedAt.getTime() + s * 1000);
  const ev = (type: string, s: number, dedupeKey: string, data: object = {}) => events.push({ agencyId, callId: id, type, occurredAt: at(s), dedupeKey, data });
  const open = isOpenAt(line.hours, line.holidays, line.timezone, startedAt);
  ev("RECEIVED", 0, "voice", { from, to: line.e164, language: line.language, termsVersionNumber: line.termsVersionNumber });
  const base = {
    id, agencyId, clientId: line.clientId, hotlineId: line.id, phoneNumberId: line.numberId, provider: "EMULATOR" as const,
    providerCallId: `CA${id.replace(/-/g, "")}`, fromNumber: from, toNumber: line.e164, language: line.language,
    termsVersionId: line.termsVersionId, termsVersionNumber: line.termsVersionNumber, startedAt, carrierStatus: "completed",
  };
  if (!open) {
    // After hours: the caller hears the message and leaves a voicemail (or hangs up before the beep).
    const seconds = 8 + Math.floor(random() * 40);
    ev("ROUTED", 0, "routed", { route: "AFTER_HOURS", reason: "closed" });
    const left = random() < 0.75;
    if (left) ev("VOICEMAIL", 12 + seconds, "voicemail", { url: voicemailUrl(), seconds });
    const duration = 12 + (left ? seconds : 3);
    ev("CARRIER_STATUS", duration, "status:completed", { status: "completed", durationSeconds: duration });
    return [{ ...base, route: "AFTER_HOURS" as const, status: left ? ("VOICEMAIL" as const) : ("ABANDONED" as const), endedAt: at(duration), durationSeconds: duration, voicemailSeconds: left ? seconds : null, voicemailUrl: left ? voicemailUrl() : null }];
  }
  ev("ROUTED", 0, "routed", { route: "QUEUE", reason: "open" });
  const greeting = 9;
  ev("QUEUED", greeting, "enqueue");
  const roll = random();
  if (roll < 0.1) {
    // Abandoned in the queue; a third of those within 5 s (a short abandon).
    const wait = roll < 0.035 ? 1 + Math.floor(random() * 4) : 10 + Math.floor(random() * 100);
    ev("LEFT_QUEUE", greeting + wait, "enqueue-result", { result: "hangup", queueSeconds: wait });
    ev("CARRIER_STATUS", greeting + wait, "status:completed", { status: "completed", durationSeconds: greeting + wait });
    return [{ ...base, route: "QUEUE" as const, status: "ABANDONED" as const, queuedAt: at(greeting), endedAt: at(greeting + wait), waitSeconds: wait, durationSeconds: greeting + wait }];
  }
  // Answered: most within the 20 s target, a tail beyond it.
  const wait = random() < 0.82 ? 2 + Math.floor(random() * 18) : 20 + Math.floor(random() * 90);
  const talk = 40 + Math.floor(random() * 260);
  const operatorUserId = operatorIds[Math.floor(random() * operatorIds.length)] ?? null;
  const outcome = line.outcomes.length ? line.outcomes[Math.floor(random() * line.outcomes.length)]! : null;
  ev("LEFT_QUEUE", greeting + wait, "enqueue-result", { result: "bridged", queueSeconds: wait });
  ev("CONNECTED", greeting + wait, "connected", { operatorUserId });
  ev("CARRIER_STATUS", greeting + wait + talk, "status:completed", { status: "completed", durationSeconds: greeting + wait + talk });
  ev("WRAP_UP", greeting + wait + talk, "wrap-up", { outcome });
  return [{
    ...base, route: "QUEUE" as const, status: "COMPLETED" as const, queuedAt: at(greeting), connectedAt: at(greeting + wait), wrapUpAt: at(greeting + wait + talk),
    endedAt: at(greeting + wait + talk), waitSeconds: wait, talkSeconds: talk, durationSeconds: greeting + wait + talk, operatorUserId, outcome,
  }];
}
