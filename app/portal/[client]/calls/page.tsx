import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeftIcon, ChevronRightIcon, DownloadIcon, PhoneIncomingIcon } from "@/app/_components/icons";
import { PageHeader } from "@/app/_components/page-header";
import { buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { portalCallsSchema } from "@/server/reports/portal-calls.schema";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { PortalCallFilters, type FilterValues } from "./_components/portal-call-filters";
import { PortalCallsTable } from "./_components/portal-calls-table";

export async function generateMetadata() {
  const t = await getTranslations("reports.calls");
  return { title: t("title") };
}

type Props = { params: Promise<{ client: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const KEYS = ["from", "to", "result", "outcome", "caller"] as const;

/** The client's call log: filters in the URL (shareable, back button works), a page of 25, CSV of the same filters. */
export default async function PortalCallsPage({ params, searchParams }: Props) {
  const { client: clientSlug } = await params;
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).trim() : "");
  const values = Object.fromEntries(KEYS.map((k) => [k, one(k)])) as FilterValues;
  const page = Math.max(1, Math.min(10_000, Number(one("page")) || 1));
  const parsed = portalCallsSchema.safeParse({ ...Object.fromEntries(KEYS.map((k) => [k, values[k] || undefined])), page });
  const errors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
  const caller = await serverCaller();
  const base = `/portal/${clientSlug}/calls`;
  // Bad filters: show them with their errors and query nothing rather than silently widening the list.
  const data = await orPage(caller.report.portal.calls(parsed.success ? { clientSlug, ...parsed.data } : { clientSlug, page: 1, pageSize: 1 }), base);
  const t = await getTranslations("reports.calls");
  const filtered = KEYS.some((k) => values[k]);
  const query = new URLSearchParams(KEYS.filter((k) => values[k]).map((k) => [k, values[k]]));
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const link = (p: number) => `${base}?${new URLSearchParams([...query, ["page", String(p)]])}`;
  const rows = parsed.success ? data.items : [];

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { zone: data.timeZone.replaceAll("_", " ") })}
        actions={
          <a href={`/api/portal/${clientSlug}/calls.csv${query.size ? `?${query}` : ""}`} className={buttonClass({ variant: "secondary" })} download>
            <DownloadIcon />
            {t("export")}
          </a>
        }
      />
      <Card className="mb-4 p-4 sm:p-5">
        <PortalCallFilters values={values} errors={errors} outcomes={data.outcomes} />
      </Card>
      <Card className="overflow-hidden">
        {rows.length === 0 ? (
          <EmptyState icon={<PhoneIncomingIcon className="size-5" />} title={filtered ? t("noMatches") : t("emptyTitle")} description={filtered ? t("noMatchesHint") : t("emptyHint")} />
        ) : (
          <>
            <div className="border-b border-zinc-100 px-4 py-3 text-sm text-zinc-500 sm:px-6">{t("count", { count: data.total })}</div>
            <PortalCallsTable base={base} rows={rows} timeZone={data.timeZone} outcomes={new Map(data.outcomes.map((o) => [o.code, o.label]))} />
            {pages > 1 ? (
              <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3 border-t border-zinc-100 px-4 py-3 text-sm text-zinc-500 sm:px-6">
                <p className="tabular-nums">{t("range", { from: (page - 1) * data.pageSize + 1, to: Math.min(page * data.pageSize, data.total), total: data.total })}</p>
                <div className="flex gap-2">
                  {page > 1 ? <Link href={link(page - 1)} className={buttonClass({ variant: "secondary", size: "sm" })}><ChevronLeftIcon /><span className="sr-only sm:not-sr-only">{t("previous")}</span></Link> : null}
                  {page < pages ? <Link href={link(page + 1)} className={buttonClass({ variant: "secondary", size: "sm" })}><span className="sr-only sm:not-sr-only">{t("next")}</span><ChevronRightIcon /></Link> : null}
                </div>
              </nav>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
