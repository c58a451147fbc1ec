import { getTranslations } from "next-intl/server";
import { VersionList } from "@/app/_components/terms/version-list";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("terms");
  return { title: t("metaTitle") };
}

/** A client's terms of reference, every version, from the agency's side. */
export default async function AgencyTermsPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const caller = await serverCaller();
  const data = await orPage(caller.terms.list({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/terms`);
  return <VersionList scope={{ kind: "agency", agencySlug, clientSlug }} data={data} />;
}
