import type { Db } from "../db";
import { AppError } from "../lib/app-error";

/** The InvoiceRecord columns a page shows (the Stripe mirror kept by webhooks). */
const INVOICE = {
  id: true,
  number: true,
  status: true,
  currency: true,
  subtotalMinor: true,
  totalMinor: true,
  amountDueMinor: true,
  amountPaidMinor: true,
  periodStart: true,
  periodEnd: true,
  hostedInvoiceUrl: true,
  invoicePdf: true,
  lines: true,
  paymentFailedAt: true,
  paidAt: true,
  createdAt: true,
} as const;

export type InvoiceLine = { description?: string; amountMinor?: number | string; quantity?: number | null; component?: string | null };

/** A client's invoices, newest period first; drafts included (the agency sees them being built). */
export async function clientInvoices(db: Db, scope: { agencyId: string; clientId: string }, opts: { includeDrafts: boolean } = { includeDrafts: true }) {
  const rows = await db.invoiceRecord.findMany({
    where: { agencyId: scope.agencyId, clientId: scope.clientId, ...(opts.includeDrafts ? {} : { status: { not: "draft" } }) },
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
    take: 36,
    select: INVOICE,
  });
  return rows.map(shape);
}

/** One invoice of this client, looked up inside the tenant: another client's or agency's id is NOT_FOUND. */
export async function clientInvoice(db: Db, scope: { agencyId: string; clientId: string; invoiceId: string }) {
  const row = await db.invoiceRecord.findFirst({ where: { id: scope.invoiceId, agencyId: scope.agencyId, clientId: scope.clientId }, select: INVOICE });
  if (!row) throw new AppError("NOT_FOUND", "billing.invoiceNotFound");
  return shape(row);
}

// BigInt does not cross JSON to a CSV or a log cleanly; pages get exact integer strings.
function shape<T extends { subtotalMinor: bigint; totalMinor: bigint; amountDueMinor: bigint; amountPaidMinor: bigint; lines: unknown }>(r: T) {
  return {
    ...r,
    subtotalMinor: r.subtotalMinor.toString(),
    totalMinor: r.totalMinor.toString(),
    amountDueMinor: r.amountDueMinor.toString(),
    amountPaidMinor: r.amountPaidMinor.toString(),
    lines: (Array.isArray(r.lines) ? r.lines : []) as InvoiceLine[],
  };
}
