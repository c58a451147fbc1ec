import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { RetentionForm } from "./_components/retention-form";

export async function generateMetadata() {
  const t = await getTranslations("data.settings");
  return { title: t("title") };
}

/** The agency's settings (ADMIN+): for now its data rules. Below ADMIN the page is not there. */
export default async function SettingsPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const agency = await orPage(caller.agency.get({ agencySlug }), `/a/${agencySlug}/settings`);
  if (!hasAgencyRole(agency.role, "ADMIN")) notFound();
  const policy = await caller.dataPolicy.get({ agencySlug });
  const t = await getTranslations("data.settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-3xl space-y-6">
        <RetentionForm agencySlug={agencySlug} initialDays={policy.recordingRetentionDays} />
      </div>
    </>
  );
}
