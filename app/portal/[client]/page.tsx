import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArrowRightIcon, CalendarIcon, FileTextIcon, PhoneIcon, UsersIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, CardContent } from "@/app/_components/ui/card";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientStatusBadge } from "@/app/a/[agency]/clients/_components/client-status-badge";
import { PortalDashboard, type PeriodParams } from "./_components/portal-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("portal.overview");
  return { title: t("metaTitle") };
}

function Count({ label, value, href, icon }: { label: string; value: number; href?: string; icon: React.ReactNode }) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-zinc-500">{label}</p>
        <span className="text-zinc-400">{icon}</span>
      </div>
      <p className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">{value}</p>
    </>
  );
  return (
    <Card className={href ? "transition-shadow hover:shadow-md" : undefined}>
      {href ? (
        <Link href={href} className="block rounded-xl p-4 focus-visible:outline-2 focus-visible:outline-indigo-600 sm:p-5">
          {body}
        </Link>
      ) : (
        <div className="p-4 sm:p-5">{body}</div>
      )}
    </Card>
  );
}

/** The client's first page: its dashboard, its terms of reference (and whether a version awaits approval) and a few counts. */
export default async function PortalOverviewPage({ params, searchParams }: { params: Promise<{ client: string }>; searchParams: Promise<PeriodParams> }) {
  const { client: clientSlug } = await params;
  const o = await orPage((await serverCaller()).portal.overview({ clientSlug }), `/portal/${clientSlug}`);
  const t = await getTranslations("portal.overview");
  const format = await getFormatter();
  const base = `/portal/${clientSlug}`;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: o.client.timezone });
  const { inForce, upcoming } = o.terms;

  return (
    <div className="space-y-6 sm:space-y-8">
      <div>
        <p className="text-sm font-medium text-indigo-600">{t("servedBy", { agency: o.agencyName })}</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl">{o.client.name}</h1>
          <ClientStatusBadge status={o.client.status} />
        </div>
      </div>

      {o.terms.awaitingApproval ? (
        <Card className="bg-amber-50/60 ring-amber-600/20">
          <CardContent className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-semibold text-zinc-900">{t("awaiting.title", { number: o.terms.awaitingApproval.number })}</p>
              <p className="mt-1 text-sm text-zinc-600">{t("awaiting.description", { agency: o.agencyName })}</p>
            </div>
            <Link href={`${base}/terms`} className={buttonClass()}>
              {t("awaiting.action")}
              <ArrowRightIcon />
            </Link>
          </CardContent>
        </Card>
      ) : null}

      <PortalDashboard clientSlug={clientSlug} params={await searchParams} />

      <Card>
        <CardContent className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex items-start gap-4">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-indigo-600 ring-1 ring-indigo-600/15" aria-hidden="true">
              <FileTextIcon />
            </span>
            <div>
              <p className="text-sm font-medium text-zinc-500">{t("terms.title")}</p>
              {inForce ? (
                <>
                  <p className="mt-0.5 text-lg font-semibold text-zinc-900">{t("terms.version", { number: inForce.number })}</p>
                  <p className="text-sm text-zinc-500">{t("terms.inForce", { date: date(inForce.effectiveFrom) })}</p>
                </>
              ) : (
                <>
                  <p className="mt-0.5 text-lg font-semibold text-zinc-900">{upcoming ? t("terms.version", { number: upcoming.number }) : t("terms.none")}</p>
                  {upcoming ? null : <p className="text-sm text-zinc-500">{t("terms.noneHint", { agency: o.agencyName })}</p>}
                </>
              )}
              {upcoming ? <p className="text-sm font-medium text-indigo-700">{t("terms.takesEffect", { number: upcoming.number, date: date(upcoming.effectiveFrom) })}</p> : null}
            </div>
          </div>
          <Link href={`${base}/terms`} className={buttonClass({ variant: "secondary" })}>
            {t("terms.open")}
          </Link>
        </CardContent>
      </Card>

      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <Count label={t("counts.onCall")} value={o.counts.upcomingOnCall} href={`${base}/on-call`} icon={<CalendarIcon />} />
        <Count label={t("counts.documents")} value={o.counts.documents} href={`${base}/documents`} icon={<FileTextIcon />} />
        <Count label={t("counts.contacts")} value={o.counts.contacts} icon={<PhoneIcon />} />
        <Count label={t("counts.users")} value={o.counts.users} icon={<UsersIcon />} />
      </div>
    </div>
  );
}
