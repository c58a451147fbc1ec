import { getTranslations } from "next-intl/server";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { TeamView } from "./team-view";

export async function generateMetadata() {
  const t = await getTranslations("team");
  return { title: t("title") };
}

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ agency: string }>;
  searchParams: Promise<{ invite?: string | string[] }>;
}) {
  const { agency: agencySlug } = await params;
  const { invite } = await searchParams;
  const caller = await serverCaller();
  const [agency, me] = await orPage(Promise.all([caller.agency.get({ agencySlug }), caller.auth.me()]), `/a/${agencySlug}/team`);
  const canManage = hasAgencyRole(agency.role, "ADMIN");
  return (
    <TeamView
      agency={{ slug: agency.slug, name: agency.name }}
      actorRole={agency.role}
      currentUserId={me.id}
      openInvite={canManage && invite === "1"}
    />
  );
}
