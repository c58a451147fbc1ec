import { getTranslations } from "next-intl/server";
import { compareParams } from "@/app/_components/terms/compare-params";
import { CompareView } from "@/app/_components/terms/compare-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("terms");
  return { title: t("metaCompare") };
}

/** Two versions side by side (?a=N&b=M; by default the newest and the one before). */
export default async function AgencyTermsComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ agency: string; client: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const query = await searchParams;
  const s = { agencySlug, clientSlug };
  const caller = await serverCaller();
  const list = await orPage(caller.terms.list(s), `/a/${agencySlug}/clients/${clientSlug}/terms/compare`);
  const pair = compareParams(list.versions.map((v) => v.number), query.a, query.b);
  const diff = pair ? await orPage(caller.terms.diff({ ...s, ...pair })) : null;
  return <CompareView scope={{ kind: "agency", ...s }} versions={list.versions} diff={diff} />;
}
