import { getTranslations } from "next-intl/server";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { NewAgencyForm } from "./new-agency-form";

export async function generateMetadata() {
  const t = await getTranslations("newAgency");
  return { title: t("title") };
}

export default async function NewAgencyPage() {
  const caller = await serverCaller();
  const me = await orPage(caller.auth.me(), "/new-agency");
  const agencies = await caller.agency.mine();
  return <NewAgencyForm email={me.email} backTo={agencies[0] ? { slug: agencies[0].slug, name: agencies[0].name } : null} />;
}
