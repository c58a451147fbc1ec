import { getTranslations } from "next-intl/server";
import { DownloadIcon } from "@/app/_components/icons";
import { ClientDashboardView } from "@/app/_components/reports/client-dashboard";
import { buttonClass } from "@/app/_components/ui/button";
import { dashboardInputSchema } from "@/server/metrics/periods.schema";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export type PeriodParams = { period?: string; from?: string; to?: string; hotline?: string };

/**
 * The client's dashboard on its portal's first page. The period and the hotline come from the URL; a period
 * that does not parse (hand-edited) falls back to this month, since the picker itself never sends a bad one.
 */
export async function PortalDashboard({ clientSlug, params }: { clientSlug: string; params: PeriodParams }) {
  const t = await getTranslations("reports.dashboard");
  const parsed = dashboardInputSchema.safeParse({ period: params.period, from: params.from, to: params.to, hotlineId: params.hotline });
  const input = parsed.success ? parsed.data : { period: "thisMonth" as const, from: undefined, to: undefined, hotlineId: undefined };
  const data = await orPage((await serverCaller()).report.portal.dashboard({ clientSlug, ...input }), `/portal/${clientSlug}`);
  // The metrics CSV: the same period and hotline as the page (its URL's names).
  const { hotlineId, ...period } = input;
  const query = new URLSearchParams(Object.entries({ ...period, hotline: hotlineId }).filter((e): e is [string, string] => typeof e[1] === "string"));
  return (
    <ClientDashboardView
      data={data}
      period={input.period}
      from={"from" in input ? input.from : undefined}
      to={"to" in input ? input.to : undefined}
      actions={
        <a href={`/api/portal/${clientSlug}/metrics.csv?${query}`} download className={buttonClass({ variant: "secondary", size: "sm" })}>
          <DownloadIcon />
          {t("exportMetrics")}
        </a>
      }
    />
  );
}
