import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadIcon, UsersIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, CardContent } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import type { StaffRow } from "@/server/reports/staff";

/** Operators' hire dates, tenure and the day each reaches twelve months; CSV export for payroll. */
export async function StaffReport({ csvHref, operators }: { csvHref: string; operators: StaffRow[] }) {
  const t = await getTranslations("agencyReports.staff");
  const format = await getFormatter();
  // Calendar dates, not instants: formatted at UTC so no zone shifts them a day.
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 border-b border-zinc-100 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-zinc-500">{t("description")}</p>
        <a href={csvHref} download className={buttonClass({ variant: "secondary", size: "sm", className: "shrink-0 self-start sm:self-auto" })}>
          <DownloadIcon className="size-4" />
          {t("export")}
        </a>
      </CardContent>
      {operators.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title={t("empty")} description={t("emptyDescription")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("columns.name")}</TableHead>
              <TableHead>{t("columns.hireDate")}</TableHead>
              <TableHead className="text-right">{t("columns.tenureMonths")}</TableHead>
              <TableHead>{t("columns.twelveMonthsOn")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {operators.map((o) => (
              <TableRow key={o.userId}>
                <TableCell>
                  <span className="block font-medium text-zinc-900">{o.name || o.email}</span>
                  <span className="hidden text-xs text-zinc-500 sm:block">{o.email}</span>
                </TableCell>
                <TableCell className="whitespace-nowrap">{o.hireDate ? date(o.hireDate) : <span className="text-zinc-400">{t("unknown")}</span>}</TableCell>
                <TableCell className="text-right tabular-nums">{o.tenureMonths === null ? "—" : t("months", { count: o.tenureMonths })}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {o.twelveMonthsOn ? (
                    <span className="flex flex-wrap items-center gap-2">
                      {date(o.twelveMonthsOn)}
                      <Badge tone={o.reached ? "green" : "amber"}>{o.reached ? t("reached") : t("upcoming")}</Badge>
                    </span>
                  ) : (
                    "—"
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
