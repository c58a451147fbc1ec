import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/session";
import { safeCallbackUrl } from "@/app/_lib/safe-callback-url";
import { SignInForm } from "./signin-form";

export async function generateMetadata() {
  const t = await getTranslations("signin");
  return { title: t("title") };
}

type Search = { callbackUrl?: string | string[]; error?: string | string[]; email?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(one(params.callbackUrl));
  if (await currentUser()) redirect(callbackUrl);
  return <SignInForm callbackUrl={callbackUrl} initialError={one(params.error) ?? null} initialEmail={one(params.email) ?? ""} />;
}
