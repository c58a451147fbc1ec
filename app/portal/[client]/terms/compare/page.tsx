import { getTranslations } from "next-intl/server";
import { compareParams } from "@/app/_components/terms/compare-params";
import { CompareView } from "@/app/_components/terms/compare-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("terms");
  return { title: t("metaCompare") };
}

/** Two versions side by side in the portal (?a=N&b=M). */
export default async function PortalTermsComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ client: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const { client: clientSlug } = await params;
  const query = await searchParams;
  const caller = await serverCaller();
  const list = await orPage(caller.terms.portal.list({ clientSlug }), `/portal/${clientSlug}/terms/compare`);
  const pair = compareParams(list.versions.map((v) => v.number), query.a, query.b);
  const diff = pair ? await orPage(caller.terms.portal.diff({ clientSlug, ...pair })) : null;
  return <CompareView scope={{ kind: "portal", clientSlug }} versions={list.versions} diff={diff} />;
}
