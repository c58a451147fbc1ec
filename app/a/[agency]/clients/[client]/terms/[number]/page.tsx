import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VersionView } from "@/app/_components/terms/version-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  const t = await getTranslations("terms");
  return { title: t("metaVersion", { number: (await params).number }) };
}

/** One version: the editor for a draft, the read-only document otherwise, with the operator's preview. */
export default async function AgencyTermsVersionPage({ params }: { params: Promise<{ agency: string; client: string; number: string }> }) {
  const { agency: agencySlug, client: clientSlug, number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const caller = await serverCaller();
  const data = await orPage(caller.terms.get({ agencySlug, clientSlug, number: Number(number) }), `/a/${agencySlug}/clients/${clientSlug}/terms/${number}`);
  return <VersionView scope={{ kind: "agency", agencySlug, clientSlug }} data={data} />;
}
