import { getSessionUserId } from "@/server/auth";
import { handleClientExport } from "@/server/data/client-export-http";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

/** One client's data as JSON for a data-subject request (ADMIN+ of this agency; another tenant's client is a 404). */
export async function GET(_req: Request, { params }: { params: Promise<{ agency: string; client: string }> }) {
  return handleClientExport(db, await getSessionUserId(), await params);
}
