import type { TestCallRequest } from "../port";
import { newSid } from "./sids";

export type CallStatus = "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";
export type TranscriptEntry = { at: string; second: number; verb: string; text?: string; params?: Record<string, unknown> };
/** What breaks into a running verb: the caller hanging up, or the Calls API (update with Url/Twiml, or Status). */
export type Interrupt =
  | { kind: "caller-hangup" }
  | { kind: "rest-complete" }
  | { kind: "rest-redirect"; url?: string; method?: "GET" | "POST"; twiml?: string };

/** What the control API accepts: the port's TestCallRequest plus how the forward target behaves on <Dial>. */
export type EmulatedCallRequest = TestCallRequest & {
  dialStatus?: "completed" | "busy" | "no-answer" | "failed";
  /** How long the forward target talks once it answers, in seconds. */
  dialSeconds?: number;
};

export type NumberSnapshot = { sid: string; e164: string; voiceUrl: string | null; voiceMethod: "GET" | "POST"; voiceFallbackUrl: string | null; statusCallback: string | null; statusCallbackMethod: "GET" | "POST" };

/** Thrown when the emulator stops: the call vanishes without callbacks. */
export class CallHalted extends Error {}

export class CallInterrupted extends Error {
  constructor(readonly interrupt: Interrupt) {
    super(interrupt.kind);
  }
}

/** Default stay when the caller's script does not say: long enough for any menu, bounded so nothing waits forever. */
export const DEFAULT_STAY_SECONDS = 300;

/** One emulated inbound call: its script, its state, its transcript, and the clock it runs on. */
export class EmulatedCall {
  readonly sid = newSid("CA");
  readonly createdAt = new Date();
  status: CallStatus = "ringing";
  answeredAtMs: number | null = null;
  endedAtMs: number | null = null;
  readonly transcript: TranscriptEntry[] = [];
  /** DTMF the caller has not pressed yet. */
  digits: string;
  queue: { name: string; sid: string; joinedAtMs: number } | null = null;
  sequence = 0;
  /** True once the call ended and its status callback was answered (or failed). */
  finished = false;
  /** The last status callback sent, kept so the control API can deliver it again (a duplicate, as Twilio may). */
  lastStatusCallback: Record<string, string> | null = null;
  private halted = false;
  private pending: Interrupt | null = null;
  private wake = new AbortController();
  private hangupTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly request: EmulatedCallRequest,
    readonly number: NumberSnapshot,
    readonly timeScale: number,
  ) {
    this.digits = request.digits ?? "";
  }

  get ended() {
    return this.endedAtMs !== null;
  }

  /** Simulated seconds since `fromMs` (real milliseconds), on this call's clock. */
  secondsSince(fromMs: number) {
    return (Date.now() - fromMs) / 1000 / this.timeScale;
  }

  log(verb: string, detail: { text?: string; params?: Record<string, unknown> } = {}) {
    this.transcript.push({ at: new Date().toISOString(), second: Math.round(this.secondsSince(this.createdAt.getTime()) * 10) / 10, verb, ...detail });
  }

  /** Starts the caller's patience: after staySeconds the caller hangs up, wherever the call is. */
  startCallerClock() {
    const stay = this.request.staySeconds ?? DEFAULT_STAY_SECONDS;
    this.hangupTimer = setTimeout(() => this.interrupt({ kind: "caller-hangup" }), stay * 1000 * this.timeScale);
  }

  /** Breaks into the running verb. A caller's hang-up wins over anything else pending. */
  interrupt(interrupt: Interrupt): boolean {
    if (this.ended || this.pending?.kind === "caller-hangup") return false;
    this.pending = interrupt;
    this.wake.abort();
    return true;
  }

  /** Throws the pending interrupt, if any; verbs call it between steps. */
  checkpoint() {
    if (this.halted) throw new CallHalted("the emulator stopped");
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.wake = new AbortController();
    throw new CallInterrupted(pending);
  }

  /** Waits `seconds` of call time (× timeScale in real time), or less if interrupted (then throws). */
  async wait(seconds: number) {
    this.checkpoint();
    const ms = Math.max(0, seconds) * 1000 * this.timeScale;
    const signal = this.wake.signal;
    await new Promise<void>((resolve) => {
      const onAbort = () => (clearTimeout(timer), resolve());
      // The listener goes when the wait ends, or a long queue wait would pile them up on one signal.
      const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), ms);
      signal.addEventListener("abort", onAbort, { once: true });
    });
    this.checkpoint();
  }

  /** Seconds of the answered call so far (Twilio's CallDuration counts from the answer). */
  durationSeconds() {
    if (this.answeredAtMs === null) return 0;
    return Math.round(((this.endedAtMs ?? Date.now()) - this.answeredAtMs) / 1000 / this.timeScale);
  }

  /** The emulator is stopping: end at once, tell nobody. */
  halt() {
    if (this.ended) return;
    this.halted = true;
    this.markEnded("canceled");
    this.wake.abort();
  }

  markEnded(status: CallStatus) {
    if (this.hangupTimer) clearTimeout(this.hangupTimer);
    this.pending = null;
    this.status = status;
    this.endedAtMs = Date.now();
  }
}
