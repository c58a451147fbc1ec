import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";
import { buttonClass } from "./_components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <StatusPage
      code="404"
      title={t("title")}
      description={t("description")}
      actions={
        <Link href="/" className={buttonClass()}>
          {t("home")}
        </Link>
      }
    />
  );
}
