import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hotlineToInput } from "@/server/hotlines/hotlines-read";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { HotlineForm } from "../../_components/hotline-form";

export async function generateMetadata() {
  const t = await getTranslations("hotlines");
  return { title: t("edit") };
}

/** Edit a hotline's settings (ADMIN+). */
export default async function EditHotlinePage({ params }: { params: Promise<{ agency: string; client: string; hotline: string }> }) {
  const { agency: agencySlug, client: clientSlug, hotline: hotlineId } = await params;
  const base = `/a/${agencySlug}/clients/${clientSlug}/hotlines/${hotlineId}`;
  const data = await orPage((await serverCaller()).hotline.get({ agencySlug, clientSlug, hotlineId }), `${base}/edit`);
  if (!data.canManage) notFound();
  const t = await getTranslations("hotlines");
  return (
    <div className="space-y-6">
      <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("editTitle", { name: data.hotline.name })}</h2>
      <HotlineForm agencySlug={agencySlug} clientSlug={clientSlug} client={data.client} initial={hotlineToInput(data.hotline)} hotlineId={hotlineId} />
    </div>
  );
}
