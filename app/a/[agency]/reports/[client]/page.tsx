import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeftIcon } from "@/app/_components/icons";
import { PageHeader } from "@/app/_components/page-header";
import { ClientDashboardView } from "@/app/_components/reports/client-dashboard";
import { dashboardInputSchema } from "@/server/metrics/periods.schema";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("agencyReports");
  return { title: t("title") };
}

/**
 * One client's dashboard seen from the agency: the same shared component its portal users see, read in
 * the client's time zone. Another agency's client is a 404.
 */
export default async function ClientReportPage({ params, searchParams }: { params: Promise<{ agency: string; client: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const query = await searchParams;
  const parsed = dashboardInputSchema.safeParse({ period: query.period, from: query.from, to: query.to, hotlineId: query.hotline });
  const input = parsed.success ? parsed.data : { period: "thisMonth" as const, from: undefined, to: undefined, hotlineId: undefined };
  const t = await getTranslations("agencyReports");
  const caller = await serverCaller();
  const { client, dashboard } = await orPage(caller.agencyReport.client({ agencySlug, clientSlug, ...input }), `/a/${agencySlug}/reports/${clientSlug}`);
  return (
    <>
      <Link href={`/a/${agencySlug}/reports?${new URLSearchParams({ tab: "clients", period: input.period, ...(input.period === "custom" && input.from && input.to ? { from: input.from, to: input.to } : {}) })}`} className="mb-3 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800">
        <ChevronLeftIcon />
        {t("drilldown.back")}
      </Link>
      <PageHeader title={t("drilldown.title", { client: client.name })} />
      <ClientDashboardView data={dashboard} period={input.period} from={input.from} to={input.to} />
    </>
  );
}
