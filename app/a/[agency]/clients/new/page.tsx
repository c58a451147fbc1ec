import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChevronLeftIcon } from "@/app/_components/icons";
import { PageHeader } from "@/app/_components/page-header";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientForm } from "../_components/client-form";
import { newClientDefaults } from "../_components/form-defaults";
import { regionOptions } from "../_components/region-options";

export async function generateMetadata() {
  const t = await getTranslations("clients.new");
  return { title: t("title") };
}

export default async function NewClientPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const agency = await orPage((await serverCaller()).agency.get({ agencySlug }), `/a/${agencySlug}/clients/new`);
  // Only admins create clients; to anyone else this page does not exist.
  if (!hasAgencyRole(agency.role, "ADMIN")) notFound();
  const t = await getTranslations("clients.new");
  return (
    <div className="mx-auto max-w-3xl">
      <Link href={`/a/${agency.slug}/clients`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ChevronLeftIcon className="size-4" />
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <ClientForm agencySlug={agency.slug} defaults={newClientDefaults(agency)} options={regionOptions(await getLocale())} />
    </div>
  );
}
