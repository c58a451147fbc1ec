import { z } from "zod";
import type { EmulatorContext } from "./context";
import { callView, placeCall, UnknownNumberError } from "./place-call";
import { startTraffic, stopTraffic, trafficView, type TrafficRun } from "./traffic";
import { twilioError } from "./twilio-json";
import { notify } from "./webhook-client";

/**
 * The emulator's own JSON API for people and tests (not Twilio's): place a call, watch it, hang it up,
 * deliver its status callback again, and generate traffic. Errors use Twilio's error shape too.
 */
export type ControlReply = { status: number; body?: unknown };

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +74955550101");
const seconds = z.number().min(0).max(14_400);
export const callRequestSchema = z.object({
  to: e164,
  from: z.string().min(1).max(32),
  language: z.string().max(10).optional(),
  digits: z.string().regex(/^[0-9*#]*$/, "digits are 0-9, * and #").max(40).optional(),
  staySeconds: seconds.optional(),
  voicemailSeconds: seconds.optional(),
  callerName: z.string().max(64).optional(),
  forwardedFrom: e164.optional(),
  dialStatus: z.enum(["completed", "busy", "no-answer", "failed"]).optional(),
  dialSeconds: seconds.optional(),
});

const invalid = (error: z.ZodError): ControlReply => ({
  status: 400,
  body: twilioError(400, 20001, error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")),
});
const missing = (what: string): ControlReply => ({ status: 404, body: twilioError(404, 20404, `${what} was not found`) });

export async function handleControl(ctx: EmulatorContext, traffic: Map<string, TrafficRun>, method: string, path: string, body: unknown): Promise<ControlReply> {
  const parts = path.split("/").filter(Boolean).slice(1); // drop "emulator"
  const [resource, id, action] = parts;
  if (resource === "health" && method === "GET") return { status: 200, body: { ok: true, accountSid: ctx.accountSid, timeScale: ctx.timeScale } };
  if (resource === "numbers" && method === "GET" && !id) {
    return { status: 200, body: { numbers: ctx.numbers.list().map((n) => ({ sid: n.sid, e164: n.e164, friendlyName: n.friendlyName, voiceUrl: n.voiceUrl, statusCallback: n.statusCallback })) } };
  }
  if (resource === "queues" && method === "GET" && !id) {
    return { status: 200, body: { queues: ctx.queues.list().map((q) => ({ name: q.name, sid: q.sid, size: q.members.length, callSids: q.members, averageWaitSeconds: ctx.queues.averageWait(q) })) } };
  }
  if (resource === "calls") {
    if (!id && method === "POST") {
      const parsed = callRequestSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      try {
        return { status: 201, body: { callSid: placeCall(ctx, parsed.data).sid } };
      } catch (error) {
        if (error instanceof UnknownNumberError) return { status: 404, body: twilioError(404, 21211, error.message) };
        throw error;
      }
    }
    if (!id && method === "GET") return { status: 200, body: { calls: [...ctx.calls.values()].reverse().slice(0, 200).map((c) => ({ ...callView(c), transcript: undefined })) } };
    const call = id ? ctx.calls.get(id) : undefined;
    if (!call) return missing(`call ${id}`);
    if (!action && method === "GET") return { status: 200, body: callView(call) };
    if (action === "hangup" && method === "POST") {
      if (call.interrupt({ kind: "caller-hangup" })) return { status: 200, body: { ok: true } };
      return { status: 409, body: twilioError(409, 20409, "the call has already ended") };
    }
    if (action === "status-callback" && method === "POST") {
      if (!call.lastStatusCallback || !call.number.statusCallback) return { status: 409, body: twilioError(409, 20409, "the call has no status callback to deliver yet") };
      await notify(ctx, call, "status-callback (again)", call.number.statusCallback, call.number.statusCallbackMethod, call.lastStatusCallback);
      return { status: 200, body: { delivered: true } };
    }
  }
  if (resource === "traffic") {
    if (!id && method === "POST") {
      try {
        return { status: 201, body: { id: startTraffic(ctx, traffic, body as never).id } };
      } catch (error) {
        if (error instanceof z.ZodError) return invalid(error);
        throw error;
      }
    }
    if (!id && method === "GET") return { status: 200, body: { runs: [...traffic.values()].map((r) => ({ ...trafficView(ctx, r), callSids: undefined })) } };
    const run = id ? traffic.get(id) : undefined;
    if (!run) return missing(`traffic run ${id}`);
    if (method === "GET") return { status: 200, body: trafficView(ctx, run) };
    if (method === "DELETE" || (method === "POST" && action === "stop")) {
      stopTraffic(run);
      return { status: 200, body: trafficView(ctx, run) };
    }
  }
  return { status: 404, body: twilioError(404, 20404, `no emulator route ${method} ${path}`) };
}
