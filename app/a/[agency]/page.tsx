import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRightIcon, MailIcon, UsersIcon } from "@/app/_components/icons";
import { RoleBadge } from "@/app/_components/role-badge";
import { Card, CardContent } from "@/app/_components/ui/card";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { GettingStarted } from "./_components/getting-started";
import { TodayFigures } from "./_components/today-figures";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("metaTitle") };
}

function Stat({ label, value, href, linkLabel, icon }: { label: string; value: React.ReactNode; href?: string; linkLabel?: string; icon: React.ReactNode }) {
  return (
    <Card>
      <div className="flex h-full flex-col p-4 sm:p-6">
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm font-medium text-zinc-500">{label}</p>
          <span className="hidden text-zinc-400 sm:block">{icon}</span>
        </div>
        <div className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums sm:text-3xl">{value}</div>
        {href && linkLabel ? (
          <Link href={href} className="mt-auto self-start pt-3 text-sm font-medium text-indigo-600 hover:text-indigo-500">
            {linkLabel}
            <ArrowRightIcon className="ml-1 inline size-3.5 align-[-2px]" />
          </Link>
        ) : null}
      </div>
    </Card>
  );
}

export default async function AgencyHomePage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const agency = await orPage(caller.agency.get({ agencySlug }), `/a/${agencySlug}`);
  const isAdmin = hasAgencyRole(agency.role, "ADMIN");
  const isSupervisor = hasAgencyRole(agency.role, "SUPERVISOR");
  const [me, members, invitations, clients, today] = await Promise.all([
    caller.auth.me(),
    caller.team.members({ agencySlug, page: 1, pageSize: 5 }),
    isAdmin ? caller.team.invitations({ agencySlug }) : Promise.resolve(null),
    caller.client.list({ agencySlug, page: 1, pageSize: 5 }),
    isSupervisor ? caller.agencyReport.overview({ agencySlug, period: "today" }) : Promise.resolve(null),
  ]);
  const t = await getTranslations("home");
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;
  const base = `/a/${agency.slug}`;

  return (
    <div className="space-y-6 sm:space-y-8">
      <div>
        <p className="text-sm font-medium text-indigo-600">{agency.name}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl">{t("greeting", { name: firstName })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
          {t("yourRole")} <RoleBadge role={agency.role} />
        </p>
      </div>

      {today ? <TodayFigures totals={today.totals} reportsHref={`${base}/reports?tab=clients&period=today`} /> : null}

      <div className={isAdmin ? "grid grid-cols-2 gap-3 sm:gap-4" : "grid gap-3 sm:grid-cols-2 sm:gap-4"}>
        <Stat label={t("teamMembers")} value={members.total} href={`${base}/team`} linkLabel={t("viewTeam")} icon={<UsersIcon />} />
        {invitations ? (
          <Stat
            label={t("pendingInvitations")}
            value={invitations.length}
            href={invitations.length > 0 ? `${base}/team#invitations` : `${base}/team?invite=1`}
            linkLabel={invitations.length > 0 ? t("reviewInvitations") : t("inviteSomeone")}
            icon={<MailIcon />}
          />
        ) : (
          <Card>
            <CardContent>
              <h2 className="text-base font-semibold text-zinc-900">{t("workspace.title")}</h2>
              <p className="mt-1 text-sm text-zinc-500">{t("workspace.description", { agency: agency.name })}</p>
              <Link href={`${base}/desk`} className="mt-3 inline-flex text-sm font-medium text-indigo-600 hover:text-indigo-700">
                {t("workspace.openDesk")} →
              </Link>
            </CardContent>
          </Card>
        )}
      </div>

      {isAdmin ? <GettingStarted teamHref={`${base}/team?invite=1`} hasTeam={members.total > 1} clientHref={`${base}/clients/new`} hasClient={clients.total > 0} /> : null}
    </div>
  );
}
