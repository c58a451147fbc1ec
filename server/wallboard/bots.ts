import { hangUp, finishWrapUp } from "../acd/call-control";
import { acceptOffer } from "../acd/offers";
import { heartbeat } from "../acd/presence";
import { db } from "../db";
import { submitCall } from "../desk/submit";
import { termsOfCall } from "../desk/call-terms";
import { logger } from "../logger";
import { instantToLocal } from "../oncall/local-time";
import { BOT_TIMING, between, botFormValues, pickOutcome } from "./bot-form";

const SWEEP_MS = 1000;
/** A bot's desk "is open": it beats like a browser would, or the ACD signs it off as stale. */
const HEARTBEAT_MS = 10_000;

/**
 * Demo only: operators marked `bot` (the wallboard's switch) answer by themselves. Each second the runner
 * looks at bot operators: a RINGING offer is accepted after 2–4 s, a call is talked for 20–90 s and hung
 * up, the wrap-up is submitted with a random outcome of the terms (DESK's submitCall, as a person would),
 * else simply finished. Its state is the database's (offers, presence), so a restart just carries on; the
 * `busy` set only keeps one process from scheduling the same step twice. Returns a stop function.
 */
export function startBotRunner(options: { random?: () => number; timing?: typeof BOT_TIMING } = {}): () => Promise<void> {
  const random = options.random ?? Math.random;
  const timing = options.timing ?? BOT_TIMING;
  const busy = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let lastBeat = 0;

  const later = (key: string, ms: number, step: () => Promise<unknown>) => {
    if (busy.has(key) || stopped) return;
    busy.add(key);
    const timer = setTimeout(() => {
      timers.delete(timer);
      step()
        .catch((err: unknown) => logger.debug({ err, key }, "bot step refused (the call or offer moved on)"))
        .finally(() => busy.delete(key));
    }, ms);
    timers.add(timer);
  };

  const sweep = async () => {
    const bots = await db.operatorProfile.findMany({
      where: { bot: true, presence: { in: ["AVAILABLE", "ON_CALL", "WRAP_UP"] } },
      select: { agencyId: true, userId: true, presence: true, currentCallId: true },
    });
    if (bots.length === 0) return;
    if (Date.now() - lastBeat >= HEARTBEAT_MS) {
      lastBeat = Date.now();
      for (const b of bots) await heartbeat(db, { agencyId: b.agencyId, userId: b.userId }).catch(() => undefined);
    }
    const offers = await db.callOffer.findMany({
      where: { status: "RINGING", operatorUserId: { in: bots.map((b) => b.userId) }, expiresAt: { gt: new Date() } },
      select: { id: true, agencyId: true, operatorUserId: true },
    });
    for (const offer of offers) {
      later(`offer:${offer.id}`, between(timing.acceptMs, random), () => acceptOffer(db, { agencyId: offer.agencyId, userId: offer.operatorUserId, offerId: offer.id }));
    }
    for (const bot of bots) {
      if (!bot.currentCallId) continue;
      const input = { agencyId: bot.agencyId, userId: bot.userId, callId: bot.currentCallId };
      if (bot.presence === "ON_CALL") later(`talk:${bot.currentCallId}`, between(timing.talkMs, random), () => hangUp(db, input));
      if (bot.presence === "WRAP_UP") later(`wrap:${bot.currentCallId}`, between(timing.wrapMs, random), () => submitAsBot(input, random));
    }
  };

  const timer = setInterval(() => void sweep().catch((err: unknown) => logger.warn({ err }, "bot sweep failed")), SWEEP_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    for (const t of timers) clearTimeout(t);
  };
}

/** The bot's wrap-up: a random outcome and a filled form through the desk, else just free again. */
async function submitAsBot(input: { agencyId: string; userId: string; callId: string }, random: () => number) {
  const call = await db.call.findFirst({
    where: { id: input.callId, agencyId: input.agencyId },
    select: { clientId: true, termsVersionId: true, startedAt: true, fromNumber: true },
  });
  const client = call ? await db.client.findFirst({ where: { id: call.clientId, agencyId: input.agencyId }, select: { timezone: true } }) : null;
  const terms = call ? await termsOfCall(db, call) : null;
  const outcome = terms ? pickOutcome(terms.document.outcomes, random) : null;
  if (call && terms && outcome) {
    const form = botFormValues(terms.document.form.fields, { random, callerNumber: call.fromNumber, today: instantToLocal(new Date(), client?.timezone ?? "UTC").date });
    try {
      return await submitCall(db, { ...input, outcome, form, notes: "Answered by a demo bot." });
    } catch (err) {
      logger.info({ err, callId: input.callId }, "bot could not submit the form; ending the wrap-up without an outcome");
    }
  }
  return finishWrapUp(db, input);
}
