import type { EmulatorContext } from "./context";
import { createMessage } from "./messages";
import { deleteRecording } from "./recordings";
import { fetchCall, listCalls, updateCall } from "./rest-calls";
import { createNumber, deleteNumber, fetchNumber, listNumbers, notFound, searchAvailable, updateNumber, type RestReply } from "./rest-numbers";
import { twilioError } from "./twilio-json";

/** Dispatches /2010-04-01/Accounts/{AccountSid}/… to the emulated resources. */
export function routeRest(ctx: EmulatorContext, method: string, url: URL, form: Record<string, string>): RestReply {
  const path = url.pathname;
  const m = /^\/2010-04-01\/Accounts\/([^/]+)(\/.*)?$/.exec(path);
  if (!m) return notFound(path);
  // Credentials of one account cannot reach another's resources.
  if (m[1] !== ctx.accountSid) return { status: 403, body: twilioError(403, 20003, "Authenticate: the credentials do not belong to this account") };
  const rest = m[2] ?? "";
  const q = url.searchParams;
  let r: RegExpExecArray | null;
  if ((r = /^\/AvailablePhoneNumbers\/([A-Z]{2})\/(Local|TollFree)\.json$/.exec(rest)) && method === "GET") return searchAvailable(ctx, r[1]!, r[2]!, q, path);
  if (rest === "/IncomingPhoneNumbers.json") {
    if (method === "GET") return listNumbers(ctx, q);
    if (method === "POST") return createNumber(ctx, form);
  }
  if ((r = /^\/IncomingPhoneNumbers\/(PN\w{32})\.json$/.exec(rest))) {
    if (method === "GET") return fetchNumber(ctx, r[1]!, path);
    if (method === "POST") return updateNumber(ctx, r[1]!, form, path);
    if (method === "DELETE") return deleteNumber(ctx, r[1]!, path);
  }
  if (rest === "/Calls.json") {
    if (method === "GET") return listCalls(ctx, q);
    if (method === "POST") return { status: 400, body: twilioError(400, 20001, "The emulator places inbound calls only: use POST /emulator/calls") };
  }
  if ((r = /^\/Calls\/(CA\w{32})\.json$/.exec(rest))) {
    if (method === "GET") return fetchCall(ctx, r[1]!, path);
    if (method === "POST") return updateCall(ctx, r[1]!, form, path);
  }
  if ((r = /^\/Recordings\/(RE\w{32})\.json$/.exec(rest)) && method === "DELETE") return deleteRecording(ctx, r[1]!, path);
  if (rest === "/Messages.json" && method === "POST") return createMessage(ctx, form);
  if (rest === "" || rest === ".json") return { status: 200, body: { sid: ctx.accountSid, friendly_name: "Switchboard carrier emulator", status: "active", type: "Full" } };
  return notFound(path);
}
