import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeftIcon, PencilIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { HotlineNumbers } from "../_components/hotline-numbers";
import { HotlineStatusBadge } from "../_components/hotline-status-badge";
import { HotlineStatusToggle } from "../_components/hotline-status-toggle";
import { HotlineSummary } from "../_components/hotline-summary";
import { TermsNotice } from "../_components/terms-notice";
import { TestCallPanel } from "../_components/test-call-panel";

export async function generateMetadata() {
  const t = await getTranslations("hotlines");
  return { title: t("title") };
}

/** One hotline: the terms its calls follow, its numbers, its settings, and a test call (SUPERVISOR+ read). */
export default async function HotlinePage({ params }: { params: Promise<{ agency: string; client: string; hotline: string }> }) {
  const { agency: agencySlug, client: clientSlug, hotline: hotlineId } = await params;
  const base = `/a/${agencySlug}/clients/${clientSlug}`;
  const data = await orPage((await serverCaller()).hotline.get({ agencySlug, clientSlug, hotlineId }), `${base}/hotlines/${hotlineId}`);
  const t = await getTranslations("hotlines");
  const { hotline } = data;
  const s = { agencySlug, clientSlug, hotlineId };
  return (
    <div className="space-y-6">
      <Link href={`${base}/hotlines`} className="inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ChevronLeftIcon className="size-4" />
        {t("back")}
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="truncate text-lg font-semibold tracking-tight text-zinc-900">{hotline.name}</h2>
            <HotlineStatusBadge status={hotline.status} />
          </div>
          <p className="mt-1 text-sm text-zinc-500">{t(hotline.status === "ACTIVE" ? "activeHint" : "pausedHint")}</p>
        </div>
        {data.canManage ? (
          <div className="flex shrink-0 flex-wrap gap-2">
            <HotlineStatusToggle {...s} name={hotline.name} status={hotline.status} />
            <Link href={`${base}/hotlines/${hotlineId}/edit`} className={buttonClass({ variant: "secondary" })}>
              <PencilIcon />
              {t("edit")}
            </Link>
          </div>
        ) : null}
      </div>
      <TermsNotice terms={data.terms} termsHref={`${base}/terms`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <HotlineNumbers {...s} numbers={hotline.numbers} freeNumbers={data.freeNumbers} canManage={data.canManage} />
          <TestCallPanel {...s} canManage={data.canManage} carrier={data.carrier} hasNumber={hotline.numbers.length > 0} languages={hotline.languages} timeZone={data.client.timezone} />
        </div>
        <HotlineSummary hotline={hotline} currency={data.client.currency} />
      </div>
    </div>
  );
}
