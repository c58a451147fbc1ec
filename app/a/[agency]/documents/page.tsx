import { getTranslations } from "next-intl/server";
import { AttentionList } from "@/app/_components/documents/attention-list";
import { DocumentsSection } from "@/app/_components/documents/documents-section";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("metaTitle") };
}

/** The agency's own compliance documents, and its clients' documents that expired or expire soon. */
export default async function AgencyDocumentsPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const [agency, own, attention] = await orPage(
    Promise.all([caller.agency.get({ agencySlug }), caller.document.list({ agencySlug }), caller.document.attention({ agencySlug })]),
    `/a/${agencySlug}/documents`,
  );
  const t = await getTranslations("documents");
  return (
    <>
      <PageHeader title={t("title")} description={t("agencyDescription", { agency: agency.name })} />
      <div className="space-y-10">
        <DocumentsSection scope={{ kind: "agency", agencySlug }} initial={own} heading={t("ownHeading")} description={t("ownDescription")} />
        <AttentionList agencySlug={agencySlug} initial={attention} />
      </div>
    </>
  );
}
