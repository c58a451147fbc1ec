import { currentUser } from "@/app/_lib/session";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { PortalShell } from "./_components/portal-shell";

/** Every page of a client portal. Someone who is not this client's user gets the 404 page (orPage). */
export default async function PortalLayout({ children, params }: { children: React.ReactNode; params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const user = await currentUser();
  if (!user) return children;
  const caller = await serverCaller();
  const [client, agencies, portals] = await Promise.all([orPage(caller.portal.get({ clientSlug }), `/portal/${clientSlug}`), caller.agency.mine(), caller.portal.mine()]);
  return (
    <PortalShell client={client} agencies={agencies} portals={portals} user={user}>
      {children}
    </PortalShell>
  );
}
