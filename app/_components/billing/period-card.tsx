import { useFormatter, useTranslations } from "next-intl";
import { BillingStatusBadge } from "./billing-status-badge";
import { Money } from "./money";
import { UsageMeter } from "./usage-meter";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";

export type PeriodUsageView = {
  currency: string;
  period: { from: Date; to: Date };
  includedMinutes: number;
  usedMinutes: number;
  byComponent: { component: string; seconds: number; calls: number; amountMinor: string }[];
  feeMinor: string;
  usageAmountMinor: string;
  totalMinor: string;
  carrierCostMinor?: string | null;
  marginMinor?: string | null;
  percentOfIncluded: number | null;
};

/**
 * The period so far: minutes against the included ones, minutes and list amount per rate band, the fee, the
 * usage beyond the included minutes and the total; for the agency also the carrier cost and the margin.
 */
export function PeriodCard({ usage, status, timeZone, showMargin }: { usage: PeriodUsageView; status?: string; timeZone: string; showMargin: boolean }) {
  const t = useTranslations("billing.period");
  const tc = useTranslations("billing.component");
  const format = useFormatter();
  const c = usage.currency;
  // Calls are counted only under per-call pricing (billableCalls); per-minute bands show minutes.
  const showCalls = usage.byComponent.some((b) => b.calls !== 0);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone });
  const minutes = (s: number) => format.number(s / 60, { maximumFractionDigits: 1 });
  const row = (label: React.ReactNode, value: React.ReactNode, strong = false) => (
    <div className={strong ? "flex justify-between border-t border-zinc-200 pt-2 font-semibold text-zinc-900" : "flex justify-between text-zinc-600"}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle>{t("title")}</CardTitle>
          {status ? <BillingStatusBadge status={status} /> : null}
        </div>
        <p className="text-sm text-zinc-500">{t("range", { from: day(usage.period.from), to: day(new Date(usage.period.to.getTime() - 1000)) })}</p>
      </CardHeader>
      <CardContent className="space-y-5">
        <UsageMeter usedMinutes={usage.usedMinutes} includedMinutes={usage.includedMinutes} percent={usage.percentOfIncluded} />
        {usage.byComponent.length ? (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-xs font-medium tracking-wide text-zinc-500 uppercase">
                <th className="pb-1 font-medium">{t("band")}</th>
                {showCalls ? <th className="pb-1 text-right font-medium">{t("calls")}</th> : null}
                <th className="pb-1 text-right font-medium">{t("minutes")}</th>
                <th className="pb-1 text-right font-medium">{t("listAmount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {usage.byComponent.map((b) => (
                <tr key={b.component}>
                  <td className="py-1.5 text-zinc-900">{tc.has(b.component as never) ? tc(b.component as never) : b.component}</td>
                  {showCalls ? <td className="py-1.5 text-right tabular-nums">{format.number(b.calls)}</td> : null}
                  <td className="py-1.5 text-right tabular-nums">{minutes(b.seconds)}</td>
                  <td className="py-1.5 text-right">
                    <Money minor={b.amountMinor} currency={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-zinc-500">{t("noCalls")}</p>
        )}
        <dl className="space-y-1.5 text-sm">
          {row(t("fee"), <Money minor={usage.feeMinor} currency={c} />)}
          {row(t("usage"), <Money minor={usage.usageAmountMinor} currency={c} />)}
          {row(t("total"), <Money minor={usage.totalMinor} currency={c} />, true)}
        </dl>
        {showMargin ? (
          <dl className="space-y-1.5 rounded-lg bg-zinc-50 p-3 text-sm">
            {row(t("carrierCost"), usage.carrierCostMinor == null ? <span className="text-zinc-400">{t("unknown")}</span> : <Money minor={usage.carrierCostMinor} currency={c} />)}
            {row(t("margin"), usage.marginMinor == null ? <span className="text-zinc-400">{t("unknown")}</span> : <Money minor={usage.marginMinor} currency={c} />, true)}
            <p className="pt-1 text-xs text-zinc-500">{t("marginHint")}</p>
          </dl>
        ) : null}
      </CardContent>
    </Card>
  );
}
