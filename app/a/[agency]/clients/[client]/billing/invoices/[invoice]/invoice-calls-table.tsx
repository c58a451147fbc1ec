import { useFormatter, useTranslations } from "next-intl";
import { Money } from "@/app/_components/billing/money";
import { Badge } from "@/app/_components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import type { InvoiceCallsPage } from "@/server/billing/invoice-calls";

/** The usage records of an invoice's period: when, who, which rate, seconds counted and billed, list amount. */
export function InvoiceCallsTable({ items, timeZone }: { items: InvoiceCallsPage["items"]; timeZone: string }) {
  const t = useTranslations("billing.invoice");
  const tc = useTranslations("billing.component");
  const format = useFormatter();
  if (items.length === 0) return <p className="px-6 pb-6 text-sm text-zinc-500">{t("noCalls")}</p>;
  const secs = (s: number) => `${format.number(s)} s`;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.when")}</TableHead>
          <TableHead>{t("column.caller")}</TableHead>
          <TableHead>{t("column.band")}</TableHead>
          <TableHead className="text-right">{t("column.raw")}</TableHead>
          <TableHead className="text-right">{t("column.billable")}</TableHead>
          <TableHead className="text-right">{t("column.amount")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((r) => (
          <TableRow key={r.id}>
            <TableCell className="whitespace-nowrap text-zinc-900">{format.dateTime(r.startedAt ?? r.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone })}</TableCell>
            <TableCell className="whitespace-nowrap text-zinc-600">
              <span className="font-mono text-xs">{r.caller ?? "—"}</span>
              {r.hotline ? <span className="block text-xs text-zinc-400">{r.hotline}</span> : null}
            </TableCell>
            <TableCell>
              {tc.has(r.component as never) ? tc(r.component as never) : r.component}
              {r.kind === "ADJUSTMENT" ? (
                <Badge tone="violet" className="ml-2">
                  {t("adjustment")}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums text-zinc-600">{secs(r.rawSeconds)}</TableCell>
            <TableCell className="text-right tabular-nums">{secs(r.billableSeconds)}</TableCell>
            <TableCell className="text-right">
              <Money minor={r.amountMinor} currency={r.currency} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
