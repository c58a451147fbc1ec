import { runCall } from "./call-runner";
import { EmulatedCall, type EmulatedCallRequest } from "./call-state";
import type { EmulatorContext } from "./context";

/** Calls kept for GET /emulator/calls after they end; the oldest ended ones go first. */
const KEEP_CALLS = 2000;

export class UnknownNumberError extends Error {}

/** Places an inbound call to one of the account's numbers; the call runs on its own. */
export function placeCall(ctx: EmulatorContext, request: EmulatedCallRequest): EmulatedCall {
  const number = ctx.numbers.findByE164(request.to);
  if (!number) throw new UnknownNumberError(`${request.to} is not a number of this account`);
  const call = new EmulatedCall(request, { ...number }, ctx.timeScale);
  ctx.calls.set(call.sid, call);
  if (ctx.calls.size > KEEP_CALLS) {
    for (const [sid, old] of ctx.calls) {
      if (ctx.calls.size <= KEEP_CALLS) break;
      if (old.finished) ctx.calls.delete(sid);
    }
  }
  void runCall(ctx, call).catch((error) => ctx.log(`call ${call.sid} crashed: ${(error as Error)?.stack ?? error}`));
  return call;
}

/** What the control API shows of a call. */
export function callView(call: EmulatedCall) {
  return {
    sid: call.sid, from: call.request.from, to: call.request.to, status: call.status, ended: call.finished,
    startedAt: call.createdAt.toISOString(), endedAt: call.endedAtMs ? new Date(call.endedAtMs).toISOString() : null,
    durationSeconds: call.durationSeconds(), queue: call.queue ? { name: call.queue.name, sid: call.queue.sid } : null,
    request: call.request, transcript: call.transcript,
  };
}
