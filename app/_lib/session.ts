import "server-only";
import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/trpc/rsc";

/** The signed-in person for a server component, or null when nobody is signed in. */
export async function currentUser() {
  try {
    return await (await serverCaller()).auth.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
}
