import { getFormatter, getTranslations } from "next-intl/server";
import { HeadsetIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import type { OperatorFigures } from "@/server/reports/operator-figures";
import { formatDuration } from "./duration";

type Row = OperatorFigures & { name: string; email: string };

/** Per operator over the period: answered calls, handle time, talk time, occupancy and outcomes (by the labels
 *  the clients' terms give them; a code no terms name any more shows as itself). */
export async function OperatorsReport({ operators, outcomeLabels }: { operators: Row[]; outcomeLabels: Record<string, string> }) {
  const t = await getTranslations("agencyReports");
  const format = await getFormatter();
  const duration = (s: number | null) => formatDuration((k, v) => t(`duration.${k}`, v), s);
  if (operators.length === 0) {
    return (
      <Card>
        <EmptyState icon={<HeadsetIcon />} title={t("operators.empty")} description={t("operators.emptyDescription")} />
      </Card>
    );
  }
  return (
    <Card>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("operators.column.operator")}</TableHead>
            <TableHead className="text-right">{t("operators.column.calls")}</TableHead>
            <TableHead className="text-right">{t("operators.column.aht")}</TableHead>
            <TableHead className="hidden text-right sm:table-cell">{t("operators.column.talk")}</TableHead>
            <TableHead className="text-right" title={t("operators.occupancyHint")}>{t("operators.column.occupancy")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("operators.column.outcomes")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {operators.map((o) => (
            <TableRow key={o.userId}>
              <TableCell>
                <span className="block font-medium text-zinc-900">{o.name || o.email}</span>
                <span className="hidden text-xs text-zinc-500 sm:block">{o.email}</span>
              </TableCell>
              <TableCell className="text-right tabular-nums">{format.number(o.calls)}</TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">{duration(o.ahtSeconds)}</TableCell>
              <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{duration(o.talkSeconds)}</TableCell>
              <TableCell className="text-right tabular-nums">{o.occupancy === null ? "—" : format.number(o.occupancy, { style: "percent", maximumFractionDigits: 0 })}</TableCell>
              <TableCell className="hidden lg:table-cell">
                <div className="flex flex-wrap gap-1">
                  {Object.entries(o.outcomes)
                    .sort((a, b) => b[1] - a[1])
                    .slice(0, 4)
                    .map(([code, n]) => (
                      <Badge key={code} tone="neutral" className="tabular-nums">
                        {outcomeLabels[code] ?? code} · {n}
                      </Badge>
                    ))}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
