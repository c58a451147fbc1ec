import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { Desk } from "./_components/desk";

export async function generateMetadata() {
  const t = await getTranslations("desk");
  return { title: t("title") };
}

/** The operator's desk (every member of the agency answers as themselves). */
export default async function DeskPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const [agency, me] = await orPage(Promise.all([caller.agency.get({ agencySlug }), caller.desk.me({ agencySlug })]), `/a/${agencySlug}/desk`);
  const t = await getTranslations("desk");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Desk agencySlug={agency.slug} timeZone={agency.timezone} initial={me} />
    </>
  );
}
