import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { NumbersView } from "./numbers-view";

export async function generateMetadata() {
  const t = await getTranslations("numbers");
  return { title: t("title") };
}

/** The agency's phone numbers: SUPERVISOR+ look, ADMIN+ buy, attach, add forwarded lines and release. */
export default async function NumbersPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const initial = await orPage((await serverCaller()).number.list({ agencySlug }), `/a/${agencySlug}/numbers`);
  const t = await getTranslations("numbers");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <NumbersView agencySlug={agencySlug} initial={initial} />
    </>
  );
}
