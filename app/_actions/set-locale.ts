"use server";

import { TRPCError } from "@trpc/server";
import { cookies } from "next/headers";
import { localeSchema } from "@/server/auth/auth.schema";
import { LOCALE_COOKIE } from "@/server/i18n/locale";
import { serverCaller } from "@/server/trpc/rsc";

/**
 * Switches the interface language: the cookie makes the next render use it, and a signed-in person's
 * choice is saved so it follows them to other browsers (sign-in sets the cookie from it).
 */
export async function setLocale(value: string): Promise<void> {
  const parsed = localeSchema.safeParse(value);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  try {
    await (await serverCaller()).auth.setLocale({ locale: parsed.data });
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "UNAUTHORIZED")) throw error;
  }
}
