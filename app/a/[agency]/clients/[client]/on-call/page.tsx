import { getTranslations } from "next-intl/server";
import { OnCallView } from "@/app/_components/on-call/on-call-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("oncall");
  return { title: t("metaTitle") };
}

/** The agency's view of a client's on-call roster: SUPERVISOR+ read, ADMIN+ edit (others get the 404 page). */
export default async function AgencyOnCallPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const caller = await serverCaller();
  const initial = await orPage(caller.onCall.agency.list({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/on-call`);
  return <OnCallView side={{ kind: "agency", agencySlug, clientSlug }} initial={initial} />;
}
