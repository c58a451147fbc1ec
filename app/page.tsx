import { redirect } from "next/navigation";
import { orPage, serverCaller } from "@/server/trpc/rsc";

/**
 * The front door: the person's first agency; someone who is only a client user goes to their first
 * client portal; anyone else makes an agency. Not signed in goes to sign-in.
 */
export default async function IndexPage() {
  const caller = await serverCaller();
  const [agencies, portals] = await orPage(Promise.all([caller.agency.mine(), caller.portal.mine()]));
  redirect(agencies[0] ? `/a/${agencies[0].slug}` : portals[0] ? `/portal/${portals[0].slug}` : "/new-agency");
}
