import { getSessionUserId } from "@/server/auth";
import { db } from "@/server/db";
import { handlePortalCsv } from "@/server/reports/csv-http";
import { metricsCsvBody } from "@/server/reports/metrics-csv";

export const dynamic = "force-dynamic";

/** The client's figures per day for a period (same periods as the dashboard); only the client's own users. */
export async function GET(req: Request, { params }: { params: Promise<{ client: string }> }) {
  return handlePortalCsv(db, req, await getSessionUserId(), (await params).client, "metrics", metricsCsvBody);
}
