import { currentUser } from "@/app/_lib/session";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { AppShell } from "./_components/app-shell";
import { PastDueBanner } from "./_components/past-due-banner";

/** Every page of an agency: a non-member gets the 404 page (orPage), whether or not the agency exists. */
export default async function AgencyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  // Signed out: no shell. Each page sends the person to sign-in with its own address to come back to
  // (a layout does not know which page it wraps).
  const user = await currentUser();
  if (!user) return children;
  const caller = await serverCaller();
  const [agency, agencies, portals] = await Promise.all([orPage(caller.agency.get({ agencySlug }), `/a/${agencySlug}`), caller.agency.mine(), caller.portal.mine()]);
  // Clients whose payment failed, for supervisors and up; a billing hiccup never takes the whole shell down.
  const pastDue = hasAgencyRole(agency.role, "SUPERVISOR") ? await caller.billing.pastDue({ agencySlug }).catch(() => []) : [];
  return (
    <AppShell
      agency={agency}
      agencies={agencies}
      portals={portals}
      user={user}
      sections={{ activity: hasAgencyRole(agency.role, "ADMIN"), telephony: hasAgencyRole(agency.role, "SUPERVISOR") }}
    >
      <PastDueBanner agencySlug={agencySlug} clients={pastDue} />
      {children}
    </AppShell>
  );
}
