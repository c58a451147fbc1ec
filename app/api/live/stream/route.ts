import { getSessionUserId } from "@/server/auth";
import { db } from "@/server/db";
import { liveHub } from "@/server/live/hub-instance";
import { liveStreamMember } from "@/server/live/stream-access";
import { resumeIdFrom, SSE_HEARTBEAT, sseEvent, sseRetry } from "@/server/live/sse";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 15_000;

/**
 * GET /api/live/stream?agency=<slug>: the agency's live events (and the caller's own) as Server-Sent
 * Events, for members only. Resumes after Last-Event-ID (or ?lastEventId=). One hub per instance feeds
 * every stream; a closed tab unsubscribes.
 */
export async function GET(req: Request) {
  const userId = await getSessionUserId();
  if (!userId) return Response.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const slug = url.searchParams.get("agency") ?? "";
  const member = await liveStreamMember(db, userId, slug);
  if (!member) return Response.json({ error: "agencyNotFound" }, { status: 404 });
  const afterId = resumeIdFrom(req.headers.get("last-event-id"), url.searchParams.get("lastEventId"));

  const hub = await liveHub();
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      write(sseRetry(3000));
      const unsubscribe = await hub.subscribe({ agencyId: member.agencyId, userId, afterId, send: (e) => write(sseEvent(e)) });
      const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      if (req.signal.aborted) cleanup();
      req.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
