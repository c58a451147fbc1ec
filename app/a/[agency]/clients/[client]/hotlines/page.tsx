import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronRightIcon, HeadsetIcon, PlusIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { formatPhone } from "@/server/lib/phone";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { HotlineStatusBadge } from "./_components/hotline-status-badge";
import { TermsNotice } from "./_components/terms-notice";

export async function generateMetadata() {
  const t = await getTranslations("hotlines");
  return { title: t("title") };
}

/** A client's hotlines (SUPERVISOR+; ADMIN+ may add one), with the terms version their calls follow. */
export default async function HotlinesPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const base = `/a/${agencySlug}/clients/${clientSlug}`;
  const data = await orPage((await serverCaller()).hotline.list({ agencySlug, clientSlug }), `${base}/hotlines`);
  const t = await getTranslations("hotlines");
  const newButton = (
    <Link href={`${base}/hotlines/new`} className={buttonClass()}>
      <PlusIcon />
      {t("new")}
    </Link>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("title")}</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{t("description")}</p>
        </div>
        {data.canManage ? newButton : null}
      </div>
      <TermsNotice terms={data.terms} termsHref={`${base}/terms`} />
      <Card>
        {data.hotlines.length === 0 ? (
          <EmptyState icon={<HeadsetIcon className="size-5" />} title={t("empty")} description={t(data.canManage ? "emptyManager" : "emptyReader")} action={data.canManage ? newButton : undefined} />
        ) : (
          <ul className="divide-y divide-zinc-100">
            {data.hotlines.map((h) => (
              <li key={h.id}>
                <Link href={`${base}/hotlines/${h.id}`} className="flex items-center gap-4 px-5 py-4 hover:bg-zinc-50 focus-visible:bg-zinc-50 focus-visible:outline-none sm:px-6">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-zinc-900">{h.name}</span>
                      <HotlineStatusBadge status={h.status} />
                      {h.callerPricing === "PER_MINUTE" ? <span className="text-xs font-medium text-violet-700">{t("premium")}</span> : null}
                    </div>
                    <p className="mt-0.5 truncate text-sm text-zinc-500">
                      {h.numbers.length > 0 ? h.numbers.map((n) => formatPhone(n.e164)).join(", ") : t("noNumbers")}
                      {" · "}
                      {h.languages.map((l) => l.toUpperCase()).join(" / ")}
                    </p>
                  </div>
                  <ChevronRightIcon className="size-4 shrink-0 text-zinc-400" />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
