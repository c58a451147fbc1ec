import { getSessionUserId } from "@/server/auth";
import { db } from "@/server/db";
import { handleStaffCsv } from "@/server/reports/staff-http";

export const dynamic = "force-dynamic";

/** The staff report (operators, hire dates, tenure, twelve-month dates) as CSV; SUPERVISOR+ of this agency. */
export async function GET(_req: Request, { params }: { params: Promise<{ agency: string }> }) {
  return handleStaffCsv(db, await getSessionUserId(), (await params).agency);
}
