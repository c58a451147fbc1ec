import { getTranslations } from "next-intl/server";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { DigestPreference } from "../_components/digest-preference";

export async function generateMetadata() {
  const t = await getTranslations("digest");
  return { title: t("title") };
}

/** The portal user's own settings: for now, the e-mail digest of the hotline's figures. */
export default async function PortalSettingsPage({ params }: { params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const caller = await serverCaller();
  const { digest } = await orPage(caller.digest.get({ clientSlug }), `/portal/${clientSlug}/settings`);
  return (
    <div className="max-w-2xl">
      <DigestPreference clientSlug={clientSlug} initial={digest} />
    </div>
  );
}
