import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { OperatorsTable } from "./_components/operators-table";

export async function generateMetadata() {
  const t = await getTranslations("operators");
  return { title: t("title") };
}

/** The agency's operators with their skills, languages and tenure; ADMIN+ edit, SUPERVISOR+ read. */
export default async function OperatorsPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const t = await getTranslations("operators");
  const caller = await serverCaller();
  const [list, targets] = await orPage(Promise.all([caller.operator.list({ agencySlug }), caller.operator.targets({ agencySlug })]), `/a/${agencySlug}/operators`);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: list.timezone }).format(new Date());
  return (
    <>
      <PageHeader title={t("title")} description={list.canManage ? t("description") : `${t("description")} ${t("readOnly")}`} />
      <OperatorsTable agencySlug={agencySlug} operators={list.operators} canManage={list.canManage} targets={targets} today={today} />
    </>
  );
}
