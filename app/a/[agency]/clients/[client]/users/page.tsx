import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientUsersView } from "./client-users-view";

export async function generateMetadata() {
  const t = await getTranslations("clients.tabs");
  return { title: t("users") };
}

/** Who at the client can open its portal, and the invitations still open. Admins only, like the procedures. */
export default async function ClientUsersPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const client = await orPage((await serverCaller()).client.get({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/users`);
  if (!hasAgencyRole(client.role, "ADMIN")) notFound();
  return <ClientUsersView agencySlug={agencySlug} client={{ slug: client.slug, name: client.name, ended: client.status === "ENDED" }} />;
}
