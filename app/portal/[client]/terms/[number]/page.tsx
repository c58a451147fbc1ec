import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VersionView } from "@/app/_components/terms/version-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  const t = await getTranslations("terms");
  return { title: t("metaVersion", { number: (await params).number }) };
}

/** One version in the portal: the client admin edits a draft, approves or sends back a submitted one. */
export default async function PortalTermsVersionPage({ params }: { params: Promise<{ client: string; number: string }> }) {
  const { client: clientSlug, number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const caller = await serverCaller();
  const data = await orPage(caller.terms.portal.get({ clientSlug, number: Number(number) }), `/portal/${clientSlug}/terms/${number}`);
  return <VersionView scope={{ kind: "portal", clientSlug }} data={data} />;
}
