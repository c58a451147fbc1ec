import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReportsIcon } from "@/app/_components/icons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/app/_lib/cn";
import type { PeriodKey } from "@/server/metrics/periods";
import type { ClientDashboard } from "@/server/reports/dashboard";
import { CallsPerDayChart, OutcomesChart, ServiceLevelChart } from "./day-charts";
import { HeatmapGrid } from "./heatmap-grid";
import { HotlinePicker } from "./hotline-picker";
import { KpiCards } from "./kpi-cards";
import { PeriodPicker } from "./period-picker";

function ChartCard({ title, hint, children, className }: { title: string; hint: string; children: ReactNode; className?: string }) {
  return (
    <Card className={cn("min-w-0", className)}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{hint}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/**
 * A client's dashboard for a period: picker, KPI cards against the previous period, calls per day, service
 * level against the target, the heatmap and the outcomes. Shared by the client portal and the agency's
 * drill-down (each loads `data` through its own procedure and passes its own actions, e.g. the CSV link).
 */
export async function ClientDashboardView({ data, period, from, to, actions }: { data: ClientDashboard; period: PeriodKey; from?: string; to?: string; actions?: ReactNode }) {
  const t = await getTranslations("reports");
  const format = await getFormatter();
  const zone = data.timeZone.replaceAll("_", " ");
  // `to` is exclusive (the next local midnight): the last day shown is the one before it.
  const lastDay = new Date(data.range.to.getTime() - 1);
  const range = format.dateTimeRange(data.range.from, lastDay, { dateStyle: "medium", timeZone: data.timeZone });
  const previous = format.dateTimeRange(data.previousRange.from, new Date(data.previousRange.to.getTime() - 1), { dateStyle: "medium", timeZone: data.timeZone });
  const periodParams = { period, ...(period === "custom" && from && to ? { from, to } : {}) };
  const empty = data.current.offered === 0 && data.current.afterHours === 0 && data.current.voicemail === 0;
  return (
    <section className="space-y-4 sm:space-y-6">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="max-w-full min-w-0">
            <PeriodPicker period={period} from={from} to={to} keep={data.hotlineId ? { hotline: data.hotlineId } : {}} />
          </div>
          {data.hotlines.length > 1 ? <HotlinePicker hotlines={data.hotlines} value={data.hotlineId} keep={periodParams} /> : null}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-500">
          <div>
            <p className="font-medium text-zinc-700">{range}</p>
            <p className="text-xs">{t("dashboard.compared", { range: previous })} · {t("period.zone", { zone })}</p>
          </div>
          {actions}
        </div>
      </div>
      <KpiCards data={data} />
      {empty ? (
        <Card>
          <EmptyState icon={<ReportsIcon className="size-5" />} title={t("dashboard.emptyTitle")} description={t("dashboard.emptyHint")} />
        </Card>
      ) : (
        <div className="grid grid-cols-1 gap-4 sm:gap-6 lg:grid-cols-2">
          <ChartCard title={t("dashboard.charts.perDay")} hint={t("dashboard.charts.perDayHint")}>
            <CallsPerDayChart days={data.days} />
          </ChartCard>
          <ChartCard title={t("dashboard.charts.serviceLevel")} hint={t("dashboard.charts.serviceLevelHint")}>
            <ServiceLevelChart days={data.days} targetPercent={data.sla?.percent ?? null} />
          </ChartCard>
          <ChartCard className="lg:col-span-2" title={t("dashboard.charts.heatmap")} hint={t("dashboard.charts.heatmapHint", { zone })}>
            <HeatmapGrid grid={data.heatmap} />
          </ChartCard>
          <ChartCard className="lg:col-span-2" title={t("dashboard.charts.outcomes")} hint={t("dashboard.charts.outcomesHint")}>
            {data.outcomes.length ? <OutcomesChart outcomes={data.outcomes} /> : <p className="py-8 text-center text-sm text-zinc-500">{t("dashboard.charts.noOutcomes")}</p>}
          </ChartCard>
        </div>
      )}
    </section>
  );
}
