import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hasAgencyRole } from "@/server/auth/roles";
import { newHotlineInput } from "@/server/hotlines/hotline-defaults";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { HotlineForm } from "../_components/hotline-form";

export async function generateMetadata() {
  const t = await getTranslations("hotlines");
  return { title: t("new") };
}

/** A new hotline for the client (ADMIN+). */
export default async function NewHotlinePage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const client = await orPage((await serverCaller()).client.get({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/hotlines/new`);
  if (!hasAgencyRole(client.role, "ADMIN")) notFound();
  const t = await getTranslations("hotlines");
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("new")}</h2>
        <p className="mt-1 max-w-2xl text-sm text-zinc-500">{t("newDescription")}</p>
      </div>
      <HotlineForm agencySlug={agencySlug} clientSlug={clientSlug} client={{ country: client.country, currency: client.currency }} initial={newHotlineInput(client.locale)} />
    </div>
  );
}
