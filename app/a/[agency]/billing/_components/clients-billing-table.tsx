import Link from "next/link";
import { useTranslations } from "next-intl";
import { BriefcaseIcon } from "@/app/_components/icons";
import { BillingStatusBadge } from "@/app/_components/billing/billing-status-badge";
import { Money } from "@/app/_components/billing/money";
import { UsageMeter } from "@/app/_components/billing/usage-meter";
import { Card, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";

type Row = {
  slug: string;
  name: string;
  billingStatus: string;
  currency: string;
  hasPlan: boolean;
  monthlyFeeMinor: string | null;
  includedMinutes: number;
  usedMinutes: number;
  percentOfIncluded: number | null;
  totalMinor: string;
};

/** Every client's billing this period: plan, minutes against the included ones, amount so far, status. */
export function ClientsBillingTable({ agencySlug, clients }: { agencySlug: string; clients: Row[] }) {
  const t = useTranslations("billing.clients");
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      {clients.length === 0 ? (
        <EmptyState icon={<BriefcaseIcon />} title={t("empty")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("column.client")}</TableHead>
              <TableHead>{t("column.plan")}</TableHead>
              <TableHead>{t("column.minutes")}</TableHead>
              <TableHead className="text-right">{t("column.amount")}</TableHead>
              <TableHead>{t("column.status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {clients.map((c) => (
              <TableRow key={c.slug}>
                <TableCell className="font-medium text-zinc-900">
                  <Link href={`/a/${agencySlug}/clients/${c.slug}/billing`} className="hover:text-indigo-600" aria-label={t("open", { client: c.name })}>
                    {c.name}
                  </Link>
                </TableCell>
                <TableCell className="text-zinc-600">
                  {!c.hasPlan ? (
                    <span className="text-zinc-400">{t("noPlan")}</span>
                  ) : c.monthlyFeeMinor && c.monthlyFeeMinor !== "0" ? (
                    t.rich("perMonth", { amount: () => <Money minor={c.monthlyFeeMinor!} currency={c.currency} /> })
                  ) : (
                    t("usageOnly")
                  )}
                </TableCell>
                <TableCell>{c.hasPlan ? <UsageMeter compact usedMinutes={c.usedMinutes} includedMinutes={c.includedMinutes} percent={c.percentOfIncluded} /> : <span className="text-zinc-400">—</span>}</TableCell>
                <TableCell className="text-right font-medium text-zinc-900">{c.hasPlan ? <Money minor={c.totalMinor} currency={c.currency} /> : <span className="text-zinc-400">—</span>}</TableCell>
                <TableCell>
                  <BillingStatusBadge status={c.billingStatus} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
