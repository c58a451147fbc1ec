import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { AuditLog } from "./audit-log";

export async function generateMetadata() {
  const t = await getTranslations("activity");
  return { title: t("title") };
}

export default async function ActivityPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const agency = await orPage((await serverCaller()).agency.get({ agencySlug }), `/a/${agencySlug}/activity`);
  // The server refuses audit.list below ADMIN too; the page is simply not there for them.
  if (!hasAgencyRole(agency.role, "ADMIN")) notFound();
  const t = await getTranslations("activity");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { agency: agency.name })} />
      <AuditLog agencySlug={agency.slug} />
    </>
  );
}
