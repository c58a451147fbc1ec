import { getSessionUserId } from "@/server/auth";
import { db } from "@/server/db";
import { callsCsvBody, handlePortalCsv } from "@/server/reports/csv-http";

export const dynamic = "force-dynamic";

/** The client's call log as CSV (same filters as the page); only the client's own users. */
export async function GET(req: Request, { params }: { params: Promise<{ client: string }> }) {
  return handlePortalCsv(db, req, await getSessionUserId(), (await params).client, "calls", callsCsvBody);
}
