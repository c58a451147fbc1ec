import { getTranslations } from "next-intl/server";
import { VersionList } from "@/app/_components/terms/version-list";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("terms");
  return { title: t("metaTitle") };
}

/** The client's own terms of reference in its portal: review, propose, approve. */
export default async function PortalTermsPage({ params }: { params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const caller = await serverCaller();
  const data = await orPage(caller.terms.portal.list({ clientSlug }), `/portal/${clientSlug}/terms`);
  return <VersionList scope={{ kind: "portal", clientSlug }} data={data} />;
}
