import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BriefcaseIcon } from "@/app/_components/icons";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import type { Metrics } from "@/server/metrics/metrics";
import { abandonRate, type Totals } from "@/server/reports/overview-totals";
import { ChangeNote } from "./change-note";
import { formatDuration } from "./duration";

type Row = { id: string; slug: string; name: string; current: Metrics; previous: Metrics };

/** Every client side by side over the period: calls, answered, service level, abandonment, minutes. */
export async function ClientsReport({ base, periodQuery, clients, totals, previousTotals }: { base: string; periodQuery: string; clients: Row[]; totals: Totals; previousTotals: Totals }) {
  const t = await getTranslations("agencyReports");
  const format = await getFormatter();
  const pct = (n: number | null) => (n === null ? "—" : format.number(n, { style: "percent", maximumFractionDigits: 1 }));
  const pts = (n: number) => format.number(n * 100, { maximumFractionDigits: 1 }) + " pp";
  const num = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  if (clients.length === 0) {
    return (
      <Card>
        <EmptyState icon={<BriefcaseIcon />} title={t("clients.empty")} description={t("clients.emptyDescription")} />
      </Card>
    );
  }
  const cells = (cur: Pick<Metrics, "offered" | "answered" | "abandoned" | "shortAbandoned" | "serviceLevel" | "talkMinutes">, prev: typeof cur, asa?: number | null) => (
    <>
      <TableCell className="text-right tabular-nums">{num(cur.offered)}<ChangeNote current={cur.offered} previous={prev.offered} better="up" format={pct} /></TableCell>
      <TableCell className="text-right tabular-nums">{num(cur.answered)}</TableCell>
      <TableCell className="text-right tabular-nums">{pct(cur.serviceLevel)}<ChangeNote current={cur.serviceLevel} previous={prev.serviceLevel} better="up" points format={pts} /></TableCell>
      <TableCell className="text-right tabular-nums">{pct(abandonRate(cur))}<ChangeNote current={abandonRate(cur)} previous={abandonRate(prev)} better="down" points format={pts} /></TableCell>
      <TableCell className="text-right tabular-nums">{num(cur.talkMinutes)}</TableCell>
      <TableCell className="hidden text-right tabular-nums md:table-cell">{asa === undefined ? "" : formatDuration((k, v) => t(`duration.${k}`, v), asa)}</TableCell>
    </>
  );
  return (
    <Card>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("clients.column.client")}</TableHead>
            <TableHead className="text-right">{t("clients.column.offered")}</TableHead>
            <TableHead className="text-right">{t("clients.column.answered")}</TableHead>
            <TableHead className="text-right">{t("clients.column.serviceLevel")}</TableHead>
            <TableHead className="text-right">{t("clients.column.abandonment")}</TableHead>
            <TableHead className="text-right">{t("clients.column.minutes")}</TableHead>
            <TableHead className="hidden text-right md:table-cell">{t("clients.column.asa")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {clients.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="font-medium text-zinc-900">
                <Link href={`${base}/${c.slug}?${periodQuery}`} aria-label={t("clients.open", { client: c.name })} className="hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600">
                  {c.name}
                </Link>
              </TableCell>
              {cells(c.current, c.previous, c.current.asaSeconds)}
            </TableRow>
          ))}
          <TableRow className="bg-zinc-50/60 font-semibold">
            <TableCell className="text-zinc-900">{t("clients.total")}</TableCell>
            {cells(totals, previousTotals, totals.asaSeconds)}
          </TableRow>
        </TableBody>
      </Table>
    </Card>
  );
}
