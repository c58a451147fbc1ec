import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/app/_lib/cn";

export const REPORT_TABS = ["clients", "operators", "staff"] as const;
export type ReportTab = (typeof REPORT_TABS)[number];
const PERIODS = ["today", "yesterday", "thisWeek", "lastWeek", "thisMonth", "lastMonth"] as const;

/** The report sections and the period, as links (state lives in the URL: shareable, back button works). */
export async function ReportNav({ base, tab, period }: { base: string; tab: ReportTab; period: string }) {
  const t = await getTranslations("agencyReports");
  const href = (next: { tab?: ReportTab; period?: string }) => `${base}?tab=${next.tab ?? tab}&period=${next.period ?? period}`;
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
        <nav aria-label={t("periods.label")} className="-mx-1 overflow-x-auto pb-2">
          <ul className="flex min-w-max gap-1 px-1">
            {PERIODS.map((key) => (
              <li key={key}>
                <Link
                  href={href({ period: key })}
                  aria-current={key === period ? "true" : undefined}
                  className={cn(
                    "block rounded-md px-2.5 py-1.5 text-xs font-medium whitespace-nowrap ring-1 transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
                    key === period ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-600 ring-zinc-200 hover:bg-zinc-50",
                  )}
                >
                  {t(`periods.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
