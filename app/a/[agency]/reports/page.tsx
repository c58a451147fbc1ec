import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientsReport } from "./_components/clients-report";
import { OperatorsReport } from "./_components/operators-report";
import { REPORT_TABS, ReportNav, type ReportTab } from "./_components/report-nav";
import { StaffReport } from "./_components/staff-report";

export async function generateMetadata() {
  const t = await getTranslations("agencyReports");
  return { title: t("title") };
}

const PERIODS = ["today", "yesterday", "thisWeek", "lastWeek", "thisMonth", "lastMonth"] as const;
type Period = (typeof PERIODS)[number];

/** The agency's reports (SUPERVISOR+): clients side by side, operators, staff; section and period in the URL. */
export default async function ReportsPage({ params, searchParams }: { params: Promise<{ agency: string }>; searchParams: Promise<{ tab?: string; period?: string }> }) {
  const { agency: agencySlug } = await params;
  const query = await searchParams;
  const tab: ReportTab = REPORT_TABS.includes(query.tab as ReportTab) ? (query.tab as ReportTab) : "clients";
  const period: Period = PERIODS.includes(query.period as Period) ? (query.period as Period) : "thisMonth";
  const t = await getTranslations("agencyReports");
  const caller = await serverCaller();
  const base = `/a/${agencySlug}/reports`;
  const returnTo = `${base}?tab=${tab}&period=${period}`;

  let body: React.ReactNode;
  if (tab === "clients") {
    const overview = await orPage(caller.agencyReport.overview({ agencySlug, period }), returnTo);
    body = <ClientsReport base={base} period={period} clients={overview.clients} totals={overview.totals} previousTotals={overview.previousTotals} />;
  } else if (tab === "operators") {
    const report = await orPage(caller.agencyReport.operators({ agencySlug, period }), returnTo);
    body = <OperatorsReport operators={report.operators} />;
  } else {
    const staff = await orPage(caller.agencyReport.staff({ agencySlug }), returnTo);
    body = <StaffReport csvHref={`/api/agency/${agencySlug}/staff.csv`} operators={staff.operators} />;
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReportNav base={base} tab={tab} period={period} />
      {body}
    </>
  );
}
