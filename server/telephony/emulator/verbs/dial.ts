import { callParams } from "../call-params";
import { CallInterrupted } from "../call-state";
import { newSid } from "../sids";
import { methodAttr, numberAttr, resolveUrl } from "../twiml-document";
import { notify } from "../webhook-client";
import { CONTINUE, type Outcome, type VerbRun } from "./types";

/** Nouns the emulator can ring: a phone number, or an operator's browser (<Client>, the desk of issue 6). */
const RINGABLE = ["Number", "Client"];

/**
 * <Dial>: the forward target answers after a few rings and talks for dialSeconds (the call's script may make
 * it busy, not answer, or fail instead); then the action hears DialCallStatus and DialCallDuration.
 * A <Client> (the operator's browser) answers at once and talks until the caller's stay ends or the Calls
 * API ends the call (the operator hung up); the action then hears completed with the talk duration.
 */
export async function dial(run: VerbRun): Promise<Outcome> {
  const { ctx, call, node, doc } = run;
  const targets = node.children.length ? node.children.map((n) => ({ noun: n.name, to: n.text.trim() })) : [{ noun: "Number", to: node.text.trim() }];
  const timeout = numberAttr(node, "timeout", 30);
  const timeLimit = numberAttr(node, "timeLimit", 14_400);
  const action = node.attrs.action ? resolveUrl(node.attrs.action, doc.url) : null;
  const method = methodAttr(node);
  const ringable = targets.some((t) => RINGABLE.includes(t.noun) && t.to);
  const browser = targets.some((t) => t.noun === "Client" && t.to);
  const status = browser ? "completed" : ringable ? (call.request.dialStatus ?? "completed") : "failed";
  call.log("Dial", { params: { to: targets.map((t) => (t.noun === "Number" ? t.to : `${t.noun}:${t.to}`)).join(", "), callerId: node.attrs.callerId, timeout } });
  if (!ringable) call.log("note", { text: "only <Number> and <Client> targets are emulated: the dial fails" });
  const dialSid = newSid("CA");
  let answeredAtMs: number | null = null;
  const report = (dialStatus: string) => ({
    DialCallStatus: dialStatus, DialCallSid: dialSid, DialBridged: String(answeredAtMs !== null),
    ...(answeredAtMs !== null ? { DialCallDuration: String(Math.round(call.secondsSince(answeredAtMs))) } : {}),
  });
  try {
    if (status === "completed") {
      if (!browser) await call.wait(Math.min(3, timeout));
      answeredAtMs = Date.now();
      call.log("Dial answered");
      await call.wait(browser ? timeLimit : Math.min(call.request.dialSeconds ?? 30, timeLimit));
    } else await call.wait(status === "no-answer" ? timeout : status === "busy" ? 2 : 0);
  } catch (error) {
    if (error instanceof CallInterrupted && action && error.interrupt.kind !== "rest-redirect") {
      await notify(ctx, call, "dial-result", action, method, { ...callParams(ctx, call), CallStatus: "completed", ...report(answeredAtMs ? "completed" : "canceled") });
    }
    throw error;
  }
  const params = report(status);
  call.log("Dial ended", { params });
  return action ? { kind: "next", next: { kind: "fetch", url: action, method, params } } : CONTINUE;
}
