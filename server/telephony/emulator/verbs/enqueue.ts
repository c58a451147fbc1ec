import { callParams } from "../call-params";
import { CallInterrupted } from "../call-state";
import type { QueueState } from "../queues";
import { methodAttr, numberAttr, resolveUrl, type TwimlDocument } from "../twiml-document";
import { ApplicationError, notify, requestTwiml } from "../webhook-client";
import { CONTINUE, type Next, type Outcome, type VerbRun } from "./types";

type HoldResult = "leave" | "hangup" | "error";

/**
 * <Enqueue>: the caller waits in a named queue, hearing the waitUrl's TwiML again and again, until the wait
 * document says <Leave/> (QueueResult=leave), the caller hangs up (hangup), the Calls API moves the call
 * (redirected), or the queue is full on arrival (queue-full). The action URL hears the result; its TwiML
 * continues the call, except after a hang-up or a redirect, where it is only told.
 */
export async function enqueue(run: VerbRun): Promise<Outcome> {
  const { ctx, call, node, doc } = run;
  const queue = ctx.queues.get(node.text.trim() || "default");
  const maxQueueSize = numberAttr(node, "maxQueueSize", 1000);
  const action = node.attrs.action ? resolveUrl(node.attrs.action, doc.url) : null;
  const method = methodAttr(node);
  const resultParams = (result: string, waited: number) => ({ QueueResult: result, QueueSid: queue.sid, QueueTime: String(waited) });
  const result = (queueResult: string, waited: number): Outcome =>
    action ? { kind: "next", next: { kind: "fetch", url: action, method, params: resultParams(queueResult, waited) } } : CONTINUE;

  if (queue.members.length >= maxQueueSize) {
    call.log("Enqueue", { text: "queue full", params: { queue: queue.name, size: queue.members.length, maxQueueSize } });
    return result("queue-full", 0);
  }
  const joinedAtMs = Date.now();
  queue.members.push(call.sid);
  call.queue = { name: queue.name, sid: queue.sid, joinedAtMs };
  call.log("Enqueue", { params: { queue: queue.name, position: queue.members.length, maxQueueSize } });
  const leaveQueue = () => {
    const waited = Math.round(call.secondsSince(joinedAtMs));
    ctx.queues.remove(queue, call.sid, waited);
    call.queue = null;
    return waited;
  };
  let outcome: HoldResult;
  try {
    outcome = await holdInQueue(run, queue, maxQueueSize, joinedAtMs);
  } catch (error) {
    const waited = leaveQueue();
    if (error instanceof CallInterrupted && action) {
      const redirected = error.interrupt.kind === "rest-redirect";
      call.log("left queue", { params: { result: redirected ? "redirected" : "hangup", waited } });
      const status = redirected ? call.status : "completed";
      await notify(ctx, call, "queue-result", action, method, { ...callParams(ctx, call), CallStatus: status, ...resultParams(redirected ? "redirected" : "hangup", waited) });
    }
    throw error;
  }
  const waited = leaveQueue();
  call.log("left queue", { params: { result: outcome, waited } });
  if (outcome === "hangup") {
    if (action) await notify(ctx, call, "queue-result", action, method, { ...callParams(ctx, call), CallStatus: "completed", ...resultParams("hangup", waited) });
    return { kind: "end", status: "completed" };
  }
  return result(outcome, waited);
}

async function holdInQueue(run: VerbRun, queue: QueueState, maxQueueSize: number, joinedAtMs: number): Promise<HoldResult> {
  const { ctx, call, node, doc } = run;
  const waitUrl = node.attrs.waitUrl ? resolveUrl(node.attrs.waitUrl, doc.url) : null;
  let next: Next | null = waitUrl ? { kind: "fetch", url: waitUrl, method: methodAttr(node, "waitUrlMethod"), params: {} } : null;
  const holdMusic: TwimlDocument = { url: doc.url, verbs: [{ name: "Play", attrs: {}, children: [], text: "(the carrier's hold music)" }] };
  for (;;) {
    const started = Date.now();
    let waitDoc = holdMusic;
    if (next?.kind === "fetch") {
      try {
        waitDoc = await requestTwiml(ctx, call, next.url, next.method, {
          ...callParams(ctx, call), ...next.params, QueuePosition: String(ctx.queues.position(queue, call.sid)), QueueSid: queue.sid,
          QueueTime: String(Math.round(call.secondsSince(joinedAtMs))), AvgQueueTime: String(ctx.queues.averageWait(queue)),
          CurrentQueueSize: String(queue.members.length), MaxQueueSize: String(maxQueueSize),
        });
      } catch (error) {
        if (!(error instanceof ApplicationError)) throw error;
        call.log("error", { text: `wait URL: ${error.message}`, params: { code: error.code, url: error.url } });
        return "error";
      }
    }
    const outcome = await run.execute(waitDoc, "wait");
    if (outcome.kind === "leave") return "leave";
    if (outcome.kind === "end") return "hangup";
    // A <Redirect> in the wait document names the next wait document; otherwise the waitUrl is asked again.
    next = outcome.kind === "next" ? outcome.next : waitUrl ? { kind: "fetch", url: waitUrl, method: methodAttr(node, "waitUrlMethod"), params: {} } : null;
    // A wait document that takes no time would spin: Twilio's music always takes some.
    if (call.secondsSince(started) < 1) await call.wait(1);
  }
}
