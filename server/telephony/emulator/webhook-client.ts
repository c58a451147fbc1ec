import twilio from "twilio";
import type { EmulatedCall } from "./call-state";
import type { EmulatorContext } from "./context";
import { parseTwiml, type TwimlDocument } from "./twiml-document";
import { TwimlParseError } from "./twiml-parse";

/**
 * Requests to the app, signed exactly as Twilio signs them (X-Twilio-Signature = HMAC-SHA1 of the URL plus
 * the sorted POST parameters, via the twilio package's own getExpectedTwilioSignature).
 */
export class ApplicationError extends Error {
  constructor(readonly code: number, message: string, readonly url?: string) {
    super(message);
  }
}

/** Twilio's limits: 15 s for the whole answer. Real time, not scaled: the app is real. */
const WEBHOOK_TIMEOUT_MS = 15_000;
const MAX_TWIML_BYTES = 64_000;

export async function signedRequest(ctx: EmulatorContext, url: string, method: "GET" | "POST", params: Record<string, string>) {
  let target = url;
  let body: string | undefined;
  let signedParams: Record<string, string> = params;
  if (method === "GET") {
    const u = new URL(url);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    target = u.toString();
    signedParams = {};
  } else body = new URLSearchParams(params).toString();
  const headers: Record<string, string> = {
    "X-Twilio-Signature": twilio.getExpectedTwilioSignature(ctx.authToken, target, signedParams),
    "User-Agent": "TwilioProxy/1.1 (Switchboard carrier emulator)",
    "I-Twilio-Idempotency-Token": crypto.randomUUID(),
  };
  if (body !== undefined) headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
  return fetch(target, { method, headers, body, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
}

/** Fetches the next TwiML document; every failure is an ApplicationError with Twilio's error code. */
export async function requestTwiml(ctx: EmulatorContext, call: EmulatedCall, url: string, method: "GET" | "POST", params: Record<string, string>): Promise<TwimlDocument> {
  call.log("webhook", { params: { url, method, ...pick(params, ["Digits", "QueueResult", "DialCallStatus", "RecordingUrl", "QueuePosition", "ErrorCode"]) } });
  let response: Response;
  try {
    response = await signedRequest(ctx, url, method, params);
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new ApplicationError(timedOut ? 11205 : 11200, timedOut ? "HTTP request timed out" : `HTTP connection failure: ${(error as Error).message}`, url);
  }
  const text = (await response.text()).slice(0, MAX_TWIML_BYTES);
  if (!response.ok) throw new ApplicationError(11200, `HTTP retrieval failure: ${response.status} ${text.slice(0, 200)}`, url);
  const type = response.headers.get("content-type") ?? "";
  // Twilio reads a plain-text answer aloud instead of failing.
  if (type.startsWith("text/plain")) return { url, verbs: [{ name: "Say", attrs: {}, children: [], text }, { name: "Hangup", attrs: {}, children: [], text: "" }] };
  if (!text.trim()) throw new ApplicationError(12100, "Document parse failure: empty response", url);
  try {
    return parseTwiml(text, response.url || url);
  } catch (error) {
    if (error instanceof TwimlParseError) throw new ApplicationError(12100, `Document parse failure: ${error.message}`, url);
    throw error;
  }
}

/** A request whose answer does not matter (status and recording callbacks, actions after a hang-up). Never throws. */
export async function notify(ctx: EmulatorContext, call: EmulatedCall | null, kind: string, url: string, method: "GET" | "POST", params: Record<string, string>) {
  try {
    const response = await signedRequest(ctx, url, method, params);
    await response.arrayBuffer();
    call?.log(kind, { params: { url, status: response.status } });
    if (!response.ok) ctx.log(`${kind} ${url} answered ${response.status}`);
  } catch (error) {
    call?.log(kind, { params: { url, error: (error as Error).message } });
    ctx.log(`${kind} ${url} failed: ${(error as Error).message}`);
  }
}

function pick(params: Record<string, string>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => params[k] !== undefined).map((k) => [k, params[k]]));
}
