import { z } from "zod";
import type { EmulatedCall } from "./call-state";
import type { EmulatorContext } from "./context";
import { placeCall } from "./place-call";
import { newSid } from "./sids";

/**
 * Generated load: calls arrive as a Poisson process (exponential gaps at callsPerMinute) at the given numbers,
 * with random callers, menu choices and patience, until maxCalls or maxSeconds (call time) — always bounded.
 */
const range = z.object({ min: z.number().min(0).max(3600), max: z.number().min(0).max(3600) }).refine((r) => r.max >= r.min, "max must be ≥ min");
export const trafficRequestSchema = z.object({
  numbers: z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, "numbers must be E.164")).min(1).max(100),
  callsPerMinute: z.number().positive().max(600),
  maxCalls: z.number().int().min(1).max(5000).default(50),
  maxSeconds: z.number().positive().max(86_400).default(600),
  /** Calls of this run on the line at once; arrivals beyond it are skipped (counted). */
  maxConcurrent: z.number().int().min(1).max(1000).default(200),
  /** Each caller presses one of these at a menu ("" = presses nothing). */
  digits: z.array(z.string().max(20)).max(20).default(["", "1", "2"]),
  staySeconds: range.default({ min: 30, max: 240 }),
  voicemailSeconds: range.default({ min: 5, max: 30 }),
  languages: z.array(z.string().max(10)).max(10).default(["ru", "en"]),
  /** Same seed, same callers and choices. */
  seed: z.number().int().optional(),
});
export type TrafficRequest = z.input<typeof trafficRequestSchema>;

export type TrafficRun = {
  id: string; request: z.output<typeof trafficRequestSchema>; status: "running" | "finished" | "stopped"; startedAt: Date; finishedAt: Date | null;
  callSids: string[]; skipped: number; errors: string[]; timer: NodeJS.Timeout | null;
};

/** mulberry32: small, seedable, good enough for arrivals. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function startTraffic(ctx: EmulatorContext, runs: Map<string, TrafficRun>, input: TrafficRequest): TrafficRun {
  const request = trafficRequestSchema.parse(input);
  const random = prng(request.seed ?? Math.floor(Math.random() * 2 ** 31));
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const between = (r: { min: number; max: number }) => Math.round(r.min + random() * (r.max - r.min));
  const run: TrafficRun = { id: newSid("TR"), request, status: "running", startedAt: new Date(), finishedAt: null, callSids: [], skipped: 0, errors: [], timer: null };
  runs.set(run.id, run);
  const ratePerSecond = request.callsPerMinute / 60;
  const deadline = Date.now() + request.maxSeconds * 1000 * ctx.timeScale;
  const stop = () => {
    run.status = "finished";
    run.finishedAt = new Date();
    run.timer = null;
  };
  const arrive = () => {
    if (run.status !== "running") return;
    if (run.callSids.length + run.skipped >= request.maxCalls || Date.now() >= deadline) return stop();
    const live = run.callSids.filter((sid) => !ctx.calls.get(sid)?.ended).length;
    if (live >= request.maxConcurrent) run.skipped++;
    else {
      const to = pick(request.numbers);
      const from = to.startsWith("+7") ? `+79${String(Math.floor(random() * 1e9)).padStart(9, "0")}` : `+1917${String(Math.floor(random() * 1e7)).padStart(7, "0")}`;
      try {
        const call = placeCall(ctx, { to, from, digits: pick(request.digits), staySeconds: between(request.staySeconds), voicemailSeconds: between(request.voicemailSeconds), language: pick(request.languages) });
        run.callSids.push(call.sid);
      } catch (error) {
        run.errors.push((error as Error).message);
        if (run.errors.length > 20) run.errors.shift();
        run.skipped++;
      }
    }
    // Exponential gap: the next arrival of a Poisson process with rate callsPerMinute.
    const gapMs = (-Math.log(1 - random()) / ratePerSecond) * 1000 * ctx.timeScale;
    // An arrival past the deadline will not happen: the run is over now, not at that arrival.
    if (Date.now() + gapMs >= deadline) return stop();
    run.timer = setTimeout(arrive, gapMs);
  };
  arrive();
  return run;
}

export function stopTraffic(run: TrafficRun) {
  if (run.timer) clearTimeout(run.timer);
  if (run.status === "running") {
    run.status = "stopped";
    run.finishedAt = new Date();
  }
}

export function trafficView(ctx: EmulatorContext, run: TrafficRun) {
  const calls = run.callSids.map((sid) => ctx.calls.get(sid)).filter((c): c is EmulatedCall => Boolean(c));
  const byStatus: Record<string, number> = {};
  for (const call of calls) byStatus[call.status] = (byStatus[call.status] ?? 0) + 1;
  return {
    id: run.id, status: run.status, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null,
    placed: run.callSids.length, active: calls.filter((c) => !c.finished).length, skipped: run.skipped, byStatus,
    errors: run.errors, callSids: run.callSids, request: run.request,
  };
}
