import { getTranslations } from "next-intl/server";
import { OnCallView } from "@/app/_components/on-call/on-call-view";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("oncall");
  return { title: t("metaTitle") };
}

/** The client's own on-call roster in its portal: CLIENT_VIEWER reads, CLIENT_ADMIN edits. */
export default async function PortalOnCallPage({ params }: { params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const caller = await serverCaller();
  const initial = await orPage(caller.onCall.portal.list({ clientSlug }), `/portal/${clientSlug}/on-call`);
  return <OnCallView side={{ kind: "portal", clientSlug }} initial={initial} />;
}
