import { getSessionUserId } from "@/server/auth";
import { handleInvoiceCallsCsv } from "@/server/billing/invoice-csv-http";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

/** The calls behind one invoice as CSV (SUPERVISOR+ of this agency; another tenant's invoice is a 404). */
export async function GET(_req: Request, { params }: { params: Promise<{ agency: string; client: string; invoice: string }> }) {
  return handleInvoiceCallsCsv(db, await getSessionUserId(), await params);
}
