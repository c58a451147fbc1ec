import { getTranslations } from "next-intl/server";
import { DocumentsSection } from "@/app/_components/documents/documents-section";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("metaTitle") };
}

/** One client's compliance documents, seen by the agency: every member reads, ADMIN+ manages. */
export default async function ClientDocumentsPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const caller = await serverCaller();
  const initial = await orPage(caller.document.clientList({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/documents`);
  const t = await getTranslations("documents");
  return <DocumentsSection scope={{ kind: "client", agencySlug, clientSlug }} initial={initial} heading={t("clientHeading")} description={t("clientDescription")} />;
}
