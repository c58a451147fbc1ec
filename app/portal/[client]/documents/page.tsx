import { getTranslations } from "next-intl/server";
import { DocumentsSection } from "@/app/_components/documents/documents-section";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("metaTitle") };
}

/** A client's own documents in its portal: every client user reads, the CLIENT_ADMIN adds its own. */
export default async function PortalDocumentsPage({ params }: { params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const caller = await serverCaller();
  const initial = await orPage(caller.document.portalList({ clientSlug }), `/portal/${clientSlug}/documents`);
  const t = await getTranslations("documents");
  return <DocumentsSection scope={{ kind: "portal", clientSlug }} initial={initial} heading={t("clientHeading")} description={t("portalDescription")} />;
}
