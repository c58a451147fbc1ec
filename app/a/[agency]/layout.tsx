import { orPage, serverCaller } from "@/server/trpc/rsc";
import { hasAgencyRole } from "@/server/auth/roles";
import { AppShell } from "./_components/app-shell";

/** Every page of an agency: a non-member gets the 404 page (orPage), whether or not the agency exists. */
export default async function AgencyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const caller = await serverCaller();
  const agency = await orPage(caller.agency.get({ agencySlug }), `/a/${agencySlug}`);
  const [agencies, user] = await Promise.all([caller.agency.mine(), caller.auth.me()]);
  return (
    <AppShell agency={agency} agencies={agencies} user={user} canSeeActivity={hasAgencyRole(agency.role, "ADMIN")}>
      {children}
    </AppShell>
  );
}
