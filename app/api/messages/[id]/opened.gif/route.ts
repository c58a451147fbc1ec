import { db } from "@/server/db";
import { markOpened } from "@/server/messages/ack";
import { logger } from "@/server/logger";

export const dynamic = "force-dynamic";

// A transparent 1×1 GIF: the same answer whatever the token, so the pixel tells a prober nothing.
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** The open-tracking pixel of a call summary e-mail: marks the message OPENED once. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = new URL(req.url).searchParams.get("t") ?? "";
  try {
    if (id.length <= 64 && token) await markOpened(db, id, token);
  } catch (error) {
    logger.warn({ err: error, messageId: id }, "open pixel failed");
  }
  return new Response(new Uint8Array(GIF), { headers: { "content-type": "image/gif", "cache-control": "no-store, max-age=0" } });
}
