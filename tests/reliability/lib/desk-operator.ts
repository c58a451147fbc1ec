/**
 * A person at the desk, played over HTTP through the load balancer as the browser would: signed in with
 * next-auth, AVAILABLE, a heartbeat every 5 s, the desk polled for a ringing offer (the live stream's own
 * fallback), then accept → talk a moment → hang up → submit the form with an outcome that e-mails a
 * summary. A request refused by a dying instance (502/503) is simply tried again, as a person clicks again.
 */
import { signIn } from "../../bench/lib/sign-in";

type Offer = { id: string; callId: string; from: string };
type Me = { presence: { state: string }; offer: Offer | null; currentCall: { id: string; status: string; submitted: boolean } | null };

export type DeskOperatorOptions = {
  baseUrl: string;
  agencySlug: string;
  email: string;
  password: string;
  /** The outcome to submit and the form values (the terms' required fields). */
  outcome: string;
  form: (offer: Offer) => Record<string, string>;
  talkMs?: number;
  log?: (line: string) => void;
};

export type DeskOperator = { answered: string[]; errors: number; stop(): Promise<void> };

export class TrpcError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** One tRPC call over HTTP (superjson envelope), retried while the balancer answers 5xx or the socket drops. */
export async function trpc<T>(baseUrl: string, cookie: string, kind: "query" | "mutation", path: string, input: unknown, tries = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const body = JSON.stringify({ json: input });
      const res = kind === "query"
        ? await fetch(`${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(body)}`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) })
        : await fetch(`${baseUrl}/api/trpc/${path}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body, signal: AbortSignal.timeout(15_000) });
      const text = await res.text();
      if (res.status >= 500 && attempt < tries) throw new TrpcError(res.status, text.slice(0, 200));
      if (!res.ok) throw new TrpcError(res.status, `${path} answered ${res.status}: ${text.slice(0, 300)}`);
      return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
    } catch (error) {
      const retriable = !(error instanceof TrpcError) || error.status >= 500;
      if (!retriable || attempt >= tries) throw error;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

export async function startDeskOperator(o: DeskOperatorOptions): Promise<DeskOperator> {
  const log = o.log ?? (() => {});
  const cookie = await signIn(o.baseUrl, o.email, o.password);
  const agency = { agencySlug: o.agencySlug };
  const call = <T>(kind: "query" | "mutation", path: string, input: object = {}) => trpc<T>(o.baseUrl, cookie, kind, path, { ...agency, ...input });
  await call("mutation", "desk.setPresence", { state: "AVAILABLE" });
  const state: DeskOperator & { stopped: boolean } = { answered: [], errors: 0, stopped: false, stop: async () => undefined };
  let lastBeat = Date.now();

  const step = async () => {
    if (Date.now() - lastBeat > 5000) {
      lastBeat = Date.now();
      await call("mutation", "desk.heartbeat");
    }
    const me = await call<Me>("query", "desk.me");
    if (me.offer) {
      await call("mutation", "desk.accept", { offerId: me.offer.id });
      await new Promise((r) => setTimeout(r, o.talkMs ?? 800));
      await call("mutation", "desk.hangUp", { callId: me.offer.callId });
      await call("mutation", "desk.submit", { callId: me.offer.callId, outcome: o.outcome, form: o.form(me.offer), notes: "reliability run" });
      state.answered.push(me.offer.callId);
      return;
    }
    // A call left in wrap-up (an earlier step cut by a fault): finish it the same way.
    const current = me.currentCall;
    if (current && !current.submitted && current.status !== "CONNECTED") {
      await call("mutation", "desk.submit", { callId: current.id, outcome: o.outcome, form: o.form({ id: "", callId: current.id, from: "+13125550100" }), notes: "reliability run" });
      state.answered.push(current.id);
      return;
    }
    if (current && current.status === "CONNECTED") await call("mutation", "desk.hangUp", { callId: current.id });
    if (me.presence.state === "OFFLINE") await call("mutation", "desk.setPresence", { state: "AVAILABLE" });
  };

  const loop = (async () => {
    while (!state.stopped) {
      try {
        await step();
      } catch (error) {
        state.errors++;
        log(`${o.email}: ${(error as Error).message.slice(0, 200)}`);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  })();

  state.stop = async () => {
    state.stopped = true;
    await loop;
    await call("mutation", "desk.setPresence", { state: "OFFLINE" }).catch(() => undefined);
  };
  return state;
}
