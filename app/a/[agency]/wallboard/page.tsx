import { getTranslations } from "next-intl/server";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { WallboardView } from "./_components/wallboard-view";

export async function generateMetadata() {
  const t = await getTranslations("wallboard");
  return { title: t("title") };
}

/** The wall screen (SUPERVISOR+; anyone else gets the 404 page, as for another agency's page). */
export default async function WallboardPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const [agency, snapshot] = await orPage(Promise.all([caller.agency.get({ agencySlug }), caller.wallboard.snapshot({ agencySlug })]), `/a/${agencySlug}/wallboard`);
  return <WallboardView agencySlug={agency.slug} timeZone={agency.timezone} initial={snapshot} />;
}
