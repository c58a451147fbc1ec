import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlusIcon } from "@/app/_components/icons";
import { PageHeader } from "@/app/_components/page-header";
import { buttonClass } from "@/app/_components/ui/button";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientsTable } from "./clients-table";

export async function generateMetadata() {
  const t = await getTranslations("clients.list");
  return { title: t("title") };
}

export default async function ClientsPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const agency = await orPage((await serverCaller()).agency.get({ agencySlug }), `/a/${agencySlug}/clients`);
  const t = await getTranslations("clients.list");
  const canCreate = hasAgencyRole(agency.role, "ADMIN");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { agency: agency.name })}
        actions={
          canCreate ? (
            <Link href={`/a/${agency.slug}/clients/new`} className={buttonClass()}>
              <PlusIcon />
              {t("new")}
            </Link>
          ) : null
        }
      />
      <ClientsTable agencySlug={agency.slug} canCreate={canCreate} />
    </>
  );
}
