import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { CallsTable } from "./_components/calls-table";

export async function generateMetadata() {
  const t = await getTranslations("calls.list");
  return { title: t("title") };
}

/** The agency's calls (SUPERVISOR+; anyone else gets the 404 page, as for another agency's page). */
export default async function CallsPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const returnTo = `/a/${agencySlug}/calls`;
  const [agency, options] = await orPage(Promise.all([caller.agency.get({ agencySlug }), caller.calls.filterOptions({ agencySlug })]), returnTo);
  const t = await getTranslations("calls.list");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { zone: agency.timezone.replaceAll("_", " ") })} />
      <CallsTable agencySlug={agency.slug} timeZone={agency.timezone} options={options} />
    </>
  );
}
