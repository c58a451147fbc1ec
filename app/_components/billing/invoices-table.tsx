import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ExternalLinkIcon, FileTextIcon } from "@/app/_components/icons";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { InvoiceStatusBadge } from "./billing-status-badge";
import { Money } from "./money";

export type InvoiceRow = {
  id: string;
  number: string | null;
  status: string;
  currency: string;
  totalMinor: string;
  periodStart: Date;
  periodEnd: Date;
  hostedInvoiceUrl: string | null;
  invoicePdf: string | null;
  paymentFailedAt: Date | null;
};

/**
 * A client's invoices: period, number, status, total and Stripe's hosted page and PDF. `callsHref` (agency
 * side) adds the drill-down to the calls behind each invoice.
 */
export function InvoicesTable({ invoices, timeZone, callsHref }: { invoices: InvoiceRow[]; timeZone?: string; callsHref?: (id: string) => string }) {
  const t = useTranslations("billing.invoices");
  const format = useFormatter();
  if (invoices.length === 0) return <EmptyState icon={<FileTextIcon />} title={t("empty")} description={t("emptyDescription")} />;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.period")}</TableHead>
          <TableHead>{t("column.number")}</TableHead>
          <TableHead>{t("column.status")}</TableHead>
          <TableHead className="text-right">{t("column.total")}</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">{t("column.links")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((inv) => (
          <TableRow key={inv.id}>
            <TableCell className="whitespace-nowrap text-zinc-900">
              {/* Stripe's period end is exclusive: the last day billed is the day before. */}
              {day(inv.periodStart)} – {day(new Date(inv.periodEnd.getTime() - 1000))}
            </TableCell>
            <TableCell className="font-mono text-xs text-zinc-600">{inv.number ?? "—"}</TableCell>
            <TableCell>
              <InvoiceStatusBadge status={inv.status} paymentFailed={Boolean(inv.paymentFailedAt)} />
            </TableCell>
            <TableCell className="text-right font-medium text-zinc-900">
              <Money minor={inv.totalMinor} currency={inv.currency} />
            </TableCell>
            <TableCell className="text-right">
              <div className="flex items-center justify-end gap-3 text-sm whitespace-nowrap">
                {callsHref ? (
                  <Link href={callsHref(inv.id)} className="font-medium text-indigo-600 hover:text-indigo-500">
                    {t("calls")}
                  </Link>
                ) : null}
                {inv.hostedInvoiceUrl ? (
                  <a href={inv.hostedInvoiceUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-zinc-600 hover:text-zinc-900">
                    {t("hosted")}
                    <ExternalLinkIcon className="size-3.5" />
                  </a>
                ) : null}
                {inv.invoicePdf ? (
                  <a href={inv.invoicePdf} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-zinc-600 hover:text-zinc-900">
                    {t("pdf")}
                    <ExternalLinkIcon className="size-3.5" />
                  </a>
                ) : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
