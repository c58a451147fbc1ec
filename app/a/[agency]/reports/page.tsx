import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { periodInputSchema } from "@/server/metrics/periods.schema";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientsReport } from "./_components/clients-report";
import { OperatorsReport } from "./_components/operators-report";
import { REPORT_TABS, ReportNav, type ReportTab } from "./_components/report-nav";
import { StaffReport } from "./_components/staff-report";

export async function generateMetadata() {
  const t = await getTranslations("agencyReports");
  return { title: t("title") };
}

/**
 * The agency's reports (SUPERVISOR+): clients side by side, operators, staff; section and period (today …
 * last month, or a custom range: the portal's picker) in the URL. A period that does not parse (hand-edited)
 * falls back to this month, since the picker itself never sends a bad one.
 */
export default async function ReportsPage({ params, searchParams }: { params: Promise<{ agency: string }>; searchParams: Promise<{ tab?: string; period?: string; from?: string; to?: string }> }) {
  const { agency: agencySlug } = await params;
  const query = await searchParams;
  const tab: ReportTab = REPORT_TABS.includes(query.tab as ReportTab) ? (query.tab as ReportTab) : "clients";
  const parsed = periodInputSchema.safeParse({ period: query.period, from: query.from, to: query.to });
  const input = parsed.success ? parsed.data : { period: "thisMonth" as const, from: undefined, to: undefined };
  const period = input.period;
  const periodQuery = new URLSearchParams({ period, ...(period === "custom" && input.from && input.to ? { from: input.from, to: input.to } : {}) }).toString();
  const t = await getTranslations("agencyReports");
  const caller = await serverCaller();
  const base = `/a/${agencySlug}/reports`;
  const returnTo = `${base}?tab=${tab}&${periodQuery}`;

  let body: React.ReactNode;
  if (tab === "clients") {
    const overview = await orPage(caller.agencyReport.overview({ agencySlug, ...input }), returnTo);
    body = <ClientsReport base={base} periodQuery={periodQuery} clients={overview.clients} totals={overview.totals} previousTotals={overview.previousTotals} />;
  } else if (tab === "operators") {
    const report = await orPage(caller.agencyReport.operators({ agencySlug, ...input }), returnTo);
    body = <OperatorsReport operators={report.operators} outcomeLabels={report.outcomeLabels} />;
  } else {
    const staff = await orPage(caller.agencyReport.staff({ agencySlug }), returnTo);
    body = <StaffReport csvHref={`/api/agency/${agencySlug}/staff.csv`} operators={staff.operators} />;
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReportNav base={base} tab={tab} period={period} from={input.from} to={input.to} />
      {body}
    </>
  );
}
