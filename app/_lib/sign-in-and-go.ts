"use client";

import { signIn } from "next-auth/react";

/**
 * Signs in with credentials the person just chose (sign-up, accepting an invitation) and opens `target`
 * with a full navigation, so the new session applies to the whole page. False when sign-in failed.
 */
export async function signInAndGo(email: string, password: string, target: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result?.ok || result.error) return false;
  window.location.assign(target);
  return true;
}
