import { useFormatter, useTranslations } from "next-intl";
import { Card, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { RetryMeterEventButton } from "./retry-meter-event-button";

type Failed = { total: number; records: { id: string; clientName: string; component: string; occurredAt: Date; billableSeconds: number; meterError: string | null; meterAttempts: number }[] };

/**
 * Usage Stripe refused for good, with Stripe's own words: nothing is lost, it waits here until someone fixes
 * the cause (a customer deleted on Stripe, a meter archived…) and retries. Hidden when there is none.
 */
export function FailedMeterEvents({ agencySlug, failed, canManage }: { agencySlug: string; failed: Failed; canManage: boolean }) {
  const t = useTranslations("billing.failed");
  const format = useFormatter();
  if (failed.total === 0) return null;
  return (
    <Card className="ring-red-600/20">
      <CardHeader className="pb-4">
        <CardTitle>{t("title", { count: failed.total })}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("column.client")}</TableHead>
            <TableHead>{t("column.when")}</TableHead>
            <TableHead className="text-right">{t("column.seconds")}</TableHead>
            <TableHead>{t("column.error")}</TableHead>
            {canManage ? <TableHead className="text-right"><span className="sr-only">{t("retry")}</span></TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {failed.records.map((r) => (
            <TableRow key={r.id}>
              <TableCell className="font-medium text-zinc-900">{r.clientName}</TableCell>
              <TableCell className="whitespace-nowrap text-zinc-600">{format.dateTime(r.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</TableCell>
              <TableCell className="text-right tabular-nums">{r.billableSeconds}</TableCell>
              <TableCell className="max-w-md text-sm text-red-700">
                <span className="line-clamp-2">{r.meterError ?? "—"}</span>
                <span className="text-xs text-zinc-500">{t("attempts", { count: r.meterAttempts })}</span>
              </TableCell>
              {canManage ? (
                <TableCell className="text-right">
                  <RetryMeterEventButton agencySlug={agencySlug} usageRecordId={r.id} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
