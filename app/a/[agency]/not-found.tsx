import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CompassIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";

/** A missing page inside an agency keeps the shell; a missing agency falls through to the root 404. */
export default async function AgencyNotFound() {
  const t = await getTranslations("notFound");
  return (
    <Card>
      <EmptyState
        icon={<CompassIcon className="size-5" />}
        title={t("title")}
        description={t("description")}
        action={
          <Link href="/" className={buttonClass({ variant: "secondary" })}>
            {t("home")}
          </Link>
        }
      />
    </Card>
  );
}
