import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/app/_components/reports/period-picker";
import { cn } from "@/app/_lib/cn";
import type { PeriodKey } from "@/server/metrics/periods";

export const REPORT_TABS = ["clients", "operators", "staff"] as const;
export type ReportTab = (typeof REPORT_TABS)[number];
/** The report sections as links and the period (the dashboards' picker, custom range included); the state
 *  lives in the URL: shareable, back button works. */
export async function ReportNav({ base, tab, period, from, to }: { base: string; tab: ReportTab; period: PeriodKey; from?: string; to?: string }) {
  const t = await getTranslations("agencyReports");
  const periodQuery = { period, ...(period === "custom" && from && to ? { from, to } : {}) };
  const href = (next: { tab: ReportTab }) => `${base}?${new URLSearchParams({ tab: next.tab, ...periodQuery })}`;
  return (
    <div className="mb-6 flex flex-col gap-3 border-b border-zinc-200 lg:flex-row lg:items-end lg:justify-between">
      <nav aria-label={t("tabs.label")} className="overflow-x-auto">
        <ul className="flex min-w-max gap-1">
          {REPORT_TABS.map((key) => (
            <li key={key}>
              <Link
                href={href({ tab: key })}
                aria-current={key === tab ? "page" : undefined}
                className={cn(
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
                  key === tab ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
                )}
              >
                {t(`tabs.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "staff" ? null : (
        <div className="pb-2">
          <PeriodPicker period={period} from={from} to={to} keep={{ tab }} />
        </div>
      )}
    </div>
  );
}
