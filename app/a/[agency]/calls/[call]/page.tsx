import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/server/lib/phone";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { CallView } from "../_components/call-view";
import { CallMessages } from "./_components/call-messages";

type Params = { params: Promise<{ agency: string; call: string }> };

export async function generateMetadata({ params }: Params) {
  const { agency: agencySlug, call: callId } = await params;
  const t = await getTranslations("calls.call");
  const call = await (await serverCaller()).calls.get({ agencySlug, callId }).catch(() => null);
  return { title: call?.fromNumber ? t("title", { caller: formatPhone(call.fromNumber) }) : t("titleUnknown") };
}

/** One call of the agency with its timeline; another agency's call (or none) is the 404 page. */
export default async function CallPage({ params }: Params) {
  const { agency: agencySlug, call: callId } = await params;
  const call = await orPage((await serverCaller()).calls.get({ agencySlug, callId }), `/a/${agencySlug}/calls/${callId}`);
  return (
    <>
      <CallView agencySlug={agencySlug} initial={call} />
      <CallMessages agencySlug={agencySlug} callId={callId} timeZone={call.client.timezone} />
    </>
  );
}
