/**
 * Scale-out: two web instances and a worker on one PostgreSQL. First one call traced across processes: the
 * operator's live stream is open on web1 while the balancer puts the call on web2; the ACD (in the worker)
 * offers it and web1's stream shows the offer (LISTEN/NOTIFY); the operator accepts on web1, the worker's
 * outbox redirects the call at the carrier, the operator hangs up and submits on web2, and the worker e-mails
 * the summary. Then traffic through both instances, answered by two operators, every figure counted.
 */
import { signIn } from "../../bench/lib/sign-in";
import { DEMO_PASSWORD } from "../../../server/seed/demo-users";
import type { Cluster } from "../lib/cluster";
import { stripeBaseline } from "../lib/counts";
import { trpc } from "../lib/desk-operator";
import { formFor, OPERATORS, OUTCOME, trafficScenario, waitUntil, type Scenario, type Session } from "../lib/kit";

type LiveEvent = { type: string; payload: { callId?: string; offerId?: string; id?: string } };

/** The agency's live stream on one instance, collecting events. */
async function openStream(url: string, cookie: string, agencySlug: string) {
  const events: LiveEvent[] = [];
  const controller = new AbortController();
  const res = await fetch(`${url}/api/live/stream?agency=${agencySlug}`, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`the live stream on ${url} answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const data = buffer.slice(0, end).split("\n").find((l) => l.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (data) events.push(JSON.parse(data.slice(6)) as LiveEvent);
      }
    }
  })();
  return { events, close: () => controller.abort() };
}

/** The traced call; returns what it showed and its call sid. */
async function traceOneCall(cluster: Cluster): Promise<{ sid: string; notes: string[] }> {
  const [web1, web2] = [cluster.instanceUrl("web1"), cluster.instanceUrl("web2")];
  const slug = cluster.tenant.agencySlug;
  const cookie = await signIn(web1, OPERATORS[0]!, DEMO_PASSWORD); // the session works on every instance (shared secret)
  const stream = await openStream(web1, cookie, slug);
  try {
    await trpc(web2, cookie, "mutation", "desk.setPresence", { agencySlug: slug, state: "AVAILABLE" });
    const servedBefore = cluster.lb.backends.map((b) => b.served);
    cluster.lb.pin("web2");
    const { callSid } = cluster.emulator.placeCall({ to: cluster.tenant.number, from: "+13125550142", staySeconds: 600 });
    let offer: LiveEvent | undefined;
    await waitUntil("the offer on web1's stream", () => {
      offer = stream.events.find((e) => e.type === "offer.created");
      return Boolean(offer);
    }, 20_000, 100);
    cluster.lb.pin(null);
    const webhooksOn = cluster.lb.backends.map((b, i) => `${b.name} +${b.served - servedBefore[i]!}`).join(", ");
    const me = await trpc<{ offer: { id: string; callId: string; from: string } | null }>(web1, cookie, "query", "desk.me", { agencySlug: slug });
    if (!me.offer) throw new Error("web1's desk shows no offer although its stream did");
    await trpc(web1, cookie, "mutation", "desk.accept", { agencySlug: slug, offerId: me.offer.id });
    await waitUntil("the carrier connects the call (worker's outbox redirect)", () => cluster.emulator.call(callSid)?.transcript.some((t) => t.verb === "redirected by the Calls API") ?? false, 20_000, 200);
    await trpc(web2, cookie, "mutation", "desk.hangUp", { agencySlug: slug, callId: me.offer.callId });
    await trpc(web2, cookie, "mutation", "desk.submit", { agencySlug: slug, callId: me.offer.callId, outcome: OUTCOME, form: formFor(me.offer), notes: "traced across instances" });
    await trpc(web2, cookie, "mutation", "desk.setPresence", { agencySlug: slug, state: "OFFLINE" });
    return { sid: callSid, notes: [`traced call: webhooks pinned to web2 (${webhooksOn}), offer seen on web1's live stream, accepted on web1, submitted on web2`] };
  } finally {
    cluster.lb.pin(null);
    stream.close();
  }
}

export const scaleOut: Scenario = {
  name: "scale-out: 2 web + worker",
  async run(session: Session) {
    const { cluster } = session;
    const baseline = await stripeBaseline(cluster);
    const traced = await traceOneCall(cluster);
    const servedBefore = cluster.lb.backends.map((b) => b.served);
    const result = await trafficScenario(session, this.name, { perMinute: 30, seconds: 30, seed: 11, extraSids: [traced.sid], baseline }, async () => undefined);
    const spread = cluster.lb.backends.map((b, i) => `${b.name} ${b.served - servedBefore[i]!}`).join(", ");
    result.notes.push(...traced.notes, `requests through the balancer: ${spread}`);
    if (cluster.lb.backends.some((b, i) => b.served - servedBefore[i]! === 0)) result.problems.push(`an instance served nothing (${spread})`);
    return result;
  },
};
