import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/session";
import { SignUpForm } from "./signup-form";

export async function generateMetadata() {
  const t = await getTranslations("signup");
  return { title: t("title") };
}

export default async function SignUpPage() {
  if (await currentUser()) redirect("/");
  return <SignUpForm />;
}
