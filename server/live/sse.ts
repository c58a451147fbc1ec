import type { LiveMessage } from "./hub";

/** Server-Sent Events framing: `id:` is the LiveEvent id, so the browser's Last-Event-ID resumes after it. */
export function sseEvent(event: LiveMessage): string {
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT = ": ping\n\n";

/** Tells the browser how long to wait before reconnecting. */
export const sseRetry = (ms: number) => `retry: ${ms}\n\n`;

/** The id to resume after: the Last-Event-ID header (EventSource's own reconnect) or ?lastEventId= (ours). */
export function resumeIdFrom(header: string | null, query: string | null): bigint | null {
  const raw = (header ?? query ?? "").trim();
  return /^\d{1,19}$/.test(raw) ? BigInt(raw) : null;
}
