import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUserId } from "../auth";
import { createCaller } from "../root";
import { createContext } from "./context";

/** A tRPC caller for server components, with the request's session; one per request. */
export const serverCaller = cache(async () => {
  const userId = await getSessionUserId();
  return createCaller(createContext({ userId, headers: await headers() }));
});

/**
 * Runs a server-side procedure call and turns refusals into pages: not signed in goes to sign-in,
 * another tenant's or a missing thing is a 404 (same page either way, so nothing is revealed).
 */
export async function orPage<T>(call: Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") notFound();
    }
    throw error;
  }
}
