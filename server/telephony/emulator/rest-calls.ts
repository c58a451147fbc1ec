import type { EmulatorContext } from "./context";
import { notFound, badRequest, type RestReply } from "./rest-numbers";
import { accountPath, callJson, listJson } from "./twilio-json";
import { parseTwiml } from "./twiml-document";

/** Calls of the 2010 API: fetch and list, and update — the way the app moves a live call or ends it. */
export function fetchCall(ctx: EmulatorContext, sid: string, path: string): RestReply {
  const call = ctx.calls.get(sid);
  return call ? { status: 200, body: callJson(ctx.accountSid, call) } : notFound(path);
}

export function listCalls(ctx: EmulatorContext, query: URLSearchParams): RestReply {
  const size = Math.min(1000, Math.max(1, Number(query.get("PageSize")) || 50));
  const [to, from, status] = [query.get("To"), query.get("From"), query.get("Status")];
  const items = [...ctx.calls.values()]
    .reverse()
    .filter((c) => (!to || c.request.to === to) && (!from || c.request.from === from) && (!status || c.status === status))
    .slice(0, size)
    .map((c) => callJson(ctx.accountSid, c));
  return { status: 200, body: listJson("calls", `${accountPath(ctx.accountSid)}/Calls.json`, items, size) };
}

export function updateCall(ctx: EmulatorContext, sid: string, form: Record<string, string>, path: string): RestReply {
  const call = ctx.calls.get(sid);
  if (!call) return notFound(path);
  if (call.ended) return badRequest(21220, "Call is not in-progress. Cannot redirect.");
  const status = form.Status?.toLowerCase();
  if (status) {
    if (status !== "completed" && status !== "canceled") return badRequest(21218, `Invalid Status ${form.Status}: use completed or canceled`);
    call.interrupt({ kind: "rest-complete" });
  } else if (form.Twiml !== undefined) {
    try {
      parseTwiml(form.Twiml, call.number.voiceUrl ?? "http://localhost/");
    } catch (error) {
      return badRequest(12100, `Twiml is not valid TwiML: ${(error as Error).message}`);
    }
    call.interrupt({ kind: "rest-redirect", twiml: form.Twiml });
  } else if (form.Url !== undefined) {
    if (!/^https?:\/\/[^\s]+$/.test(form.Url)) return badRequest(21205, `Url is not a valid URL: ${form.Url}`);
    call.interrupt({ kind: "rest-redirect", url: form.Url, method: form.Method?.toUpperCase() === "GET" ? "GET" : "POST" });
  } else return badRequest(20001, "Give Url, Twiml or Status");
  return { status: 200, body: callJson(ctx.accountSid, call) };
}
