import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArrowRightIcon } from "@/app/_components/icons";
import { Card } from "@/app/_components/ui/card";
import type { Totals } from "@/server/reports/overview-totals";

/** Today's calls across every client at a glance, with a way into the reports (SUPERVISOR+). */
export async function TodayFigures({ totals, reportsHref }: { totals: Totals; reportsHref: string }) {
  const t = await getTranslations("home.today");
  const format = await getFormatter();
  const pct = (n: number | null) => (n === null ? "—" : format.number(n, { style: "percent", maximumFractionDigits: 1 }));
  const figures = [
    { label: t("offered"), value: format.number(totals.offered) },
    { label: t("answered"), value: format.number(totals.answered) },
    { label: t("serviceLevel"), value: pct(totals.serviceLevel) },
    { label: t("abandoned"), value: pct(totals.abandonRate) },
  ];
  return (
    <section aria-labelledby="today-figures">
      <div className="mb-3 flex items-end justify-between gap-3">
        <h2 id="today-figures" className="text-base font-semibold text-zinc-900">{t("title")}</h2>
        <Link href={reportsHref} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
          {t("viewReports")}
          <ArrowRightIcon className="ml-1 inline size-3.5 align-[-2px]" />
        </Link>
      </div>
      <Card>
        <dl className="grid grid-cols-2 divide-zinc-100 sm:grid-cols-4 sm:divide-x">
          {figures.map((f) => (
            <div key={f.label} className="p-4 sm:p-5">
              <dt className="text-sm font-medium text-zinc-500">{f.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">{f.value}</dd>
            </div>
          ))}
        </dl>
        {totals.offered === 0 ? <p className="border-t border-zinc-100 px-4 py-3 text-sm text-zinc-500 sm:px-5">{t("noCalls")}</p> : null}
      </Card>
    </section>
  );
}
