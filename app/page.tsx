import { redirect } from "next/navigation";
import { orPage, serverCaller } from "@/server/trpc/rsc";

/** The front door: the person's first agency, or making one; anyone not signed in goes to sign-in. */
export default async function IndexPage() {
  const agencies = await orPage((await serverCaller()).agency.mine());
  redirect(agencies[0] ? `/a/${agencies[0].slug}` : "/new-agency");
}
