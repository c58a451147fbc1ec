import { toE164 } from "../../lib/phone";
import { WebhookRefusal } from "./refusal";

const CALL_SID = /^CA[0-9a-fA-F]{32}$/;

/** A required parameter, else 400 naming it (the carrier's bug report should say what was missing). */
export function required(params: Record<string, string>, name: string): string {
  const value = params[name]?.trim();
  if (!value) throw new WebhookRefusal(400, `missing parameter ${name}`, {});
  return value;
}

export function callSid(params: Record<string, string>): string {
  const sid = required(params, "CallSid");
  if (!CALL_SID.test(sid)) throw new WebhookRefusal(400, "malformed parameter CallSid", {});
  return sid;
}

/** A whole number of seconds (or a sequence number); null when absent, 400 when malformed. */
export function optionalInt(params: Record<string, string>, name: string): number | null {
  const raw = params[name]?.trim();
  if (!raw) return null;
  if (!/^\d{1,9}$/.test(raw)) throw new WebhookRefusal(400, `malformed parameter ${name}`, {});
  return Number(raw);
}

/** A caller's number in E.164 when it is one ("anonymous" and other raw values are kept as sent). */
export function phoneParam(value: string | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  return toE164(raw) ?? raw;
}

/** The carrier's Timestamp (RFC 2822) when present and sane, else when we received the request. */
export function carrierTime(params: Record<string, string>, receivedAt: Date): Date {
  const raw = params.Timestamp;
  const parsed = raw ? new Date(raw) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : receivedAt;
}
